// How every tool of the project (tests, end-to-end suites, screenshots, benchmarks) finds and
// launches Chromium. One module decides, in this order:
//   1. `CHROME_PATH`, when set (it must exist: a typo is an error, not a silent fallback);
//   2. a system Chromium (Debian's /usr/bin/chromium, or another usual path);
//   3. the Chromium that arrives with `npm ci` inside the `@sparticuz/chromium` dev dependency,
//      unpacked to the system temp folder on first use (about 2 s), so a fresh machine with no
//      browser and no root runs the tests with the README's two commands.
// Launched headless, as root, with the background networking this closed network refuses off.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

async function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    }
    return { path: fromEnv, source: 'CHROME_PATH' };
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, install Chromium (apt-get install chromium), or run ' +
        `npm ci to get the @sparticuz/chromium dev dependency. (${error.message})`,
      { cause: error },
    );
  }
}

const resolved = await resolveChromium();

/** The Chromium executable every tool launches. */
export const chromiumPath = resolved.path;

/** Where it came from: `CHROME_PATH`, `system` or `@sparticuz/chromium`. */
export const chromiumSource = resolved.source;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
