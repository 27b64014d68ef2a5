#!/usr/bin/env node
/**
 * Writes `demo/feed.json`: a realistic feed in format v1 for the demo, the stories and the tests.
 *
 * - Territories are REAL: régions, départements, EPCI and communes of the Code officiel
 *   géographique 2026, from @etalab/decoupage-administratif 6.0.0 (data under the Licence
 *   Ouverte / Open Licence, INSEE and DGCL).
 * - Initiatives, events and every network but the Carrefour des innovations sociales are
 *   FICTIONAL examples: every initiative and event carries `example: true` and a title ending
 *   in "(exemple)" / "(example)"; fictional networks say "(exemple)" and live on example.org.
 * - Deterministic: a seeded PRNG (mulberry32), no clock, no network. Running it twice writes the
 *   same bytes. It validates its output with the library's own `parseFeed` and fails on any
 *   problem.
 *
 * The texts are JSON in `scripts/demo-feed/data/`, the code in `scripts/demo-feed/` (see its
 * README). Usage: `npm run demo:feed` (or `node scripts/generate-demo-feed.js`);
 * `--output <file>` writes elsewhere; `--check` writes nothing and fails when the file is not
 * what the generator writes.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { campaign } from './demo-feed/data.js';
import { generateEvents } from './demo-feed/events.js';
import { readIfExists, refusals, serialize } from './demo-feed/feed-file.js';
import { generateInitiatives } from './demo-feed/initiatives.js';
import { generateJoined } from './demo-feed/joined.js';
import { CAMPAIGN_THEMES } from './demo-feed/library.js';
import { feedNetworks } from './demo-feed/networks.js';
import { cogVersion, UsedTerritories } from './demo-feed/territories.js';
import { ROOT } from './import-ts.js';

const started = performance.now();
const { values: options } = parseArgs({
  options: { output: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const OUTPUT = options.output ? resolve(options.output) : join(ROOT, 'demo', 'feed.json');
const NAME = options.output ?? 'demo/feed.json';
const GENERATED_AT = '2026-11-28T08:00:00+01:00';
const INITIATIVE_COUNT = 3200;
const EVENT_COUNT = 250;
const JOINED = { communes: 300, epci: 90, departements: 10 };
const MAX_BYTES = 3 * 1024 * 1024;

// Initiatives first: the joined territories and the events' hosts are where initiatives are.
const used = new UsedTerritories();
const initiatives = generateInitiatives(INITIATIVE_COUNT, used);
const { joined, active } = generateJoined(initiatives, JOINED, used);
const events = generateEvents(active, EVENT_COUNT, used);
const feed = {
  version: 1,
  generatedAt: GENERATED_AT,
  campaign,
  networks: feedNetworks(),
  themes: CAMPAIGN_THEMES.map((t) => ({ id: t.id, label: t.label, transition: t.transition })),
  territories: used.list(joined),
  initiatives: initiatives.map((i) => i.item),
  events,
};

const text = serialize(feed);
const refused = refusals(text, MAX_BYTES);
if (refused.length > 0) {
  for (const line of refused) console.error(line);
  process.exit(1);
}
const unchanged = readIfExists(OUTPUT) === text;
if (options.check && !unchanged) {
  console.error(`${NAME} is not what the generator writes: run npm run demo:feed`);
  process.exit(1);
}
if (!unchanged) writeFileSync(OUTPUT, text);

const joinedCount = feed.territories.filter((t) => t.joinedAt).length;
console.log(
  `${NAME} ${unchanged ? 'unchanged' : 'written'}: ${Buffer.byteLength(text)} bytes, ` +
    `${feed.territories.length} territories (${joinedCount} joined), ${feed.initiatives.length} initiatives, ` +
    `${feed.events.length} events, ${feed.networks.length} networks; territories from ` +
    `@etalab/decoupage-administratif ${cogVersion} (COG 2026); ${Math.round(performance.now() - started)} ms`,
);
