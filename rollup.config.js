// Rollup builds the classic-script CDN bundle (`dist/cdn/widgets.iife.js`): Vite's library
// mode only writes an IIFE from a single-entry build, and Rollup's IIFE output with terser
// is the long-proven path for `<script src>` without `type="module"`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

export default {
  input: 'src/cdn.ts',
  output: {
    file: 'dist/cdn/widgets.iife.js',
    format: 'iife',
    name: 'TisWidgets',
    sourcemap: false,
    // One file for `<script src>`: the map, a lazy chunk in the ES build, is inlined.
    inlineDynamicImports: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Two compress passes: ~0.1 kB gzip less than one. Never property mangling.
    terser({ ecma: 2020, module: false, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
