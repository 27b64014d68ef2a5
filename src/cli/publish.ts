/**
 * `tis-feed publish <feed.json> <dir>`: the published tree of a feed (format v1.1), what static
 * hosts and CDNs serve as is.
 *
 * - `index.json`, the one URL widgets are given: campaign, networks, themes, régions and
 *   départements, the next events, the figures the banner and the counter show (`summary`), and
 *   the list of shards (`shards`) with what each covers. Small whatever the size of the campaign.
 * - Shards, named by a hash of their content (immutable, cached forever), linked relatively:
 *   - `initiatives/<territory>-<page>.<hash>.json`: the initiatives of a région (or of a
 *     département where the région is large), most recent first, in pages of bounded size; each
 *     page carries the territories its items name (and their ancestors), so it reads alone, and
 *     links the next page in its own `shards` (the index lists page 1 of each territory only);
 *   - `initiatives/catalogue.<hash>.json`: the first page of every territory (its `shards`);
 *   - `initiatives/recent.<hash>.json`: the most recent initiatives of the whole campaign (the
 *     first page of a feed with no pin);
 *   - `events/<YYYY-MM>.<hash>.json`: the events touching a month (Europe/Paris);
 *   - `territories/<région>.<hash>.json`: every territory of a région (the territory picker).
 * - `_headers`: cache rules for hosts that read one (Netlify, Cloudflare Pages).
 *
 * Every file is a v1 document (`tis-feed validate` accepts each). Deterministic: the same feed
 * gives the same bytes (sorted keys, fixed orders, no clock).
 */
import { createHash } from 'node:crypto';
import { getFeedIndex, type FeedIndex } from '../data/queries.js';
import type {
  Feed,
  FeedEvent,
  FeedShard,
  FeedSummary,
  Initiative,
  MetricSummary,
  Territory,
} from '../data/schema.js';
import { byId, compareCodePoints, stableStringify } from './feed-io.js';

export interface PublishOptions {
  /** Initiatives per page of a territory (default 200). */
  pageSize?: number;
  /** A région with more initiatives than this is cut by département (default 400). */
  regionLimit?: number;
  /** Initiatives in the campaign-wide `recent` shard (default 100). */
  recentSize?: number;
  /** Upcoming events kept in the index, for the banner (default 8). */
  nextEvents?: number;
  /** The instant "upcoming" is measured from (default: the feed's `generatedAt`). */
  now?: number;
}

export interface PublishResult {
  /** Path relative to the output folder → contents. */
  files: Map<string, string>;
  index: { bytes: number; shards: number };
}

export const PUBLISHED_VERSION = '1.1';
const ZONE = 'Europe/Paris';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const slug = (id: string) => id.replace(':', '-').replace(/[^A-Za-z0-9_-]/g, '-');

/** The `YYYY-MM` months (Europe/Paris) an event touches, parts included. */
export function monthsOf(event: FeedEvent): string[] {
  const monthAt = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
  });
  const key = (time: number) => {
    const parts = monthAt.formatToParts(time);
    return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
  };
  let start = Date.parse(event.start);
  let end = Date.parse(event.end);
  for (const part of event.parts ?? []) {
    start = Math.min(start, Date.parse(part.start));
    end = Math.max(end, Date.parse(part.end));
  }
  const months: string[] = [];
  const last = key(end);
  // Walk month by month (from the 1st, noon UTC, so zone offsets never skip one).
  const first = key(start);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let guard = 0; guard < 240; guard += 1) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The territories a set of items names, with all their ancestors, by id. */
function territoriesFor(
  index: FeedIndex,
  items: ReadonlyArray<{ territories?: readonly string[]; location?: { territory?: string } }>,
): Territory[] {
  const ids = new Set<string>();
  for (const item of items) {
    for (const id of item.territories ?? []) for (const a of index.ancestors(id)) ids.add(a);
    if (item.location?.territory)
      for (const a of index.ancestors(item.location.territory)) ids.add(a);
  }
  return [...ids]
    .map((id) => index.territories.get(id))
    .filter((t): t is Territory => t !== undefined)
    .sort(byId);
}

const bump = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

