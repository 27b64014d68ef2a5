/**
 * Which régions or départements a territory lies in, fast enough to place every territory of a
 * 3,200-initiative feed on each breakdown. In the data layer, but out of the shared chunk: the
 * counter alone uses it (see `WIDGET_ONLY` in vite.config.ts), so a page without a counter does
 * not download it.
 */
import type { FeedIndex } from './queries.js';
import type { TerritoryKind } from './schema.js';

const NONE: readonly string[] = [];
const BUSY: readonly string[] = [];
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
  // A territory on a single chain of parents shares its parent's array: most communes allocate
  // nothing. `BUSY` marks the territories being walked, to detect a loop.
  const walk = (id: string): readonly string[] | undefined => {
    const cached = cache.get(id);
    if (cached) return cached === BUSY ? undefined : cached;
    const territory = index.territories.get(id);
    let places: readonly string[] = territory?.kind === kind ? [id] : NONE;
    const parents = territory?.parents;
    if (parents?.length) {
      cache.set(id, BUSY);
      for (const parent of parents) {
        const above = walk(parent);
        if (!above) {
          cache.delete(id);
          return undefined;
        }
        if (!places.length) places = above;
        else {
          const more = above.filter((place) => !places.includes(place));
          if (more.length) places = [...places, ...more];
        }
      }
    }
    cache.set(id, places);
    return places;
  };
  const places =
    walk(id) ?? [...index.ancestors(id)].filter((a) => index.territories.get(a)?.kind === kind);
  cache.set(id, places);
  return places;
}
