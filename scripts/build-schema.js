#!/usr/bin/env node
/**
 * Writes the JSON Schema (draft 2020-12) of feed format v1, generated from the zod schemas of
 * `src/data/schema.ts` (the one definition), for networks that validate their contributions
 * without JavaScript:
 *
 * - `dist/feed-format.schema.json`, shipped in the npm package
 *   (`@1000territoires/widgets/feed-format.schema.json`);
 * - `docs/feed-format.schema.json`, the same file, browsable in the repository.
 *
 * zod emits the input side (`io: 'input'`: what a feed author writes, before the parser's
 * transforms). A few rules the parser checks in code cannot be expressed by zod's generator and
 * are added here: http(s)-only links, non-empty translation maps. Rules
 * that JSON Schema cannot express at all (an event ends after it starts, a time zone exists,
 * referenced ids exist) are named in the descriptions and enforced by the parser.
 *
 * Usage: `npm run build:schema` (part of `npm run build`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, ROOT } from './import-ts.js';

const { feedDocumentSchema, LIMITS, toJSONSchema } = await importTs(
  "export { feedDocumentSchema, LIMITS } from './src/data/schema.ts';\nexport { toJSONSchema } from 'zod/mini';",
);

const LINK_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+';

const DESCRIPTIONS = {
  version:
    'Format version: 1 (or "1", "1.x", "1.x.y"). Any other major version is rejected as a whole.',
  generatedAt: 'When this document was produced: ISO 8601 date-time with an offset.',
  campaign:
    'The campaign: name, motto, goal, dates, status (a kill switch: "ended" turns the banner off everywhere).',
  networks: 'Networks taking part. Ids are slugs; other items reference them.',
  themes: 'Themes, each in one of the three transitions: ecologique, economique, modes-de-vie.',
  territories:
    'Territories with `kind:code` ids (commune:29019, epci:242900314, departement:2A, region:53, crte:<id>), their parents, and `joinedAt` when they joined the campaign.',
  initiatives:
    'Local social-innovation initiatives. One invalid item is dropped with a reason; the others are kept.',
  events:
    "Events of all networks. `end` must not be before `start` (nor a part's end before its start): checked by the parser, not expressible in JSON Schema.",
  parts: 'Shards of a large feed: one document (same format) per territory, usually per région.',
};

/** Walks the generated schema and adds what zod's generator cannot know. */
function refine(node, key) {
  if (Array.isArray(node)) {
    node.forEach((child) => refine(child, key));
    return;
  }
  if (!node || typeof node !== 'object') return;

  // Links: the only strings capped at LIMITS.url.
  if (node.type === 'string' && node.maxLength === LIMITS.url && !node.pattern) {
    node.format = 'uri';
    node.pattern = LINK_PATTERN;
    node.description =
      'Absolute http(s) URL. Any other scheme (javascript:, data:, relative...) is removed by the parser with a warning: the link is dropped, not the item.';
  }
  // Localised text: a string (French) or a non-empty map of language code to text.
  if (Array.isArray(node.anyOf) && node.anyOf.some((v) => v.type === 'object' && v.propertyNames)) {
    for (const variant of node.anyOf) if (variant.type === 'object') variant.minProperties = 1;
    node.description ??=
      'Localised text: a string (French), or a map of language code to text such as {"fr": "...", "en": "..."}. A missing language falls back to French, then to any language present.';
  }
  if (node.format === 'date-time')
    node.description ??=
      'ISO 8601 date-time with an offset, e.g. 2027-04-08T09:00:00+02:00 or ...Z.';
  if (node.format === 'date') node.description ??= 'ISO 8601 calendar date, e.g. 2027-04-08.';
  if (key === 'timeZone')
    node.description ??=
      'IANA time zone name (Europe/Paris, Indian/Reunion, Pacific/Noumea...): the zone the event is shown in by default.';

  for (const [childKey, child] of Object.entries(node)) {
    if (childKey === 'properties' && child && typeof child === 'object') {
      for (const [property, schema] of Object.entries(child)) refine(schema, property);
    } else {
      refine(child, childKey);
    }
  }
}

const generated = toJSONSchema(feedDocumentSchema, {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
});
refine(generated);
for (const [property, description] of Object.entries(DESCRIPTIONS)) {
  const target = generated.properties?.[property];
  if (!target)
    throw new Error(`feedDocumentSchema has no "${property}" property: update build-schema.js`);
  target.description = description;
}

const { $schema, ...rest } = generated;
const schema = {
  $schema,
  $id: 'https://unpkg.com/@1000territoires/widgets/dist/feed-format.schema.json',
  title: '#1000territoiresIS feed, format v1',
  description:
    'The shared public JSON feed of the "1000 territoires d’innovation sociale" campaign (#1000territoiresIS): campaign, networks, themes, territories, initiatives, events. Generated from the zod schemas of @1000territoires/widgets; documented in docs/feed-format.md. Unknown fields are allowed and ignored (forward compatibility within v1).',
  ...rest,
};

// Formatted like the rest of the repository, so `prettier --check` passes on the docs copy.
const prettier = await import('prettier');
const docsPath = join(ROOT, 'docs', 'feed-format.schema.json');
const text = await prettier.format(JSON.stringify(schema), {
  ...(await prettier.resolveConfig(docsPath)),
  filepath: docsPath,
});
for (const dir of ['dist', 'docs']) {
  mkdirSync(join(ROOT, dir), { recursive: true });
  writeFileSync(join(ROOT, dir, 'feed-format.schema.json'), text);
}
console.log(
  `feed-format.schema.json written to dist/ and docs/ (${Buffer.byteLength(text)} bytes)`,
);
