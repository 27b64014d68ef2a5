#!/usr/bin/env node
// Builds the per-widget CDN modules and the iframe resize script, next to `widgets.js`:
//   dist/cdn/<widget>.js   one standalone, self-registering, minified ES module per widget
//                          (from src/<widget>/define.ts; everything it needs bundled in);
//   dist/cdn/embed-resize.js  the parent-page script that sizes `<iframe data-tis-embed>`
//                          (a classic script: works with or without `type="module"`).
// Runs after `vite build --mode cdn` (which empties dist/cdn) and before write-sri.js.
// Same settings as the `cdn` mode of vite.config.ts; one build per file so that no file
// imports a shared chunk: each one is a single request.
import { build } from 'vite';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { minifyCssLiterals } from './minify-css-literals.js';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/cdn');
export const widgets = ['banner', 'initiative-feed', 'event-calendar', 'territory-counter', 'feed'];

const common = {
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyCssLiterals()],
  build: { outDir, emptyOutDir: false, target: 'es2022', copyPublicDir: false },
};

for (const name of widgets) {
  await build({
    ...common,
    build: {
      ...common.build,
      lib: {
        entry: resolve(root, `src/${name}/define.ts`),
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rolldownOptions: { output: { minify: true } },
    },
  });
}

await build({
  ...common,
  build: {
    ...common.build,
    rolldownOptions: {
      input: resolve(root, 'src/embed/resize.ts'),
      output: { format: 'iife', entryFileNames: 'embed-resize.js', minify: true },
    },
  },
});

for (const name of [...widgets, 'embed-resize']) {
  const { size } = await stat(resolve(outDir, `${name}.js`));
  console.log(`dist/cdn/${name}.js ${(size / 1024).toFixed(1)} kB`);
}
