// The validators the widgets run (src/data/validators.ts) are generated from the zod schemas
// (scripts/gen-validators.mjs): the file must be what the schemas give today, and the generator
// must refuse what it cannot translate rather than write a weaker validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { generate, generateFrom, OUT } from '../../scripts/gen-validators.mjs';

test('src/data/validators.ts is what the schemas of src/data/schema.ts give', async () => {
  assert.equal(
    await generate(),
    readFileSync(OUT, 'utf8'),
    'stale validators: run npm run gen:validators',
  );
});

const entry = (schema) => generateFrom({ s: schema }, {}, [['item', 's']]);

test('the generator translates the node types and checks the schemas use', () => {
  const source = entry(
    z.object({
      id: z.string().check(z.maxLength(10), z.regex(/^[a-z]+$/)),
      n: z.optional(z.int().check(z.positive(), z.lte(5))),
      kind: z.enum(['a', 'b']),
      list: z.array(z.boolean()).check(z.maxLength(3)),
    }),
  );
  for (const piece of [
    'v.length > 10',
    '/^[a-z]+$/',
    'Number.isSafeInteger(v)',
    '!(v > 0)',
    '!(v <= 5)',
    'new Set<unknown>(["a","b"])',
    'v.length > 3',
  ])
    assert.ok(source.includes(piece), piece);
});

test('the generator refuses what it cannot translate', () => {
  const refuses = (schema, message) => assert.throws(() => entry(schema), message);
  refuses(z.object({ a: z.number() }).check(z.refine((o) => o.a > 1)), /not a tagged rule/);
  refuses(
    z.pipe(
      z.string(),
      z.transform((s) => s.length),
    ),
    /not a tagged rule/,
  );
  refuses(z.string().check(z.regex(/a/g)), /stateful regex/);
  refuses(z.string().check(z.toLowerCase()), /overwrite check not supported/);
  refuses(z._default(z.string(), 'x'), /zod type "default"|defaults/);
  refuses(z.nullable(z.string()), /zod type "nullable"/);
  refuses(z.looseObject({ a: z.string() }), /catch-all objects are not supported/);
});
