// Build plugin (Rollup and Vite/Rolldown): minifies the static text of Lit `css` tagged
// templates in our own sources, so that the widgets' styles do not ship with their
// indentation and comments.
//
//   import { minifyCssLiterals } from './scripts/minify-css-literals.js';
//   plugins: [minifyCssLiterals()]
//
// Safe by construction:
// - the module is parsed with the TypeScript parser (a devDependency already), so template
//   literal boundaries, `${…}` interpolations, strings, comments and regular expressions of
//   the surrounding code are found exactly; only templates tagged with the identifier `css`
//   are touched;
// - the interpolations are kept byte for byte: the CSS text around them is minified as one
//   string with a placeholder per interpolation, and a literal whose placeholders do not come
//   back exactly once and in order (e.g. an interpolation inside a CSS comment) is left as is;
// - it only removes characters (comments, whitespace, a `;` before `}`): CSS strings and
//   escapes (`\…`, kept in their raw source form) are copied verbatim; a space is never
//   removed before `:` (`a :hover` is not `a:hover`) nor around `(`, `)`, `+`, `-`, `*`, `/`
//   (`and (`, `calc(a + b)`).
// Also (option `html`, on by default) the indentation of Lit `html` templates: a run of spaces
// and tabs right after a newline is dropped, outside quoted attribute values; the newline stays,
// so text keeps whitespace wherever it had some (see squeezeHtml()).
// Not used by the test runner, the dev server or Storybook: they see the sources as written.
import { readFile } from 'node:fs/promises';

const DEFAULT_INCLUDE = /[\\/]src[\\/].*\.[cm]?[jt]s$/;
const CSS_TAG = /\bcss\s*`/;
const HTML_OR_CSS_TAG = /\b(css|html)\s*`/;

/** Characters around which whitespace is never significant (outside strings). */
const TIGHT_BOTH = new Set(['{', '}', ';', ',', '>']);
/** Characters after which whitespace is never significant. */
const TIGHT_AFTER = new Set([':']);

/**
 * Minifies CSS text. `\` escapes and quoted strings are copied verbatim; comments dropped;
 * whitespace collapsed to one space, or removed next to `{ } ; , >` and after `:`.
 * @param {string} text raw CSS (as written in the template literal source)
 * @returns {string}
 */
export function minifyCss(text) {
  /** @type {string[]} verbatim pieces: strings, escapes, single characters */
  const out = [];
  let pendingSpace = false;
  // The previous piece as a whole: an escape like `\\:` or a string is never punctuation.
  const last = () => out.at(-1);
  const push = (piece) => {
    if (pendingSpace) {
      const prev = last();
      // At the very start, one space is kept unless the text starts with tight punctuation:
      // this literal may be interpolated right after a selector in another one.
      const dropSpace =
        (prev === undefined && TIGHT_BOTH.has(piece)) ||
        TIGHT_BOTH.has(prev) ||
        TIGHT_AFTER.has(prev) ||
        TIGHT_BOTH.has(piece);
      if (!dropSpace) out.push(' ');
      pendingSpace = false;
    }
    out.push(piece);
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 2;
      pendingSpace = true; // a comment separates tokens as whitespace does
      continue;
    }
    if (/\s/.test(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    if (c === '\\') {
      // An escape in the raw template source. `\\` followed by a hex digit is a CSS hex
      // escape, whose terminating whitespace is part of it: not worth the risk, give up.
      if (text[i + 1] === '\\' && /[0-9a-f]/i.test(text[i + 2] ?? ''))
        throw new Error('hex escape');
      if (/[0-9a-f]/i.test(text[i + 1] ?? '')) throw new Error('hex escape');
      push(text.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c) {
        if (text[j] === '\\') j++;
        else if (text[j] === '\n') throw new Error('unterminated string');
        j++;
      }
      if (j >= n) throw new Error('unterminated string');
      push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '}' && out.at(-1) === ';') out.pop(); // a standalone `;` piece, not in a string
    push(c);
    i++;
  }
  // At the very end, one space is kept unless the text ends with tight punctuation.
  if (pendingSpace && out.length && !TIGHT_BOTH.has(last()) && !TIGHT_AFTER.has(last()))
    out.push(' ');
  return out.join('');
}

/**
 * Shortens the indentation of Lit `html` template text: a run of spaces and tabs right after a
 * newline is dropped (the newline stays, so the text still has whitespace exactly where it had
 * some: same rendering under `white-space: normal` and `pre-line`). Never inside a quoted
 * attribute value. `state` carries the tag/quote context from one static part to the next.
 * Throws (the template is left as is) on `<pre`, `<textarea`, `<style`, `<script`, `<!--`.
 */
export function squeezeHtml(text, state = { tag: false, quote: '' }) {
  if (/<(pre|textarea|style|script|!--)/i.test(text)) throw new Error('whitespace-sensitive');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (state.quote) {
      if (c === state.quote) state.quote = '';
    } else if (state.tag) {
      if (c === '"' || c === "'") state.quote = c;
      else if (c === '>') state.tag = false;
    } else if (c === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) state.tag = true;
    out += c;
    if (c === '\n' && !state.quote) while (text[i + 1] === ' ' || text[i + 1] === '\t') i++;
  }
  return out;
}