function summarize(
  items: ReadonlyArray<{ territories: readonly string[]; networks: readonly string[] }>,
  index: FeedIndex,
  latest: MetricSummary['latest'],
): MetricSummary {
  const byRegion: Record<string, number> = {};
  const byDepartement: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const byNetwork: Record<string, number> = {};
  const outside = { region: 0, departement: 0, kind: 0 };
  for (const item of items) {
    const { regions, departements } = index.placesOf(item.territories);
    for (const region of regions) bump(byRegion, region);
    for (const departement of departements) bump(byDepartement, departement);
    if (!regions.size) outside.region += 1;
    if (!departements.size) outside.departement += 1;
    const kinds = new Set<string>();
    for (const id of item.territories) {
      const kind = index.territories.get(id)?.kind;
      if (kind) kinds.add(kind);
    }
    if (!kinds.size) outside.kind += 1;
    for (const kind of kinds) bump(byKind, kind);
    for (const network of new Set(item.networks)) bump(byNetwork, network);
  }
  return { total: items.length, byRegion, byDepartement, byKind, byNetwork, outside, latest };
}

export function publishFeed(feed: Feed, options: PublishOptions = {}): PublishResult {
  const pageSize = options.pageSize ?? 200;
  const regionLimit = options.regionLimit ?? 400;
  const recentSize = options.recentSize ?? 100;
  const now = options.now ?? (feed.generatedAt ? Date.parse(feed.generatedAt) : 0);
  const index = getFeedIndex(feed);
  const files = new Map<string, string>();
  const shards: FeedShard[] = [];
  const header = { version: PUBLISHED_VERSION, generatedAt: feed.generatedAt };

  const write = (dir: string, name: string, body: Record<string, unknown>) => {
    const text = stableStringify({ ...header, ...body }, undefined);
    const hash = sha256(text);
    const path = `${dir}/${name}.${hash.slice(0, 10)}.json`;
    files.set(path, text);
    return { url: path, sha256: hash };
  };

  // Initiatives, most recent first: the order of every page, so page 1 is what shows first.
  const initiatives = index.sortInitiatives([...feed.initiatives], 'recent');
  const placed = initiatives.map((item) => ({ item, ...index.placesOf(item.territories) }));
  const perRegion = new Map<string, number>();
  for (const { regions } of placed)
    for (const region of regions) perRegion.set(region, (perRegion.get(region) ?? 0) + 1);
  const buckets = new Map<string, { region?: string; items: Initiative[] }>();
  const put = (key: string, region: string | undefined, item: Initiative) => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { region, items: [] }));
    bucket.items.push(item);
  };
  for (const { item, regions, departements } of placed) {
    if (!regions.size) put('national', undefined, item);
    for (const region of regions) {
      const inRegion = [...departements].filter((d) => index.isWithin(d, region));
      if ((perRegion.get(region) ?? 0) > regionLimit && inRegion.length)
        for (const departement of inRegion) put(departement, region, item);
      else put(region, region, item);
    }
  }
  const territoryPages: FeedShard[] = [];
  for (const key of [...buckets.keys()].sort(compareCodePoints)) {
    const { region, items } = buckets.get(key)!;
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    // Written last page first: each page links the next (`shards`, with its hash), so the index
    // lists page 1 of each territory only and stays small however many pages there are.
    let next: FeedShard | undefined;
    for (let page = pages; page >= 1; page -= 1) {
      const slice = items.slice((page - 1) * pageSize, page * pageSize);
      const link = write('initiatives', `${slug(key)}-${page}`, {
        territories: territoriesFor(index, slice),
        initiatives: slice,
        ...(next ? { shards: [next] } : {}),
      });
      next = {
        type: 'initiatives',
        ...link,
        count: slice.length,
        ...(key === 'national'
          ? { scope: 'national' as const }
          : { scope: 'territory' as const, territory: key, region }),
        page,
        pages,
      };
    }
    territoryPages.push(next!);
  }
  // The list of the territories' first pages grows with the campaign (up to every département):
  // it is a shard of its own, the catalogue, which only an initiative feed reads.
  shards.push({
    type: 'catalogue',
    ...write('initiatives', 'catalogue', { shards: territoryPages }),
    count: territoryPages.length,
  });
  const recent = initiatives.slice(0, recentSize);
  shards.push({
    type: 'initiatives',
    ...write('initiatives', 'recent', {
      territories: territoriesFor(index, recent),
      initiatives: recent,
    }),
    count: recent.length,
    scope: 'recent',
    page: 1,
    pages: 1,
  });

  // Events by month (Europe/Paris); earliest first in each.
  const events = [...feed.events].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || compareCodePoints(a.id, b.id),
  );
  const byMonth = new Map<string, FeedEvent[]>();
  for (const event of events)
    for (const month of monthsOf(event)) {
      let list = byMonth.get(month);
      if (!list) byMonth.set(month, (list = []));
      list.push(event);
    }
  for (const month of [...byMonth.keys()].sort(compareCodePoints)) {
    const list = byMonth.get(month)!;
    shards.push({
      type: 'events',
      ...write('events', month, { territories: territoriesFor(index, list), events: list }),
      count: list.length,
      month,
    });
  }

  // Territories below the départements, by région (the picker, and pins below a département).
  const inIndex = (t: Territory) => t.kind === 'region' || t.kind === 'departement';
  const territoryBuckets = new Map<string, Territory[]>();
  for (const territory of feed.territories) {
    if (inIndex(territory)) continue;
    const { regions } = index.placesOf([territory.id]);
    for (const key of regions.size ? regions : ['other']) {
      let list = territoryBuckets.get(key);
      if (!list) territoryBuckets.set(key, (list = []));
      list.push(territory);
    }
  }
  for (const key of [...territoryBuckets.keys()].sort(compareCodePoints)) {
    const list = territoryBuckets.get(key)!.sort(byId);
    shards.push({
      type: 'territories',
      ...write('territories', slug(key), { territories: list }),
      count: list.length,
      ...(key === 'other' ? {} : { territory: key }),
    });
  }

  // The figures the banner and the counter show, and the next events for the banner.
  const joined = index.joinedTerritories();
  const latestJoined = joined[0];
  const latestInitiative = initiatives.find((item) => item.updatedAt);
  const eventMonths: Record<string, number> = {};
  for (const [month, list] of byMonth) eventMonths[month] = list.length;
  const summary: FeedSummary = {
    territories: summarize(
      joined.map((t) => ({ territories: [t.id], networks: t.networks ?? [] })),
      index,
      latestJoined
        ? { id: latestJoined.id, name: { fr: latestJoined.name }, at: latestJoined.joinedAt! }
        : undefined,
    ),
    initiatives: summarize(
      initiatives.map((i) => ({ territories: i.territories, networks: [i.network] })),
      index,
      latestInitiative
        ? { id: latestInitiative.id, name: latestInitiative.title, at: latestInitiative.updatedAt! }
        : undefined,
    ),
    events: { total: feed.events.length, byMonth: eventMonths },
  };
  const next = events
    .filter((event) => Date.parse(event.end) >= now && event.status !== 'cancelled')
    .slice(0, options.nextEvents ?? 8);

  const indexText = stableStringify(
    {
      ...header,
      campaign: feed.campaign,
      networks: [...feed.networks].sort(byId),
      themes: [...feed.themes].sort(byId),
      territories: [
        ...feed.territories.filter(inIndex),
        ...territoriesFor(index, next).filter((t) => !inIndex(t)),
      ].sort(byId),
      events: next,
      summary,
      shards,
    },
    undefined,
  );
  files.set('index.json', indexText);
  files.set('_headers', HEADERS);
  return { files, index: { bytes: indexText.length, shards: shards.length } };
}

/** Cache rules, in the `_headers` format of Netlify and Cloudflare Pages (docs/hosting.md). */
const rule = (path: string, cacheControl: string) =>
  `${path}
  Cache-Control: ${cacheControl}
  Access-Control-Allow-Origin: *
  Content-Type: application/json; charset=utf-8
`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HEADERS = [
  `# Written by tis-feed publish. The index is the only file that changes: short max-age,
# stale-while-revalidate. Shards are named by their content: cached forever.
`,
  rule('/index.json', 'public, max-age=300, stale-while-revalidate=86400'),
  ...['/initiatives/*', '/events/*', '/territories/*'].map((path) => rule(path, IMMUTABLE)),
].join('');
