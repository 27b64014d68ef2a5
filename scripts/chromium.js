// How every tool of the project (tests, end-to-end suites, screenshots, benchmarks) launches
// Chromium: the executable from CHROME_PATH (Debian's by default), headless as root, with the
// background networking that this closed network refuses turned off.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
