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
 * Usage: `npm run demo:feed` (or `node scripts/generate-demo-feed.js`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY, HOUR, isoInZone, MINUTE, wall, weekday } from './demo-feed/dates.js';
import { Random, WeightedList } from './demo-feed/random.js';
import {
  allCommunes,
  cogVersion,
  communeOf,
  communes,
  communesByDepartement,
  departements,
  epciByCode,
  townWeight,
  UsedTerritories,
} from './demo-feed/territories.js';
import { campaign } from './demo-feed/data.js';
import { generateEvents } from './demo-feed/events.js';
import { generateInitiatives } from './demo-feed/initiatives.js';
import { CAMPAIGN_THEMES, parseFeed } from './demo-feed/library.js';
import { feedNetworks, NETWORKS } from './demo-feed/networks.js';
import { ROOT } from './import-ts.js';

const started = performance.now();
const used = new UsedTerritories();
const OUTPUT = join(ROOT, 'demo', 'feed.json');
const GENERATED_AT = '2026-11-28T08:00:00+01:00';
const INITIATIVE_COUNT = 3200;
const EVENT_COUNT = 250;
const JOINED = { communes: 300, epci: 90, departements: 10 };
const MAX_BYTES = 3 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Territories that joined: 400, from 2026-01-15 to 2026-11-27
// ---------------------------------------------------------------------------------------------

function generateJoined(initiatives) {
  const random = new Random('joined');
  const networksAt = new Map();
  const note = (key, network) => {
    const list = networksAt.get(key) ?? [];
    if (!list.includes(network)) list.push(network);
    networksAt.set(key, list);
  };
  const initiativeCount = new Map();
  for (const { item, plan } of initiatives)
    for (const c of plan.communes) {
      note(`commune:${c.code}`, item.network);
      if (c.epci) note(`epci:${c.epci}`, item.network);
      initiativeCount.set(c.code, (initiativeCount.get(c.code) ?? 0) + 1);
    }
  const active = communes.filter((c) => initiativeCount.has(c.code));
  const activeList = new WeightedList(active, townWeight);

  const joined = new Map();
  while (joined.size < JOINED.communes) {
    const c = random.chance(0.8) ? activeList.pick(random) : allCommunes.pick(random);
    joined.set(used.commune(c), c);
  }
  const epciList = new WeightedList(
    [...new Set(active.filter((c) => c.epci).map((c) => c.epci))],
    (code) => Math.sqrt(epciByCode.get(code).populationMunicipale ?? 1),
  );
  const epciJoined = new Set();
  while (epciJoined.size < JOINED.epci) epciJoined.add(epciList.pick(random));
  for (const code of epciJoined) {
    const member = communeOf.get(epciByCode.get(code).membres[0].code);
    joined.set(used.epciId(code), member);
  }
  for (const d of random.sample(departements, JOINED.departements))
    joined.set(
      `departement:${d.code}`,
      communeOf.get(d.chefLieu) ?? communesByDepartement.get(d.code).items[0],
    );

  // A launch burst, then a steady, slowly accelerating flow.
  const start = wall(2026, 1, 15);
  const end = wall(2026, 11, 27);
  const out = new Map();
  for (const [id, commune] of joined) {
    let day = random.chance(0.1)
      ? random.int(0, 14)
      : Math.floor(Math.pow(random.next(), 0.8) * ((end - start) / DAY));
    if (weekday(start + day * DAY) === 0) day = Math.min(day + 1, (end - start) / DAY);
    const at = start + day * DAY + random.int(9, 17) * HOUR + random.pick([0, 15, 30, 45]) * MINUTE;
    const candidates = networksAt.get(id) ?? [
      random.chance(0.5) ? 'cis' : random.pick(NETWORKS).id,
    ];
    const networks = random.sample(candidates, random.chance(0.25) ? 2 : 1);
    if (random.chance(0.15) && !networks.includes('cis')) networks.push('cis');
    out.set(id, { joinedAt: isoInZone(at, commune.zone), networks });
  }
  return { joined: out, active };
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

/** One item per line: readable, diffable, and much smaller than fully indented JSON. */
function serialize(feed) {
  const lines = ['{'];
  const entries = Object.entries(feed);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) =>
        lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`),
      );
      lines.push(`  ]${comma}`);
    } else {
      lines.push(
        `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`,
      );
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const initiatives = generateInitiatives(INITIATIVE_COUNT, used);
const { joined, active } = generateJoined(initiatives);
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
const bytes = Buffer.byteLength(text);

// Self-check with the library's own parser: the demo feed must be spotless.
const { feed: parsed, problems } = parseFeed(JSON.parse(text));
if (problems.length > 0 || !parsed) {
  for (const p of problems.slice(0, 20))
    console.error(`${p.severity} ${p.code} ${p.path}: ${p.message.en}`);
  console.error(`demo feed NOT written: ${problems.length} problem(s)`);
  process.exit(1);
}
if (bytes > MAX_BYTES) {
  console.error(`demo feed NOT written: ${bytes} bytes is over the ${MAX_BYTES}-byte budget`);
  process.exit(1);
}
const previous = (() => {
  try {
    return readFileSync(OUTPUT, 'utf8');
  } catch {
    return undefined;
  }
})();
if (previous !== text) writeFileSync(OUTPUT, text);

const joinedCount = feed.territories.filter((t) => t.joinedAt).length;
console.log(
  `demo/feed.json ${previous === text ? 'unchanged' : 'written'}: ${bytes} bytes, ` +
    `${feed.territories.length} territories (${joinedCount} joined), ${feed.initiatives.length} initiatives, ` +
    `${feed.events.length} events, ${feed.networks.length} networks; territories from ` +
    `@etalab/decoupage-administratif ${cogVersion} (COG 2026); ${Math.round(performance.now() - started)} ms`,
);