let tsPromise;
const loadTs = () => (tsPromise ??= import('typescript').then((m) => m.default ?? m));

/**
 * Finds the `css` tagged templates of a module and returns the edits that minify them.
 * @returns {Promise<{ start: number, end: number, text: string }[]>}
 */
export async function cssLiteralEdits(code, fileName = 'module.ts', { html = false } = {}) {
  const ts = await loadTs();
  const kind = /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, kind);
  if (sf.parseDiagnostics?.length) return []; // cannot parse: leave the module alone
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      !node.typeArguments
    ) {
      const edit = editFor(ts, sf, code, node.template);
      if (edit) edits.push(...edit);
      // The interpolations are kept as written; a css`` nested in one is minified on its own.
      if (ts.isTemplateExpression(node.template))
        for (const span of node.template.templateSpans) visit(span.expression);
      return;
    }
    if (
      html &&
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html' &&
      !node.typeArguments
    ) {
      const edit = htmlEditFor(ts, sf, code, node.template);
      if (edit) edits.push(...edit);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * The raw text ranges of a template literal (between "`"/"}" and "${"/"`"), minified
 * together with a placeholder per interpolation. Returns null when it cannot be done safely.
 */
function htmlEditFor(ts, sf, code, template) {
  const ranges = templateRanges(ts, sf, code, template);
  if (!ranges) return null;
  const state = { tag: false, quote: '' };
  const edits = [];
  for (const r of ranges) {
    const piece = code.slice(r.start, r.end);
    let text;
    try {
      text = squeezeHtml(piece, state);
    } catch {
      return null;
    }
    if (text !== piece) edits.push({ ...r, text });
  }
  return edits;
}

/** The raw text ranges of a template literal's static parts, or null when unsure. */
function templateRanges(ts, sf, code, template) {
  /** @type {{ start: number, end: number }[]} */
  const ranges = [];
  const range = (node, open, close) => {
    const start = node.getStart(sf) + open;
    const end = node.end - close;
    if (end < start) return false;
    ranges.push({ start, end });
    return true;
  };
  // Check the delimiters where we expect them before trusting the offsets.
  const at = (pos, s) => code.startsWith(s, pos);
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    const s = template.getStart(sf);
    if (!at(s, '`') || !at(template.end - 1, '`')) return null;
    range(template, 1, 1);
  } else {
    const head = template.head;
    if (!at(head.getStart(sf), '`') || !at(head.end - 2, '${')) return null;
    range(head, 1, 2);
    for (const span of template.templateSpans) {
      const lit = span.literal;
      const s = lit.getStart(sf);
      const isTail = ts.isTemplateTail(lit);
      if (!at(s, '}')) return null;
      if (isTail ? !at(lit.end - 1, '`') : !at(lit.end - 2, '${')) return null;
      range(lit, 1, isTail ? 1 : 2);
    }
  }
  return ranges;
}

