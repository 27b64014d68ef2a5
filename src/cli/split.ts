/**
 * `tis-feed split`: cuts a large feed into per-région shards plus an index, as the `parts` field
 * of format v1 describes.
 *
 * - Each shard `region-<code>.json` is a complete v1 document: the campaign, networks and themes,
 *   the territories of that région (and the région itself), and the initiatives and events placed
 *   in it. An item placed in two régions is in both shards.
 * - The index (`feed.json` by default) keeps the campaign, networks, themes and ALL territories
 *   (the counter needs every joined territory), the items placed in no région (national ones),
 *   and `parts`: one `{ territory, url }` per shard, with absolute URLs from `--base-url`.
 * - Deterministic like merge: sorted keys, items by id.
 */
import { getFeedIndex } from '../data/queries.js';
import type { Feed, FeedEvent, Initiative, Territory } from '../data/schema.js';
import { byId, stableStringify } from './feed-io.js';

export interface SplitResult {
  /** File name (relative to the output folder) → contents. */
  files: Map<string, string>;
  shards: Array<{ territory: string; file: string; initiatives: number; events: number }>;
}

export function shardFileName(regionId: string): string {
  return `${regionId.replace(':', '-').replace(/[^A-Za-z0-9_-]/g, '-')}.json`;
}

export function splitFeed(
  feed: Feed,
  options: { baseUrl: string; indexName?: string; indent?: number },
): SplitResult {
  const index = getFeedIndex(feed);
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const regionsOfItem = (ids: readonly string[]) => {
    const out = new Set<string>();
    for (const id of ids) for (const region of index.regionsOf(id)) out.add(region.id);
    return out;
  };
  const buckets = new Map<
    string,
    { territories: Territory[]; initiatives: Initiative[]; events: FeedEvent[] }
  >();
  const bucket = (region: string) => {
    let found = buckets.get(region);
    if (!found) {
      found = { territories: [], initiatives: [], events: [] };
      buckets.set(region, found);
    }
    return found;
  };
  for (const territory of feed.territories)
    for (const region of regionsOfItem([territory.id])) bucket(region).territories.push(territory);

  const national: { initiatives: Initiative[]; events: FeedEvent[] } = {
    initiatives: [],
    events: [],
  };
  for (const item of feed.initiatives) {
    const regions = regionsOfItem(item.territories);
    if (regions.size === 0) national.initiatives.push(item);
    for (const region of regions) bucket(region).initiatives.push(item);
  }
  for (const event of feed.events) {
    const places = [
      ...(event.territories ?? []),
      ...(event.location?.territory ? [event.location.territory] : []),
    ];
    const regions = regionsOfItem(places);
    if (regions.size === 0) national.events.push(event);
    for (const region of regions) bucket(region).events.push(event);
  }

  const files = new Map<string, string>();
  const shards: SplitResult['shards'] = [];
  const common = {
    version: 1 as const,
    generatedAt: feed.generatedAt,
    campaign: feed.campaign,
    networks: [...feed.networks].sort(byId),
    themes: [...feed.themes].sort(byId),
  };
  for (const region of [...buckets.keys()].sort()) {
    const content = buckets.get(region)!;
    const file = shardFileName(region);
    files.set(
      file,
      stableStringify(
        {
          ...common,
          territories: content.territories.sort(byId),
          initiatives: content.initiatives.sort(byId),
          events: content.events.sort(byId),
        },
        options.indent,
      ),
    );
    shards.push({
      territory: region,
      file,
      initiatives: content.initiatives.length,
      events: content.events.length,
    });
  }
  files.set(
    options.indexName ?? 'feed.json',
    stableStringify(
      {
        ...common,
        territories: [...feed.territories].sort(byId),
        initiatives: national.initiatives.sort(byId),
        events: national.events.sort(byId),
        parts: shards.map((shard) => ({
          territory: shard.territory,
          url: new URL(shard.file, base).href,
        })),
      },
      options.indent,
    ),
  );
  return { files, shards };
}
