/**
 * Which régions or départements a territory lies in, fast enough to place every territory of a
 * 3,200-initiative feed on each breakdown. In the data layer, but out of the shared chunk: the
 * counter alone uses it (see `WIDGET_ONLY` in vite.config.ts), so a page without a counter does
 * not download it.
 */
import type { FeedIndex } from './queries.js';
import type { TerritoryKind } from './schema.js';

const cachesOf = new WeakMap<FeedIndex, Map<TerritoryKind, Map<string, readonly string[]>>>();

/**
 * The territories of one kind (régions, départements…) that `id` lies in, itself included,
 * counting only territories the feed defines with that kind. Kept per feed and kind, and each
 * built from its parents' (a commune reuses its EPCI's) rather than walking the whole ancestry
 * of every territory (`FeedIndex.ancestors`); a loop in the feed's `parents` falls back to
 * `ancestors` for the territories on it.
 */
export function placesOfKind(index: FeedIndex, kind: TerritoryKind, id: string): readonly string[] {
  let byKind = cachesOf.get(index);
  if (!byKind) cachesOf.set(index, (byKind = new Map()));
  let known = byKind.get(kind);
  if (!known) byKind.set(kind, (known = new Map()));
  const cache = known;
  const walk = (id: string, path: Set<string>): readonly string[] | undefined => {
    let places = cache.get(id);
    if (places || path.has(id)) return places;
    path.add(id);
    const territory = index.territories.get(id);
    const found = new Set(territory?.kind === kind ? [id] : []);
    for (const parent of territory?.parents ?? []) {
      const above = walk(parent, path);
      if (!above) return undefined;
      for (const place of above) found.add(place);
    }
    path.delete(id);
    cache.set(id, (places = [...found]));
    return places;
  };
  const places =
    walk(id, new Set()) ??
    [...index.ancestors(id)].filter((a) => index.territories.get(a)?.kind === kind);
  cache.set(id, places);
  return places;
}
