import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { importTs } from './scripts/import-ts.js';
import { publishedDemoFiles } from './scripts/publish-demo-feed.js';
import { mediaPlugin } from './test/support/media-plugin.js';
import { summaryReporter } from './test/support/summary-reporter.js';

/**
 * The published tree of the fixture feed, written by the real publisher (small pages so that
 * paging and départements show): served under `/__published/`, `files.json` listing the files.
 * The browser tests copy it into their canned network (test/data/published.test.ts).
 */
const { publishFeed, parseFeed, smallFeed } = await importTs(
  [
    "export { publishFeed } from './src/cli/publish.ts';",
    "export { parseFeed } from './src/data/parse.ts';",
    "export { smallFeed } from './test/fixtures/small-feed.ts';",
  ].join('\n'),
);
const publishedTree = publishFeed(parseFeed(smallFeed()).feed, {
  pageSize: 2,
  regionLimit: 3,
  recentSize: 3,
}).files;
/**
 * The published tree of the demo feed, as `npm start` and the demo build write it into
 * demo/published/ (ignored by git): served from memory under `/demo/published/`, so the tests
 * that read it pass on a fresh clone, where nothing has written that folder yet.
 */
const demoTree = await publishedDemoFiles();
const publishedFixture = {
  name: 'published-fixture',
  serve(context) {
    if (context.path.startsWith('/demo/published/')) {
      const text = demoTree.get(context.path.slice('/demo/published/'.length));
      return text === undefined ? undefined : { body: text, type: 'json' };
    }
    if (!context.path.startsWith('/__published/')) return undefined;
    const name = context.path.slice('/__published/'.length);
    if (name === 'files.json')
      return { body: JSON.stringify([...publishedTree.keys()]), type: 'json' };
    const text = publishedTree.get(name);
    return text === undefined ? undefined : { body: text, type: 'json' };
  },
};

/** Headless Chromium with the flags this closed network needs, in a fixed time zone. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, TZ: timeZone },
      args: [
        ...chromiumArgs,
        // Test pages run side by side: a page in the background must still get animation
        // frames and timers, or fixtures waiting on requestAnimationFrame hang.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });

/**
 * JSON imported by a test module becomes an ES module; JSON fetched by code (a feed) stays JSON.
 */
const isImport = (context) =>
  context.path.endsWith('.json') && context.headers['sec-fetch-dest'] === 'script';
const jsonModules = {
  name: 'json-modules',
  resolveMimeType: (context) => (isImport(context) ? 'js' : undefined),
  transform: (context) =>
    isImport(context) ? { body: `export default ${context.body};` } : undefined,
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a second page is a background tab, where IntersectionObserver and
  // animation frames are throttled, which made visibility and animation tests flaky.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromium('Europe/Paris')],
  // Dates must not drift for visitors abroad: the date-heavy suites run again in Nouméa (UTC+11).
  groups: [
    {
      name: 'noumea',
      files: ['test/event-calendar/**/*.test.ts', 'test/banner/**/*.test.ts'],
      browsers: [chromium('Pacific/Noumea')],
    },
  ],
  plugins: [
    publishedFixture,
    jsonModules,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // The browser's accessibility tree, for tests of accessible names (headings, combobox).
    a11ySnapshotPlugin(),
    // Forced colours (high contrast) and screenshots of such states.
    mediaPlugin(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter(),
  ],
};
