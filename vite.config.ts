import { defineConfig, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CDN_TARGET, minifyLiterals, terserPass } from './scripts/build-settings.js';

/**
 * Two builds from one config:
 * - default mode: the npm build, one ES module per public entry, dependencies external;
 * - `--mode cdn`: the CDN ES modules, everything bundled, in one multi-entry build so that they
 *   share their chunks (one Lit, one data layer per page): the loader `widgets.js`, which imports
 *   the module of each tag on the page when it first appears; one self-registering module per
 *   widget (`banner.js`, …), which the loader imports too; `all.js` (every tag and the public
 *   API, for scripts that want the classes and the data layer); the shared chunks.
 * The classic-script CDN file (`widgets.iife.js`) and the iframe resize script are built by
 * scripts/build-cdn.js, with the settings of scripts/build-settings.js (template minifier, target).
 * Every build minifies the static text of Lit's `css` and `html` templates (Lit's own plugin; build
 * only: the dev server, Storybook and the test runner see the templates as written).
 */
const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

export const npmEntries: Record<string, string> = {
  index: src('index.ts'),
  define: src('define.ts'),
  'feed/index': src('feed/index.ts'),
  'feed/define': src('feed/define.ts'),
  'placement/index': src('placement/index.ts'),
  'placement/define': src('placement/define.ts'),
  'initiative-feed/index': src('initiative-feed/index.ts'),
  'initiative-feed/define': src('initiative-feed/define.ts'),
  'banner/index': src('banner/index.ts'),
  'banner/define': src('banner/define.ts'),
  'event-calendar/index': src('event-calendar/index.ts'),
  'event-calendar/define': src('event-calendar/define.ts'),
  'territory-counter/index': src('territory-counter/index.ts'),
  'territory-counter/define': src('territory-counter/define.ts'),
};

const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^zod($|\/)/,
  /^ky($|\/)/,
];

/**
 * npm build: `dist/data/zod.js` becomes a copy of zod pre-bundled from the names that
 * `src/data/zod.ts` re-exports, tree-shaken by Rollup, instead of re-exports from `zod/mini` and
 * `zod/v4/core`, whose `export * as locales` some bundlers keep (esbuild: all ~40 locales in
 * every app). The rest of the npm build keeps zod external; the types still come from zod.
 */
function prebundledZod(): Plugin {
  let outDir = '';
  return {
    name: 'tis-prebundled-zod',
    // The npm library build only (its `lib` entries), not Storybook's or another app's build
    // that reads this config.
    apply: (config, { command }) => command === 'build' && !!config.build?.lib,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const { rollup } = await import('rollup');
      const { nodeResolve } = await import('@rollup/plugin-node-resolve');
      const file = resolve(outDir, 'data/zod.js');
      const bundle = await rollup({
        input: file,
        plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
      });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      const zod = JSON.parse(readFileSync(resolve(root, 'node_modules/zod/package.json'), 'utf8'));
      const notice = `/* zod ${zod.version}, the functions of src/data/zod.ts only. MIT License, Copyright (c) 2025 Colin McDonnell. */\n`;
      writeFileSync(file, notice + output[0].code);
    },
  };
}

/** The CDN entries: `dist/cdn/<name>.js`. */
export const cdnEntries: Record<string, string> = {
  widgets: src('loader/define.ts'),
  all: src('cdn.ts'),
  banner: src('banner/define.ts'),
  'initiative-feed': src('initiative-feed/define.ts'),
  'event-calendar': src('event-calendar/define.ts'),
  'territory-counter': src('territory-counter/define.ts'),
  feed: src('feed/define.ts'),
};

/** Shared by the widgets: packages, bundler helpers (`\0…`), the data layer, shared code. */
const CORE = /node_modules|^\0|[\\/]src[\\/](data|shared|i18n)[\\/]/;
/**
 * Shared-layer modules that one widget alone uses stay with it, so a page without that widget
 * skips them: three Lit directives of the initiative feed and their helpers, the events' dates,
 * text and ICS writer of the calendar (in src/data because the CLI shares them), the calendar's
 * heading helper, the counter's relative times, the banner's focus walk (where focus goes when it
 * closes), and the context provider of `<tis-feed>`. A module listed here that a second
 * widget comes to import could end up in one widget's file, imported by the other's:
 * test/e2e/loader.e2e.mjs checks that no widget's file reaches another's.
 */
const WIDGET_ONLY =
  /[\\/]lit(-html)?[\\/](directives[\\/](keyed|guard|repeat)|directive-helpers)\.js$|[\\/]@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|value-notifier)\.js$|[\\/]src[\\/](data[\\/](ics|event-dates|event-text)|i18n[\\/](event-messages|relative)|shared[\\/](heading|focus))\.ts$/;
