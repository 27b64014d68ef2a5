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
