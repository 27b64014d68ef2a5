/**
 * Reading a published tree (format v1.1, `tis-feed publish`): which shards a widget needs, and
 * the one feed that the index and the loaded shards make together. Pure functions; the client
 * (client.ts) fetches, verifies and stores.
 */
import { getFeedIndex } from './queries.js';
import type { Feed, FeedShard, Territory } from './schema.js';

/**
 * What a widget shows, so the store loads only the shards that hold it. Every field is
 * optional; a monolithic feed satisfies every need at once.
 */
export interface FeedNeed {
  /**
   * `recent`: the first page of the whole campaign (the most recent items); `all`: every
   * initiative; `{ territory }`: the initiatives within a territory.
   */
  initiatives?: 'recent' | 'all' | { territory: string };
  /** Events touching an interval (ms since the epoch), or every event. */
  events?: 'all' | { from: number; to: number };
  /** Territory names and hierarchy: all, or those of one territory's région. */
  territories?: 'all' | { territory: string };
}

/** How far a need is met: shards it needs, loaded so far, and those that failed. */
export interface NeedStatus {
  /** Shards the need resolves to so far (a pin below a département resolves in two steps). */
  total: number;
  loaded: number;
  /** Shards that could not be loaded (missing, broken, refused): what is missing. */
  failed: FeedShard[];
  /** True when every shard the need resolves to is loaded. */
  complete: boolean;
}

/** The département a commune's INSEE code names (`29019` → 29, `2A004` → 2A, `97411` → 974). */
function departementOfCommune(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * The régions and départements a territory lies in, from what is known so far; `undefined` when
 * the territory is not known yet (its territories shard must load first).
 */
function placesOf(
  feed: Feed,
  territoryId: string,
): { regions: Set<string>; departements: Set<string> } | undefined {
  const index = getFeedIndex(feed);
  return index.territories.has(territoryId) ? index.placesOf([territoryId]) : undefined;
}

/** The territories shards that name `territoryId` (to learn where it lies). */
function locatingShards(feed: Feed, territoryId: string): FeedShard[] {
  const shards = (feed.shards ?? []).filter((s) => s.type === 'territories');
  const [kind, code = ''] = territoryId.split(':');
  if (kind === 'commune') {
    const departement = getFeedIndex(feed).territories.get(
      `departement:${departementOfCommune(code)}`,
    );
    const regions = new Set((departement?.parents ?? []).filter((id) => id.startsWith('region:')));
    const found = shards.filter((s) => s.territory && regions.has(s.territory));
    if (found.length) return found;
  }
  // An EPCI, a CRTE or an unknown code: only the territories shards can tell.
  return shards;
}

/** The shards of the published index `feed` that a need resolves to, given what is loaded. */
export function shardsFor(feed: Feed, need: FeedNeed): FeedShard[] {
  const shards = feed.shards ?? [];
  const out = new Set<FeedShard>();
  const add = (list: Iterable<FeedShard>) => {
    for (const shard of list) out.add(shard);
  };
  // The territories' initiative pages are listed in the catalogue: load it first.
  const catalogue = shards.filter((s) => s.type === 'catalogue');
  const catalogued = shards.some((s) => s.type === 'initiatives' && s.scope !== 'recent');
  const initiativesWithin = (territory: string) => {
    if (!catalogued && catalogue.length) {
      add(catalogue);
      return;
    }
    const places = placesOf(feed, territory);
    if (!places) {
      add(locatingShards(feed, territory));
      return;
    }
    const { regions, departements } = places;
    const kind = getFeedIndex(feed).territories.get(territory)?.kind;
    add(
      shards.filter(
        (s) =>
          s.type === 'initiatives' &&
          s.territory !== undefined &&
          // A région: its own shard and those of its départements.
          ((kind === 'region' && (s.territory === territory || s.region === territory)) ||
            // Below a région: the shards of its départements, else of its région.
            (kind !== 'region' &&
              (departements.has(s.territory) ||
                (regions.has(s.territory) && s.region === s.territory)))),
      ),
    );
  };
  const initiatives = need.initiatives;
  if (initiatives === 'recent') add(shards.filter((s) => s.scope === 'recent'));
  else if (initiatives === 'all') {
    if (!catalogued && catalogue.length) add(catalogue);
    add(shards.filter((s) => s.type === 'initiatives' && s.scope !== 'recent'));
  } else if (initiatives) initiativesWithin(initiatives.territory);

  const events = need.events;
  if (events === 'all') add(shards.filter((s) => s.type === 'events'));
  else if (events) {
    // Months are cut in Paris time; a visitor elsewhere is at most 14 h away.
    const months = monthsBetween(events.from - 14 * 3600_000, events.to + 14 * 3600_000);
    add(shards.filter((s) => s.type === 'events' && s.month && months.has(s.month)));
  }

  const territories = need.territories;
  if (territories === 'all') add(shards.filter((s) => s.type === 'territories'));
  else if (territories) {
    const places = placesOf(feed, territories.territory);
    if (!places) add(locatingShards(feed, territories.territory));
    else
      add(
        shards.filter(
          (s) => s.type === 'territories' && s.territory && places.regions.has(s.territory),
        ),
      );
  }
  return [...out];
}

/** `YYYY-MM` keys (UTC) of every month an interval touches; bounded to 25 years. */
export function monthsBetween(from: number, to: number): Set<string> {
  const months = new Set<string>();
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return months;
  const date = new Date(from);
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth();
  const end = new Date(to);
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  for (let guard = 0; guard < 300 && year * 12 + month <= last; guard += 1) {
    months.add(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

/**
 * The index and the loaded shards as one feed: each collection once per id (the first copy
 * wins: the index's, then the shards' in load order); the shard list grows by the pages that
 * loaded pages link to. The figures stay the index's.
 */
export function mergeShards(index: Feed, parts: readonly Feed[]): Feed {
  if (!parts.length) return index;
  const merge = <T extends { id: string }>(lists: ReadonlyArray<readonly T[]>): T[] => {
    const seen = new Map<string, T>();
    for (const list of lists)
      for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
    return [...seen.values()];
  };
  const all = [index, ...parts];
  // A page links the next one in its own `shards`: known once the page is loaded.
  const shards = new Map<string, FeedShard>();
  for (const feed of all) for (const shard of feed.shards ?? []) shards.set(shard.url, shard);
  return {
    ...index,
    shards: [...shards.values()],
    territories: merge<Territory>(all.map((f) => f.territories)),
    initiatives: merge(all.map((f) => f.initiatives)),
    events: merge(all.map((f) => f.events)),
  };
}
