// Rollup builds the command-line tool `tis-feed` (`dist/cli/tis-feed.js`, the package's `bin`):
// one ES module for Node 20 with a shebang. It bundles the library's own schema, parser and ICS
// writer from `src/` (one definition of the format); the package's runtime dependencies (zod)
// and its optional peer ical.js stay external and resolve from node_modules; jsonc-parser (a
// devDependency: the line and column of a JSON syntax error) is bundled in. The ICS importer
// is a chunk of its own (`dist/cli/import-ics.js`), loaded only by `import ics`, so that the
// other commands run without ical.js installed.
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];

export default {
  input: 'src/cli/bin.ts',
  // The importer chunk may import shared code from the entry itself: no facade module.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cli',
    entryFileNames: 'tis-feed.js',
    chunkFileNames: 'tis-feed-[name].js',
    format: 'es',
    banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    sourcemap: false,
  },
  // node: built-ins and the runtime dependencies (with their subpaths: zod/mini).
  external: (id) =>
    id.startsWith('node:') || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import'] }),
    esbuild({
      target: 'node20',
      tsconfig: 'tsconfig.json',
      define: { __TIS_VERSION__: JSON.stringify(pkg.version) },
    }),
    {
      name: 'executable',
      writeBundle(options) {
        chmodSync(join(options.dir, 'tis-feed.js'), 0o755);
      },
    },
  ],
  onwarn(warning, warn) {
    // zod's and the library's `/*#__PURE__*/` notes are harmless here.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
