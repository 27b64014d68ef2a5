import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/**
 * Two builds from one config:
 * - default mode: the npm build, one ES module per public entry, dependencies external;
 * - `--mode cdn`: the self-registering CDN module `dist/cdn/widgets.js`, everything bundled.
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

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyCssLiterals()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: src('cdn.ts'), formats: ['es'], fileName: () => 'widgets.js' },
        rolldownOptions: { output: { minify: true } },
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
