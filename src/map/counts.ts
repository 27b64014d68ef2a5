/**
 * The feed map's counts for a whole feed, in the map's chunk: the feed computes them once the
 * map can be drawn (see `feedMapCounts` in src/initiative-feed/map-view.ts).
 */

/** What the counts read of a feed's `FeedIndex` (the map stays out of the data layer). */
export interface PlacesIndex {
  readonly feed: { readonly initiatives: readonly { readonly territories: readonly string[] }[] };
  initiativesWithin(id: string): unknown;
}

const warmed = new WeakSet<object>();

/**
 * Every initiative counted once per area it lies in, and those in none: the figures of
 * `FeedIndex.countByPlace(level)`, from each territory's areas rather than from the territory →
 * initiatives index behind it, which costs about three times more to build (cold, 3,200
 * initiatives: 5–6 ms against 12–20 ms) and which a map's first paint does not need; it is
 * built when the page is idle afterwards. `areasOf` gives a territory's areas (the feed hands in
 * `placesResolver(index, level, true)` from the data layer).
 */
export function countWholeFeed(
  index: PlacesIndex,
  areasOf: (territoryId: string) => readonly string[],
): { counts: Map<string, number>; outside: number } {
  const counts = new Map<string, number>();
  let outside = 0;
  const items = index.feed.initiatives;
  // Indexed loops: a fresh page runs this once, unoptimised, where `for…of` costs an iterator
  // per item.
  for (let i = 0; i < items.length; i++) {
    const territories = items[i]!.territories;
    const areas =
      territories.length === 1
        ? areasOf(territories[0]!)
        : [...new Set(territories.flatMap(areasOf))];
    if (!areas.length) outside += 1;
    for (let a = 0; a < areas.length; a++) counts.set(areas[a]!, (counts.get(areas[a]!) ?? 0) + 1);
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