/**
 * zod, the schemas and explain.ts: their own chunk, loaded only to explain why a feed item was
 * dropped (the widgets validate with the validators generated from the schemas), and by `all.js`.
 * Groups take their modules' dependencies along, so the core group, which outranks this one,
 * keeps the parser's core for itself.
 */
const EXPLAIN =
  /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]data[\\/](explain|index|parse|schema|zod)\.ts$/;
/**
 * What the widgets that show more than the published index share (the counter, the feed, the
 * calendar): the loading of its shards, the feed's query index (filters, search, territory
 * hierarchy), the scope of a pinned widget, the places of territories (the counter's breakdown
 * and the map's counts), the turns their data renders take. A banner reads the feed as it is.
 */
const SHARDS =
  /[\\/]src[\\/](data[\\/](shards|shard-set|scope|places|queries)|shared[\\/]render-turns)\.ts$/;
/**
 * ky and the retries it runs: loaded only when a feed's first answer calls for a retry (a
 * network error, 408, 429, 5xx); a feed that answers at once needs only `fetch`.
 */
const RETRY = /[\\/]node_modules[\\/]ky[\\/]|[\\/]src[\\/]data[\\/]retry\.ts$/;
/**
 * The counting and describing of a feed's problems (the console warning, the `tis-feed-problems`
 * event): loaded only when a feed load has problems.
 */
const PROBLEMS = /[\\/]src[\\/]data[\\/]problem-report\.ts$/;
/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): every function
 * of the file is compiled with the file, on the thread that streams it in, not one by one on the
 * main thread at its first call, in the middle of the widget's first paint. For the files whose
 * code runs when they load: the shared core, the widgets, the shards' loading and the map. The
 * lazy parts a visitor may never use (the event dialog, the retry, the explanations) and the loader
 * are left to lazy compilation. Measured in `bench/README.md` (page cost, main thread).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const HINTED = new Set([
  'core',
  'shards',
  'france-map',
  'banner',
  'initiative-feed',
  'event-calendar',
  'territory-counter',
]);

const inCore = (id: string) =>
  CORE.test(id) &&
  !WIDGET_ONLY.test(id) &&
  !EXPLAIN.test(id) &&
  !SHARDS.test(id) &&
  !RETRY.test(id) &&
  !PROBLEMS.test(id);

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyLiterals(), terserPass()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: CDN_TARGET,
        lib: { entry: cdnEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: {
          // Lets a widget's module be both its CDN file and the chunk the loader imports (no
          // extra facade file in between).
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            // After minification, which would drop it: the hint is read on the file's first line.
            postBanner: (chunk) => (HINTED.has(chunk.name) ? COMPILE_HINT : (undefined as never)),
            chunkFileNames: '[name]-[hash].js',
            // Few, stable chunks rather than one per combination of widgets: `errors` (what the
            // loader needs to report a failure), `placement` (loaded when a `data-tis-widget` shows
            // up), `france-map` (loaded by a counter or feed that draws a map), `core` (Lit, the data layer and everything the widgets share, loaded once). The rest stays with its widget or its lazy part.
            codeSplitting: {
              groups: [
                {
                  name: 'errors',
                  test: /[\\/]src[\\/](data[\\/]errors|shared[\\/]events)\.ts$/,
                  priority: 3,
                },
                { name: 'explain', test: EXPLAIN, priority: 1 },
                // ky: loaded when a feed's first answer calls for a retry.
                { name: 'retry', test: RETRY, priority: 1 },
                // The problems of a partly invalid feed: counted when a load has some.
                { name: 'problems', test: PROBLEMS, priority: 1 },
                // Loading the shards of a published feed: the counter, the feed and the
                // calendar import it; a banner-only page does not download it.
                { name: 'shards', test: SHARDS, priority: 1 },
                { name: 'placement', test: /[\\/]src[\\/]placement[\\/]/, priority: 1 },
                // The map of France: loaded by the counter and the feed only when they draw one.
                { name: 'france-map', test: /[\\/]src[\\/]map[\\/]/, priority: 1 },
                { name: 'core', test: inCore, priority: 2 },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyLiterals(), prebundledZod()],
    server: { open: false },
    // The dev server scans the demo pages for dependencies to pre-bundle, not every HTML file of
    // the repository (the consumer apps' pages import files their test run generates).
    optimizeDeps: { entries: ['index.html', 'demo/*.html'] },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: npmEntries, formats: ['es'] },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
