// Rollup builds the command-line tool `tis-feed` (`dist/cli/tis-feed.js`, the package's `bin`):
// one ES module for Node 20 with a shebang. It bundles the library's own schema, parser and ICS
// writer from `src/` (one definition of the format); the package's runtime dependencies (zod,
// ical.js) stay external and resolve from node_modules, like the npm build of the widgets.
import { chmodSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

export default {
  input: 'src/cli/main.ts',
  output: {
    file: 'dist/cli/tis-feed.js',
    format: 'es',
    banner: '#!/usr/bin/env node',
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
        chmodSync(options.file, 0o755);
      },
    },
  ],
  onwarn(warning, warn) {
    // zod's and the library's `/*#__PURE__*/` notes are harmless here.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
