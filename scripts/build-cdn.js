#!/usr/bin/env node
// Builds the two classic scripts next to the CDN modules:
//   dist/cdn/widgets.iife.js  every widget in one classic file (`<script src>` without
//                             `type="module"`, one SRI hash), global `TisWidgets`;
//   dist/cdn/embed-resize.js  the parent-page script that sizes `<iframe data-tis-embed>`.
// The CDN modules themselves (the loader `widgets.js`, the per-widget files, `all.js` and the
// chunks they share) come from one multi-entry build, `vite build --mode cdn` (vite.config.ts),
// which runs first and empties dist/cdn; write-sri.js runs after this script. An IIFE cannot
// share chunks, so each classic script is its own single-entry build, with the same template
// minifier and target as the modules.
import { build } from 'vite';
import { resolve } from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { CDN_TARGET, minifyLiterals, terserPass } from './build-settings.js';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/cdn');

const classicScripts = [
  { input: 'src/cdn.ts', file: 'widgets.iife.js', name: 'TisWidgets' },
  { input: 'src/embed/resize.ts', file: 'embed-resize.js' },
];

for (const { input, file, name } of classicScripts) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // Classic scripts: Terser keeps their top-level names (the global `TisWidgets`).
    plugins: [minifyLiterals(), terserPass({ module: false })],
    build: {
      outDir,
      emptyOutDir: false,
      target: CDN_TARGET,
      copyPublicDir: false,
      rolldownOptions: {
        // Keeps the entry's exports (an app build would drop them): the IIFE's return value,
        // assigned to the global `TisWidgets`, is the public API.
        preserveEntrySignatures: 'strict',
        input: resolve(root, input),
        output: { format: 'iife', name, entryFileNames: file, minify: true, codeSplitting: false },
      },
    },
  });
}

for (const name of (await readdir(outDir)).filter((file) => file.endsWith('.js')).sort()) {
  const { size } = await stat(resolve(outDir, name));
  console.log(`dist/cdn/${name} ${(size / 1024).toFixed(1)} kB`);
}
