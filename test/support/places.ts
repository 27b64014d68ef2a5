/**
 * The reference for the map's counts: each initiative counted once per région or département
 * that `FeedIndex.placesOf` finds for its territories, and those in none apart.
 */
import type { FeedIndex } from '../../src/data/queries.js';
import type { Initiative } from '../../src/data/schema.js';

export function countsByPlacesOf(
  index: FeedIndex,
  items: readonly Initiative[],
  level: 'region' | 'departement',
): { counts: Record<string, number>; outside: number } {
  const counts: Record<string, number> = {};
  let outside = 0;
  for (const item of items) {
    const places = index.placesOf(item.territories);
    const found = level === 'region' ? places.regions : places.departements;
    if (!found.size) outside += 1;
    for (const id of found) counts[id] = (counts[id] ?? 0) + 1;
  }
  return { counts, outside };
}
