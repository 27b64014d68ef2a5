#!/usr/bin/env node
/**
 * Writes src/data/validators.ts: plain JavaScript validators generated from the zod schemas of
 * src/data/schema.ts, so that the widgets validate a feed without shipping zod (about 9 kB gzip)
 * and at a few times the cost of `JSON.parse`.
 *
 * zod stays the one definition of the format. Each generated validator accepts exactly what its
 * schema accepts and returns the same output (same keys, same absent keys, same transforms), or
 * `FAIL`; the parser then loads zod (explain.ts) only to say why an item failed. Every node type
 * and check the schemas use is translated here; anything else stops the generator with an error,
 * so a schema change cannot silently weaken the validators. test/data/validators.test.ts checks
 * the agreement with zod on the demo feeds, the fixtures and generated hostile items.
 *
 *   node scripts/gen-validators.mjs          write src/data/validators.ts
 *   node scripts/gen-validators.mjs --check  exit 1 if the file is not what the schemas give
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'src', 'data', 'validators.ts');

/** schema.ts and format.ts, bundled together so that the rules' identities match. */
async function loadSchemas() {
  const result = await build({
    stdin: {
      contents:
        "export * as schema from './src/data/schema.ts'; export * as format from './src/data/format.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'tis-validators-'));
  const file = join(dir, 'schemas.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What each generated function validates, in the order of the exported table. */
const ENTRIES = [
  ['campaign', 'campaignSchema'],
  ['networks', 'networkSchema'],
  ['themes', 'themeSchema'],
  ['territories', 'territorySchema'],
  ['initiatives', 'initiativeSchema'],
  ['events', 'eventSchema'],
  ['parts', 'feedPartSchema'],
  ['shards', 'shardSchema'],
  ['summary', 'summarySchema'],
  ['header', 'feedHeaderSchema'],
];

/**
 * Shared helpers, written into the file when a validator calls them: one field or one record
 * walk in a few characters per use instead of its code written out each time (the file is part of
 * every page's core chunk). Small, so that the engine inlines them into each validator, where the
 * function each receives is then a constant.
 */
const HELPERS = {
  required: `/** A required field: its validator's output, or \`FAIL\` when absent. */
function required(v: any, k: string, f: (x: any) => any): any {
  const x = v[k];
  return x === undefined && !(k in v) ? FAIL : f(x);
}`,
  optional: `/** Absent from an item: the field is left out of the output. */
const ABSENT: unique symbol = Symbol('absent');

/** An optional field: \`ABSENT\` when absent, \`undefined\` when present so, else validated. */
function optional(v: any, k: string, f: (x: any) => any): any {
  const x = v[k];
  return x !== undefined ? f(x) : k in v ? undefined : ABSENT;
}`,
  record: `/**
 * A record: zod's plain-object test, then each own enumerable key and its value, in
 * \`Reflect.ownKeys\` order. An object without symbol keys (any from JSON) walks \`Object.keys\`,
 * the same string keys in the same order, at a fraction of the cost.
 */
function record(v: any, key: (k: any) => any, value: (x: any) => any): any {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return FAIL;
  const out: any = {};
  const plain = Object.getOwnPropertySymbols(v).length === 0;
  const keys: any[] = plain ? Object.keys(v) : Reflect.ownKeys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === '__proto__' || (!plain && !Object.prototype.propertyIsEnumerable.call(v, k)))
      continue;
    const ok = key(k);
    if (ok === FAIL) return FAIL;
    if (ok === '__proto__') continue;
    const x = value(v[k]);
    if (x === FAIL) return FAIL;
    out[ok] = x;
  }
  return out;
}`,
};

class Generator {
  /** @param {Map<Function, string>} rules the functions of format.ts, by identity */
  constructor(rules) {
    this.rules = rules;
    /** @type {string[]} */
    this.constants = [];
    /** @type {Map<string, string>} constant source → name */
    this.constantNames = new Map();
    /** @type {string[]} */
    this.functions = [];
    /** @type {Map<string, string>} function body → name (identical nodes share one function) */
    this.bodies = new Map();
    /** @type {Map<object, string>} */
    this.names = new Map();
    this.usedRules = new Set();
    /** @type {Set<string>} the shared helpers (HELPERS) the functions call */
    this.usedHelpers = new Set();
  }

  /** A shared helper of HELPERS, written once into the file: its name. */
  helper(name) {
    this.usedHelpers.add(name);
    return name;
  }

  /** A function validating its argument with `schema` (a transform gets a function of its own). */
  fn(schema) {
    const rule = plainTransform(schema);
    return rule ? this.emit([`return ${this.ruleCall(rule, 'v')};`]) : this.node(schema);
  }

  constant(source) {
    let name = this.constantNames.get(source);
    if (!name) {
      name = `K${this.constantNames.size}`;
      this.constantNames.set(source, name);
      this.constants.push(`const ${name} = ${source};`);
    }
    return name;
  }

  regex(pattern) {
    if (!(pattern instanceof RegExp)) throw new Error('expected a RegExp pattern');
    if (pattern.global || pattern.sticky)
      throw new Error(`stateful regex ${pattern}: not supported by the generator`);
    return this.constant(String(pattern));
  }

  /** A rule of format.ts, called with the value and the arguments the schema gave it. */
  ruleCall(fn, value) {
    const name = this.rules.get(fn?.rule);
    if (!name)
      throw new Error(
        `a refine or transform that is not a tagged rule of format.ts: ${String(fn).slice(0, 120)}`,
      );
    this.usedRules.add(name);
    const args = fn.args.map((arg) => JSON.stringify(arg));
    return `${name}(${[value, ...args].join(', ')})`;
  }

  /** One function per node: its name. */
  node(schema) {
    const known = this.names.get(schema);
    if (known) return known;
    let lines = this.body(schema);
    const kind = kindOf(schema);
    const checks = this.checks(schema._zod.def.checks ?? [], kind);
    if (checks.length && kind !== 'other') {
      // Strings and numbers: the checks run on the value itself, before it is returned.
      lines = [...lines.slice(0, -1), ...checks, lines.at(-1)];
    } else if (checks.length) {
      // Composite nodes: the checks run on the node's output.
      const own = this.emit(lines);
      lines = [`v = ${own}(v);`, 'if (v === FAIL) return FAIL;', ...checks, 'return v;'];
    }
    const name = this.emit(lines);
    this.names.set(schema, name);
    return name;
  }

  /**
   * An expression validating `value` with `schema`: a transform is its rule's call, inline; any
   * other node, a call to its function.
   */
  call(schema, value) {
    const rule = plainTransform(schema);
    return rule ? this.ruleCall(rule, value) : `${this.node(schema)}(${value})`;
  }

  /** A function of these lines (one per distinct body): its name. */
  emit(lines) {
    const text = lines.map((line) => `  ${line}`).join('\n');
    let name = this.bodies.get(text);
    if (!name) {
      name = `v${this.bodies.size}`;
      this.bodies.set(text, name);
      this.functions.push(`function ${name}(v: any): any {\n${text}\n}`);
    }
    return name;
  }

  /** A node's own parse, as lines of code ending with its `return`. */
  body(schema) {
    const def = schema._zod.def;
    const traits = schema._zod.traits;
    switch (def.type) {
      case 'string': {
        if (def.coerce) throw new Error('coerced strings are not supported');
        const lines = ["if (typeof v !== 'string') return FAIL;"];
        // A string format (ISO date-time, date) is its own first check.
        if (traits.has('$ZodCheck')) lines.push(...this.check(schema, 'string'));
        lines.push('return v;');
        return lines;
      }
      case 'number': {
        if (def.coerce) throw new Error('coerced numbers are not supported');
        const lines = ["if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;"];
        if (traits.has('$ZodCheck')) lines.push(...this.check(schema, 'number'));
        lines.push('return v;');
        return lines;
      }
      case 'boolean':
        return ["return typeof v === 'boolean' ? v : FAIL;"];
      case 'enum':
      case 'literal': {
        const values = [...schema._zod.values];
        const set = this.constant(`new Set<unknown>(${JSON.stringify(values)})`);
        return [`return ${set}.has(v) ? v : FAIL;`];
      }
      case 'optional': {
        const inner = def.innerType;
        if (inner._zod.optin === 'defaulted') throw new Error('defaults are not supported');
        return [`return v === undefined ? undefined : ${this.node(inner)}(v);`];
      }
      case 'pipe':
        return [
          `const m = ${this.call(def.in, 'v')};`,
          `return m === FAIL ? FAIL : ${this.call(def.out, 'm')};`,
        ];
      case 'transform':
        return [`return ${this.ruleCall(def.transform, 'v')};`];
      case 'union':
        return [
          ...def.options.map((option) => {
            const name = this.node(option);
            return `{ const o = ${name}(v); if (o !== FAIL) return o; }`;
          }),
          'return FAIL;',
        ];
      case 'array':
        return [
          'if (!Array.isArray(v)) return FAIL;',
          'const out = new Array<unknown>(v.length);',
          'for (let i = 0; i < v.length; i++) {',
          `  const x = ${this.node(def.element)}(v[i]);`,
          '  if (x === FAIL) return FAIL;',
          '  out[i] = x;',
          '}',
          'return out;',
        ];
      case 'record': {
        if (schema._zod.def.keyType._zod.values || def.mode === 'loose')
          throw new Error('records with enumerated keys or loose mode are not supported');
        const key = this.node(def.keyType);
        const value = this.node(def.valueType);
        // zod's plain-object test and key walk, shared by every record (HELPERS).
        return [`return ${this.helper('record')}(v, ${key}, ${value});`];
      }
      case 'object': {
        if (def.catchall) throw new Error('catch-all objects are not supported');
        const lines = [
          "if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;",
          'const out: any = {};',
          'let x: any;',
        ];
        for (const key of Object.keys(def.shape)) {
          if (key === '__proto__') continue;
          const field = def.shape[key];
          const { optin, optout } = field._zod;
          if (optin === 'defaulted') throw new Error('defaults are not supported');
          const k = JSON.stringify(key);
          const inner = field._zod.def.innerType;
          if (
            field._zod.def.type === 'optional' &&
            !(field._zod.def.checks ?? []).length &&
            inner._zod.optin !== 'defaulted'
          ) {
            // Absent: skipped. Present as `undefined`: kept as `undefined`. Else the inner node.
            lines.push(
              `x = ${this.helper('optional')}(v, ${k}, ${this.fn(inner)});`,
              `if (x === FAIL) return FAIL;`,
              `if (x !== ABSENT) out[${k}] = x;`,
            );
            continue;
          }
          const name = this.node(field);
          if (optin === undefined) {
            lines.push(
              `x = ${this.helper('required')}(v, ${k}, ${name});`,
              `if (x === FAIL) return FAIL;`,
              `out[${k}] = x;`,
            );
            continue;
          }
          lines.push(`x = v[${k}];`);
          if (optin === 'optional' && optout === 'optional') {
            // Absent: skipped. Present, even as `undefined`: kept as the field's output.
            lines.push(
              `if (x !== undefined || ${k} in v) { x = ${name}(x); if (x === FAIL) return FAIL; out[${k}] = x; }`,
            );
          } else {
            lines.push(
              `{ const p = x !== undefined || ${k} in v; x = ${name}(x); if (x === FAIL) return FAIL; if (x !== undefined || p) out[${k}] = x; }`,
            );
          }
        }
        lines.push('return out;');
        return lines;
      }
      default:
        throw new Error(`zod type "${def.type}" is not supported by the generator`);
    }
  }

  /** The lines of a node's `.check(…)` list, run on its output `v`. */
  checks(checks, kind) {
    return checks.flatMap((check) => this.check(check, kind));
  }

  check(check, kind) {
    const def = check._zod.def;
    switch (def.check) {
      case 'string_format':
        if (!def.pattern) throw new Error(`string format "${def.format}" has no pattern`);
        return [`if (!${this.regex(def.pattern)}.test(v)) return FAIL;`];
      case 'min_length':
        return [`if (v.length < ${def.minimum}) return FAIL;`];
      case 'max_length':
        return [`if (v.length > ${def.maximum}) return FAIL;`];
      case 'overwrite':
        if (kind === 'string' && /\.trim\(\)/.test(String(def.tx)) && String(def.tx).length < 60)
          return ['v = v.trim();'];
        throw new Error(`overwrite check not supported: ${String(def.tx)}`);
      case 'number_format':
        if (def.format !== 'safeint')
          throw new Error(`number format "${def.format}" not supported`);
        return ['if (!Number.isSafeInteger(v)) return FAIL;'];
      case 'greater_than':
        return [
          `if (!(v ${def.inclusive ? '>=' : '>'} ${JSON.stringify(def.value)})) return FAIL;`,
        ];
      case 'less_than':
        return [
          `if (!(v ${def.inclusive ? '<=' : '<'} ${JSON.stringify(def.value)})) return FAIL;`,
        ];
      case 'custom':
        if (def.abort || def.params)
          throw new Error('custom checks with abort or params are not supported');
        return [`if (!${this.ruleCall(def.fn, 'v')}) return FAIL;`];
      default:
        throw new Error(`zod check "${def.check}" is not supported by the generator`);
    }
  }
}

/** The rule of a transform node with no checks of its own, else `undefined`. */
function plainTransform(schema) {
  const def = schema._zod.def;
  return def.type === 'transform' && !(def.checks ?? []).length ? def.transform : undefined;
}

function kindOf(schema) {
  const type = schema._zod.def.type;
  return type === 'string' || type === 'number' ? type : 'other';
}

/** The source of validators.ts, formatted like the rest of the code. */
export async function generate() {
  const { schema, format } = await loadSchemas();
  const source = generateFrom(schema, format);
  const options = await prettier.resolveConfig(OUT);
  return prettier.format(source, { ...options, filepath: OUT });
}

/**
 * The validators of `schema` (the exports of schema.ts) whose rules are the functions of
 * `format` (the exports of format.ts). Throws on a node or check it cannot translate.
 */
export function generateFrom(schema, format, entries = ENTRIES) {
  const rules = new Map(
    Object.entries(format)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, fn]) => [fn, name]),
  );
  const generator = new Generator(rules);
  const table = entries.map(([name, schemaName]) => {
    const entry = schema[schemaName];
    if (!entry) throw new Error(`schema.ts exports no ${schemaName}`);
    return `  ${name}: ${generator.node(entry)},`;
  });
  const imports = [...generator.usedRules].sort();
  return `/* eslint-disable */
// Generated by scripts/gen-validators.mjs from the zod schemas of src/data/schema.ts: do not edit.
// Run \`npm run gen:validators\` after changing a schema (a test fails until you do).
import { ${imports.join(', ')} } from './format.js';

/** Returned by a validator for a value its schema rejects: zod (explain.ts) then says why. */
export const FAIL: unique symbol = Symbol('fail');

${generator.constants.join('\n')}

${[...generator.usedHelpers].map((name) => HELPERS[name]).join('\n\n')}

${generator.functions.join('\n\n')}

/** One validator per collection's item, the campaign, the summary and the feed's header. */
export const validators = {
${table.join('\n')}
};

export type ValidatorName = keyof typeof validators;
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = await generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== source) {
      console.error('src/data/validators.ts is out of date: run npm run gen:validators');
      process.exit(1);
    }
    console.log('src/data/validators.ts is up to date');
  } else {
    writeFileSync(OUT, source);
    console.log(`wrote ${OUT}`);
  }
}
