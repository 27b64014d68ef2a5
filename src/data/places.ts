/**
 * Which régions or départements a territory lies in, fast enough to place every territory of a
 * 3,200-initiative feed on each breakdown: the counter's breakdown and the map's counts. In the
 * data layer, but out of the core chunk: it goes with the shards' chunk, which only the widgets
 * beyond the banner load (see `SHARDS` in vite.config.ts).
 */
import type { FeedIndex } from './queries.js';

/** What the walk reads of a feed's index (the map's chunk passes its own view of it). */
export type PlacesIndex = Pick<FeedIndex, 'territories' | 'ancestors'>;

const NONE: readonly string[] = [];
const BUSY: readonly string[] = [];
const cachesOf = new WeakMap<PlacesIndex, Map<string, Map<string, readonly string[]>>>();

/**
 * The territories of one kind (régions, départements…) that `id` lies in, itself included.
 * By default only territories the feed defines with that kind count (the counter's breakdown);
 * with `byIdKind`, a territory the feed names but does not define counts by the kind its id
 * says (`region:53`), as `FeedIndex.placesOf` finds them (the map's counts). Kept per feed,
 * kind and rule, and each built from its parents' (a commune reuses its EPCI's) rather than
 * walking the whole ancestry of every territory (`FeedIndex.ancestors`); a loop in the feed's
 * `parents` falls back to `ancestors` for the territories on it.
 */
export function placesOfKind(
  index: PlacesIndex,
  kind: string,
  id: string,
  byIdKind = false,
): readonly string[] {
  let byKind = cachesOf.get(index);
  if (!byKind) cachesOf.set(index, (byKind = new Map()));
  const key = byIdKind ? `${kind}*` : kind;
  let known = byKind.get(key);
  if (!known) byKind.set(key, (known = new Map()));
  const cache = known;
  const isOfKind = (id: string) =>
    (index.territories.get(id)?.kind ?? (byIdKind ? id.split(':')[0] : undefined)) === kind;
  // A territory on a single chain of parents shares its parent's array: most communes allocate
  // nothing. `BUSY` marks the territories being walked, to detect a loop.
  const walk = (id: string): readonly string[] | undefined => {
    const cached = cache.get(id);
    if (cached) return cached === BUSY ? undefined : cached;
    let places: readonly string[] = isOfKind(id) ? [id] : NONE;
    const parents = index.territories.get(id)?.parents;
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
  const places = walk(id) ?? [...index.ancestors(id)].filter(isOfKind);
  cache.set(id, places);
  return places;
}
