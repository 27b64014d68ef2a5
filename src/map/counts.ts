/**
 * The feed map's counts for a whole feed, in the map's chunk: the feed computes them once the
 * map can be drawn (see `feedMapCounts` in src/initiative-feed/map-view.ts).
 */
import type { MapLevel } from './geometry.js';

/** What the counts read of a feed's `FeedIndex` (the map stays out of the data layer). */
export interface PlacesIndex {
  readonly feed: { readonly initiatives: readonly { readonly territories: readonly string[] }[] };
  readonly territories: ReadonlyMap<string, { kind: string; parents?: readonly string[] }>;
  ancestors(id: string): Iterable<string>;
  initiativesWithin(id: string): unknown;
}

const NONE: readonly string[] = [];
const BUSY: readonly string[] = [];
const warmed = new WeakSet<object>();
const caches = new WeakMap<
  PlacesIndex,
  Partial<Record<MapLevel, Map<string, readonly string[]>>>
>();

/**
 * The areas of a level (régions or départements) a territory lies in, itself included, as
 * `FeedIndex.placesOf` finds them (a territory the feed names but does not define has the kind
 * its id says); kept per feed and level, a commune on a single chain of parents sharing its
 * parent's array. A loop in the feed's `parents` falls back to `ancestors`.
 */
function areasOf(index: PlacesIndex, level: MapLevel, id: string): readonly string[] {
  let byLevel = caches.get(index);
  if (!byLevel) caches.set(index, (byLevel = {}));
  const known = (byLevel[level] ??= new Map());
  const kindOf = (id: string) => index.territories.get(id)?.kind ?? id.split(':')[0];
  const walk = (id: string): readonly string[] | undefined => {
    const cached = known.get(id);
    if (cached) return cached === BUSY ? undefined : cached;
    const territory = index.territories.get(id);
    let areas = (territory?.kind ?? id.split(':')[0]) === level ? [id] : NONE;
    const parents = territory?.parents;
    if (parents?.length) {
      known.set(id, BUSY);
      for (const parent of parents) {
        const above = walk(parent);
        if (!above) {
          known.delete(id);
          return undefined;
        }
        areas = areas.length ? [...new Set([...areas, ...above])] : above;
      }
    }
    known.set(id, areas);
    return areas;
  };
  const areas = walk(id) ?? [...index.ancestors(id)].filter((a) => kindOf(a) === level);
  known.set(id, areas);
  return areas;
}

/**
 * Every initiative counted once per area it lies in, and those in none: the figures of
 * `FeedIndex.countByPlace(level)`, from each territory's areas rather than from the territory →
 * initiatives index behind it, which costs about three times more to build (cold, 3,200
 * initiatives: 5–6 ms against 12–20 ms) and which a map's first paint does not need; it is
 * built when the page is idle afterwards.
 */
export function countWholeFeed(
  index: PlacesIndex,
  level: MapLevel,
): { counts: Map<string, number>; outside: number } {
  const counts = new Map<string, number>();
  let outside = 0;
  for (const { territories } of index.feed.initiatives) {
    const areas =
      territories.length === 1
        ? areasOf(index, level, territories[0]!)
        : new Set(territories.flatMap((id) => areasOf(index, level, id)));
    let placed = false;
    for (const area of areas) {
      placed = true;
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    if (!placed) outside += 1;
  }
  // The territory → initiatives index that a pick's filter reads: built when the page is idle
  // after this first paint, so that the first pick need not build it.
  if (!warmed.has(index)) {
    warmed.add(index);
    const idle =
      globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    requestAnimationFrame(() => idle(() => index.initiativesWithin('')));
  }
  return { counts, outside };
}
