// The custom-elements manifest (custom-elements.json), read by editors, Storybook and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
};
