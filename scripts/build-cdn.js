#!/usr/bin/env node
// Builds the iframe resize script next to the CDN modules:
//   dist/cdn/embed-resize.js  the parent-page script that sizes `<iframe data-tis-embed>`
//                             (a classic script: works with or without `type="module"`).
// The CDN modules themselves (the loader `widgets.js`, the per-widget files, `all.js` and the
// chunks they share) come from one multi-entry build, `vite build --mode cdn` (vite.config.ts),
// which runs first and empties dist/cdn; write-sri.js runs after this script.
import { build } from 'vite';
import { resolve } from 'node:path';
import { readdir, stat } from 'node:fs/promises';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/cdn');

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    rolldownOptions: {
      input: resolve(root, 'src/embed/resize.ts'),
      output: { format: 'iife', entryFileNames: 'embed-resize.js', minify: true },
    },
  },
});

for (const name of (await readdir(outDir)).filter((file) => file.endsWith('.js')).sort()) {
  const { size } = await stat(resolve(outDir, name));
  console.log(`dist/cdn/${name} ${(size / 1024).toFixed(1)} kB`);
}
