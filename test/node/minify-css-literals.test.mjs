// The build plugin that minifies css`` literals and html`` indentation (scripts/minify-css-literals.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyEdits,
  cssLiteralEdits,
  minifyCss,
  squeezeHtml,
} from '../../scripts/minify-css-literals.js';

const run = async (code, html = false) =>
  applyEdits(code, await cssLiteralEdits(code, 'x.ts', { html }), 'x.ts').code;

test('collapses whitespace and comments, keeps significant spaces', () => {
  assert.equal(
    minifyCss(`
    /* comment */
    :host > .a  .b :hover,
    .c { color : red ;  margin: calc(1px + 2px) ; }
    @media (min-width: 30rem) and (max-width: 40rem) { .d { content: '  a ; } ' } }
  `),
    " :host>.a .b :hover,.c{color :red;margin:calc(1px + 2px)}@media (min-width:30rem) and (max-width:40rem){.d{content:'  a ; } '}}",
  );
});

test('keeps escapes and refuses hex escapes and unterminated strings', () => {
  assert.equal(minifyCss('.a\\:b  .c { }'), '.a\\:b .c{}');
  assert.throws(() => minifyCss(".a { content: '\\\\2014 x' ; } .b\\\\31 0 {}"));
  assert.throws(() => minifyCss(".a { content: 'x }"));
});

test('minifies css tagged templates only, interpolations untouched', async () => {
  const code =
    'const a = css`\n  :host {\n    ${x}  ;\n  }\n`;\nconst b = `  keep  `;\nconst c = html`<p>\n    ${"  y  "}</p>`;';
  assert.equal(
    await run(code),
    'const a = css` :host{${x}}`;\nconst b = `  keep  `;\nconst c = html`<p>\n    ${"  y  "}</p>`;',
  );
});

test('leaves a literal alone when an interpolation is inside a comment', async () => {
  const code = 'css`.a { /* ${x} */ color: red; }`';
  assert.equal(await run(code), code);
});

test('html: drops indentation after newlines, never inside quoted attribute values', async () => {
  const code =
    'html`<div\n    class="a\n    b">\n    ${x}\n    <span title=\'\n  t\'>z</span>\n  </div>`';
  assert.equal(
    await run(code, true),
    'html`<div\nclass="a\n    b">\n${x}\n<span title=\'\n  t\'>z</span>\n</div>`',
  );
  assert.throws(() => squeezeHtml('<pre>\n  a</pre>'));
});
