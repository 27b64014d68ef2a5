// Settings shared by every build of the browser code: the CDN modules and the npm build
// (vite.config.ts) and the classic scripts (scripts/build-cdn.js).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** The browsers the CDN files are built for. */
export const CDN_TARGET = 'es2022';

/**
 * Lit's template minifier (html-minifier-next for `html`, Lightning CSS for `css`), on our sources
 * only and at build time only (the dev server, Storybook and the test runner see the templates as
 * written). Whitespace is collapsed conservatively (a space between inline elements is text);
 * empty attributes are kept (`alt=""` marks a decorative image), and so is the `/>` of SVG
 * elements (an SVG `<rect>` is not a void element: without it, what follows ends up inside it).
 * A template it cannot minify fails the build.
 */
export const minifyLiterals = () => ({
  ...minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        conservativeCollapse: true,
        removeEmptyAttributes: false,
        keepClosingSlash: true,
      },
    },
  }),
  apply: /** @type {const} */ ('build'),
});

/**
 * A second minifier pass over each CDN file, after Rolldown's own (Oxc): Terser, whose compressor
 * runs two passes and whose mangler names variables by how often they occur, so the names gzip
 * better. It saves about 1 % gzip (the all-four page 73,628 → 72,983 B, the banner page 30,043 →
 * 29,699 B), which Oxc's settings do not reach; Terser alone in Oxc's place does worse. Modules
 * keep the names of their imports and exports; a classic script (`module: false`) its top-level
 * names. A leading comment line (V8's compile hint, which must stay
 * the file's first line) is kept as it is; every other comment (the pure annotations, already used)
 * is dropped. Runs on finished chunks: the hashes in file names stay those of Rolldown's output,
 * which Terser changes deterministically.
 */
export const terserPass = (/** @type {{ module?: boolean }} */ { module = true } = {}) => ({
  name: 'tis-terser-pass',
  apply: /** @type {const} */ ('build'),
  async generateBundle(
    /** @type {{ sourcemap?: unknown }} */ options,
    /** @type {Record<string, any>} */ bundle,
  ) {
    // A build with source maps (a size analysis) keeps Rolldown's output, which its maps describe.
    if (options.sourcemap) return;
    const { minify } = await import('terser');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const head = /^\/\/[^\n]*\n/.exec(chunk.code)?.[0] ?? '';
      const result = await minify(chunk.code.slice(head.length), {
        module,
        ecma: 2020,
        compress: { passes: 2 },
        format: { comments: false },
      });
      if (result.code === undefined)
        throw new Error(`terser returned nothing for ${chunk.fileName}`);
      chunk.code = head + result.code;
    }
  },
});