function editFor(ts, sf, code, template) {
  const ranges = templateRanges(ts, sf, code, template);
  if (!ranges) return null;
  const pieces = ranges.map(({ start, end }) => code.slice(start, end));
  // A placeholder that cannot occur in the CSS: an identifier-like token.
  let tag = 'tisCssExpr';
  while (pieces.some((p) => p.includes(tag))) tag += 'X';
  const joined = pieces.map((p, k) => (k === 0 ? p : `${tag}${k - 1}_${p}`)).join('');
  let minified;
  try {
    minified = minifyCss(joined);
  } catch {
    return null;
  }
  // Split back on the placeholders; they must all be there, once, in order.
  const parts = [];
  let rest = minified;
  for (let k = 0; k < pieces.length - 1; k++) {
    const marker = `${tag}${k}_`;
    const idx = rest.indexOf(marker);
    if (idx < 0 || rest.indexOf(marker, idx + 1) >= 0) return null;
    parts.push(rest.slice(0, idx));
    rest = rest.slice(idx + marker.length);
  }
  parts.push(rest);
  if (parts.some((p) => p.includes(tag))) return null;
  // Removing characters must not create a template delimiter, nor leave a trailing `\`.
  if (parts.some((p) => /`|\$\{/.test(p.replace(/\\[\s\S]/g, '')))) return null;
  if (parts.some((p) => /(^|[^\\])(\\\\)*\\$/.test(p))) return null;
  return ranges.map((r, k) => ({ ...r, text: parts[k] })).filter((e, k) => e.text !== pieces[k]);
}

// --- source map (we only replace ranges: verbatim code maps to itself, token by token) ---
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

/** Applies edits and returns the new code with a v3 source map. */
export function applyEdits(code, edits, source) {
  let outCode = '';
  const lines = [[]]; // per output line: [outCol, srcLine, srcCol]
  let outLine = 0;
  let outCol = 0;
  // Original line/column of each offset, computed on the fly.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const loc = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]];
  };
  const emit = (text, srcOffset, verbatim) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const prev = i === 0 ? undefined : text[i - 1];
      const boundary = i === 0 || prev === '\n' || (verbatim && /\W/.test(prev) && !/\s/.test(ch));
      if (boundary && ch !== '\n') {
        const [l, c] = loc(srcOffset + (verbatim ? i : 0));
        lines[outLine].push([outCol, l, c]);
      }
      if (ch === '\n') {
        outLine++;
        outCol = 0;
        lines.push([]);
      } else outCol++;
    }
    outCode += text;
  };
  let pos = 0;
  for (const e of edits) {
    emit(code.slice(pos, e.start), pos, true);
    emit(e.text, e.start, false);
    pos = e.end;
  }
  emit(code.slice(pos), pos, true);
  let prevSrcLine = 0;
  let prevSrcCol = 0;
  const mappings = lines
    .map((segs) => {
      let prevOutCol = 0;
      return segs
        .map(([oc, l, c]) => {
          const s = vlq(oc - prevOutCol) + 'A' + vlq(l - prevSrcLine) + vlq(c - prevSrcCol);
          prevOutCol = oc;
          prevSrcLine = l;
          prevSrcCol = c;
          return s;
        })
        .join(',');
    })
    .join(';');
  return {
    code: outCode,
    map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings },
  };
}

/**
 * The plugin. Options: `include` (RegExp on the module id; default: files under `src/`).
 * Works in Rollup (`transform`) and Vite/Rolldown (same hook; `apply: 'build'`, so the dev
 * server and Storybook serve the styles as written).
 */
export function minifyCssLiterals({ include = DEFAULT_INCLUDE, html = true } = {}) {
  return {
    name: 'tis-minify-css-literals',
    apply: 'build',
    transform: {
      // Hook filters (Rollup ≥ 4.38, Rolldown): the other modules never reach JavaScript.
      filter: {
        id: { include: [include], exclude: [/node_modules/] },
        code: html ? HTML_OR_CSS_TAG : CSS_TAG,
      },
      async handler(code, id) {
        const file = id.split('?')[0];
        if (
          file.includes('node_modules') ||
          !include.test(file) ||
          !(html ? HTML_OR_CSS_TAG : CSS_TAG).test(code)
        )
          return null;
        const edits = await cssLiteralEdits(code, file, { html });
        if (!edits.length) return null;
        return applyEdits(code, edits, file);
      },
    },
  };
}

export default minifyCssLiterals;

// CLI, to look at the result: node scripts/minify-css-literals.js src/banner/banner.styles.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  for (const file of process.argv.slice(2)) {
    const code = await readFile(file, 'utf8');
    const edits = await cssLiteralEdits(code, file);
    console.log(applyEdits(code, edits, file).code);
  }
}
