// Rollup builds the classic-script CDN bundle (`dist/cdn/widgets.iife.js`): Vite's library
// mode only writes an IIFE from a single-entry build, and Rollup's IIFE output with terser
// is the long-proven path for `<script src>` without `type="module"`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/cdn.ts',
  output: {
    file: 'dist/cdn/widgets.iife.js',
    format: 'iife',
    name: 'TisWidgets',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2020, module: false, format: { comments: false } }),
  ],
};
