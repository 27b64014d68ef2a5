import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/**
 * Two builds from one config:
 * - default mode: the npm build, one ES module per public entry, dependencies external;
 * - `--mode cdn`: the CDN ES modules, everything bundled, in one multi-entry build so that they
 *   share their chunks (one Lit, one data layer per page): the loader `widgets.js`, which imports
 *   the module of each tag on the page when it first appears; one self-registering module per
 *   widget (`banner.js`, …), which the loader imports too; `all.js` (every tag and the public
 *   API, for scripts that want the classes and the data layer); the shared chunks.
 * The classic-script CDN file (`widgets.iife.js`) is built by Rollup (see rollup.config.js).
 * Both minify the static text of the `css` tagged templates (scripts/minify-css-literals.js; build
 * only: the dev server, Storybook and the test runner see the styles as written).
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
/** A Lit directive only the initiative feed uses stays with it (a banner-only page skips it). */
const WIDGET_ONLY = /[\\/]lit(-html)?[\\/]directives[\\/]repeat\.js$/;
const inCore = (id: string) => CORE.test(id) && !WIDGET_ONLY.test(id);

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyCssLiterals()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: cdnEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: {
          // Lets a widget's module be both its CDN file and the chunk the loader imports (no
          // extra facade file in between).
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
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
    plugins: [minifyCssLiterals()],
    server: { open: false },
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
