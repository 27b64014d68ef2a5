/**
 * The parser's cheap path for valid items, derived from the zod schemas themselves (zod stays the
 * one definition of the format).
 *
 * zod builds a payload with an issue list at every node of every item, which made validating a
 * 5,000-item feed cost about 8× `JSON.parse`. Nearly every item of a real feed is valid, so the
 * parser first runs a "success-only" walk compiled from the same schemas: objects, arrays,
 * optionals, unions, pipes and transforms are walked here, every other node (strings, numbers,
 * enums, records, formats, refinements) runs zod's own code on it. The walk gives up with `FAIL`
 * at the first thing it does not accept; the caller then parses the item with zod as before, which
 * finds the issue and its path. So the walk only has to be as strict as zod, never more
 * permissive, and to build the same output when it succeeds (same keys, same absent keys).
 */
import * as z from './zod.js';

/** Returned by a compiled walk when the item needs zod's detailed parse. */
export const FAIL: unique symbol = Symbol('fail');

export type FastPath = (value: unknown) => unknown;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
type Payload = z.core.ParsePayload;

const CONTEXT = { async: false } as z.core.ParseContextInternal;

/** The `$Zod…` traits of a schema: a wrapper type (xor, discriminated union…) adds its own. */
function coreTraits(schema: Schema): string {
  return [...schema._zod.traits]
    .filter((trait) => trait.startsWith('$Zod'))
    .sort()
    .join(' ');
}

/** Runs zod's own parse and checks on one node; `FAIL` on any issue. */
function leaf(schema: Schema): FastPath {
  const run = schema._zod.run;
  return (value) => {
    const result = run({ value, issues: [] }, CONTEXT);
    if (result instanceof Promise || result.issues.length) return FAIL;
    return result.value;
  };
}

/** String types whose parse is zod's plain `typeof` test; a format is its own first check. */
const STRING_TRAITS = new Set([
  '$ZodString $ZodType',
  '$ZodCheck $ZodCheckStringFormat $ZodISODateTime $ZodString $ZodStringFormat $ZodType',
  '$ZodCheck $ZodCheckStringFormat $ZodISODate $ZodString $ZodStringFormat $ZodType',
]);

/** One payload for every string check: checks are synchronous and never re-enter a walk. */
const scratch: Payload = { value: undefined, issues: [] };

/**
 * A string node without zod's per-node payload: the same check objects, run in zod's order, but a
 * non-string (the first option of a localised text that is a map) fails without building an issue.
 */
function stringPath(schema: Schema): FastPath | undefined {
  const def = schema._zod.def as z.core.$ZodStringDef;
  if (def.coerce) return undefined;
  const checks = [
    ...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []),
    ...(def.checks ?? []),
  ];
  const steps = checks.map((check) => ({ when: check._zod.def.when, check: check._zod.check }));
  // Identifiers (pattern-checked, never rewritten) recur: the same network, theme, territory and
  // language codes in thousands of items. Their checks depend on the text alone: remember it.
  const passed =
    checks.some((check) => 'pattern' in check._zod.def) &&
    !checks.some((check) => check._zod.def.check === 'overwrite')
      ? new Set<string>()
      : undefined;
  return (value) => {
    if (typeof value !== 'string') return FAIL;
    if (passed?.has(value)) return value;
    scratch.value = value;
    for (const { when, check } of steps) {
      if (when && !when(scratch as never)) continue;
      if (check(scratch as never) instanceof Promise || scratch.issues.length) {
        scratch.issues.length = 0;
        scratch.value = undefined;
        return FAIL;
      }
    }
    const out = scratch.value;
    scratch.value = undefined;
    if (passed && out === value && value.length <= 200) {
      if (passed.size >= 10_000) passed.clear();
      passed.add(value);
    }
    return out;
  };
}

/** A composite node's own checks (array length, object refinements), run on its output. */
function withChecks(schema: Schema, walk: FastPath): FastPath {
  const checks: readonly Check[] = schema._zod.def.checks ?? [];
  if (checks.length === 0) return walk;
  return (value) => {
    const out = walk(value);
    if (out === FAIL) return FAIL;
    const payload: Payload = { value: out, issues: [] };
    for (const check of checks) {
      if (check._zod.def.when && !check._zod.def.when(payload as never)) continue;
      if (check._zod.check(payload as never) instanceof Promise || payload.issues.length)
        return FAIL;
    }
    return payload.value;
  };
}

