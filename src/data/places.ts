/**
 * Which régions or départements a territory lies in, fast enough to place every territory of a
 * 3,200-initiative feed on each breakdown: the counter's breakdown and the map's counts. In the
 * data layer, but out of the core chunk: it goes with the shards' chunk, which only the widgets
 * beyond the banner load (see `SHARDS` in vite.config.ts).
 */
import type { FeedIndex } from './queries.js';

/** What the walk reads of a feed's index. */
export type PlacesIndex = Pick<FeedIndex, 'territories' | 'ancestors'>;

const NONE: readonly string[] = [];
const BUSY: readonly string[] = [];
const resolversOf = new WeakMap<PlacesIndex, Map<string, (id: string) => readonly string[]>>();

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
  return placesResolver(index, kind, byIdKind)(id);
}

/**
 * `placesOfKind` for one feed, kind and rule, as one function: a loop over thousands of items
 * calls it per item, with no closure, key or lookup of the caches per call, and nothing
 * allocated for a territory already placed.
 */
export function placesResolver(
  index: PlacesIndex,
  kind: string,
  byIdKind = false,
): (id: string) => readonly string[] {
  let byKind = resolversOf.get(index);
  if (!byKind) resolversOf.set(index, (byKind = new Map()));
  const key = byIdKind ? `${kind}*` : kind;
  let resolve = byKind.get(key);
  if (resolve) return resolve;
  const territories = index.territories;
  const cache = new Map<string, readonly string[]>();
  const isOfKind = (id: string) =>
    (territories.get(id)?.kind ?? (byIdKind ? id.split(':')[0] : undefined)) === kind;
  // A territory whose parents lead to the same places shares their array: most communes (an
  // EPCI and its département) and EPCI allocate nothing. `BUSY` marks a territory while its
  // parents are walked, to detect a loop; one whose parents are all placed needs no mark.
  // Indexed loops: this runs once per territory in a fresh page, before the engine optimises
  // it, where `for…of` costs an iterator per loop.
  const walk = (id: string): readonly string[] | undefined => {
    const cached = cache.get(id);
    if (cached) return cached === BUSY ? undefined : cached;
    const territory = territories.get(id);
    let places: readonly string[] =
      (territory?.kind ?? (byIdKind ? id.split(':')[0] : undefined)) === kind ? [id] : NONE;
    const parents = territory?.parents;
    if (parents) {
      let marked = false;
      for (let i = 0; i < parents.length; i++) {
        const parent = parents[i]!;
        let above = cache.get(parent);
        if (!above) {
          if (!marked) {
            marked = true;
            cache.set(id, BUSY);
          }
          above = walk(parent);
        } else if (above === BUSY) above = undefined;
        if (!above) {
          if (marked) cache.delete(id);
          return undefined;
        }
        if (above === places || !above.length) continue;
        if (!places.length) {
          places = above;
          continue;
        }
        let merged: string[] | undefined;
        for (const place of above)
          if (!places.includes(place)) (merged ??= [...places]).push(place);
        if (merged) places = merged;
      }
    }
    cache.set(id, places);
    return places;
  };
  resolve = (id: string) => {
    let places = walk(id);
    if (!places) cache.set(id, (places = [...index.ancestors(id)].filter(isOfKind)));
    return places;
  };
  byKind.set(key, resolve);
  return resolve;
}

/**
 * How many items lie in each place (`placesOf` gives a territory's places: a `placesResolver`),
 * an item counted once per place, and how many lie in none: the counter's whole-campaign
 * breakdown and the feed map's whole-feed counts.
 */
export function countByPlaces(
  items: readonly { readonly territories: readonly string[] }[],
  placesOf: (territoryId: string) => readonly string[],
): { counts: Map<string, number>; outside: number } {
  const counts = new Map<string, number>();
  let outside = 0;
  // Indexed loops: a fresh page runs this once, unoptimised, where `for…of` costs an iterator
  // per item. An item with one territory adds one to each of its places (already distinct),
  // with no set per item.
  for (let i = 0; i < items.length; i++) {
    const territories = items[i]!.territories;
    const places =
      territories.length === 1
        ? placesOf(territories[0]!)
        : [...new Set(territories.flatMap(placesOf))];
    if (!places.length) outside += 1;
    for (let p = 0; p < places.length; p++)
      counts.set(places[p]!, (counts.get(places[p]!) ?? 0) + 1);
  }
  return { counts, outside };
}