function objectPath(schema: z.core.$ZodObject): FastPath | undefined {
  const { shape, catchall } = schema._zod.def;
  if (catchall || z.globalConfig.memoizer || Object.getOwnPropertySymbols(shape).length)
    return undefined;
  const fields = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key]!;
      return { key, walk: compile(field), optin: field._zod.optin, optout: field._zod.optout };
    });
  if (fields.some((field) => field.optin === 'defaulted')) return undefined;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, walk, optin, optout } of fields) {
      const raw = source[key];
      const present = raw !== undefined || key in source;
      // What zod's object does with an absent key: skip it when optional, else an issue.
      if (!present) {
        if (optin === 'optional' && optout === 'optional') continue;
        if (optin === undefined) return FAIL;
      }
      const value = walk(raw);
      if (value === FAIL) return FAIL;
      if (value !== undefined) out[key] = value;
      else if (present) out[key] = undefined;
    }
    return out;
  };
}

function arrayPath(schema: z.core.$ZodArray): FastPath {
  const element = compile(schema._zod.def.element);
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === FAIL) return FAIL;
      out[i] = value;
    }
    return out;
  };
}

/** A record whose keys are checked (not enumerated): a localised text's language map. */
function recordPath(schema: z.core.$ZodRecord): FastPath | undefined {
  const { keyType, valueType, mode } = schema._zod.def;
  if (keyType._zod.values || mode === 'loose' || z.globalConfig.memoizer) return undefined;
  const walkKey = compile(keyType);
  const walkValue = compile(valueType);
  return (input) => {
    // Stricter than zod's plain-object test (anything else goes to zod), and it keeps zod's util
    // namespace out of the bundle.
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return FAIL;
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      const outKey = walkKey(key);
      if (outKey === FAIL) return FAIL;
      if (outKey === '__proto__') continue;
      const value = walkValue((input as Record<PropertyKey, unknown>)[key]);
      if (value === FAIL) return FAIL;
      out[outKey as PropertyKey] = value;
    }
    return out;
  };
}

function unionPath(schema: z.core.$ZodUnion): FastPath {
  const options = schema._zod.def.options.map(compile);
  return (value) => {
    for (const option of options) {
      const out = option(value);
      if (out !== FAIL) return out;
    }
    return FAIL;
  };
}

function transformPath(schema: z.core.$ZodTransform): FastPath {
  const { transform } = schema._zod.def;
  return (value) => {
    const payload: Payload = { value, issues: [] };
    const out = transform(value, payload);
    if (out instanceof Promise || payload.issues.length) return FAIL;
    return out;
  };
}

const compiled = new WeakMap<Schema, FastPath>();

/** The success-only walk of a schema (cached): its output, or `FAIL` when zod must decide. */
export function compile(schema: Schema): FastPath {
  let walk = compiled.get(schema);
  if (walk) return walk;
  let own: FastPath | undefined;
  const traits = coreTraits(schema);
  if (STRING_TRAITS.has(traits)) {
    walk = stringPath(schema) ?? leaf(schema);
    compiled.set(schema, walk);
    return walk;
  }
  switch (traits) {
    case '$ZodObject $ZodType':
      own = objectPath(schema as z.core.$ZodObject);
      break;
    case '$ZodArray $ZodType':
      own = arrayPath(schema as z.core.$ZodArray);
      break;
    case '$ZodRecord $ZodType':
      own = recordPath(schema as z.core.$ZodRecord);
      break;
    case '$ZodType $ZodUnion':
      own = unionPath(schema as z.core.$ZodUnion);
      break;
    case '$ZodOptional $ZodType': {
      const inner = (schema as z.core.$ZodOptional)._zod.def.innerType;
      if (inner._zod.optin === 'defaulted') break;
      const walkInner = compile(inner);
      own = (value) => (value === undefined ? undefined : walkInner(value));
      break;
    }
    case '$ZodPipe $ZodType': {
      const { in: first, out: then } = (schema as z.core.$ZodPipe)._zod.def;
      const walkIn = compile(first);
      const walkOut = compile(then);
      own = (value) => {
        const middle = walkIn(value);
        return middle === FAIL ? FAIL : walkOut(middle);
      };
      break;
    }
    case '$ZodTransform $ZodType':
      own = transformPath(schema as z.core.$ZodTransform);
      break;
  }
  walk = own ? withChecks(schema, own) : leaf(schema);
  compiled.set(schema, walk);
  return walk;
}
