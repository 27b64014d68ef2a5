/**
 * The feed map's whole-feed counts (`countByPlaces` with each territory's areas) against
 * `FeedIndex.countByPlace`, the territory index's figures they replace on first paint: same
 * counts and same "outside", with an EPCI across two régions, a loop in `parents`, a parent the feed names but does not define,
 * an item with two territories in one département and an item with none on the map.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import { getFeedIndex } from '../../src/data/queries.js';
import type { Feed } from '../../src/data/schema.js';
import { countByPlaces, placesOfKind, type PlacesIndex } from '../../src/data/places.js';
import { awkwardTerritories, smallFeed } from '../fixtures/small-feed.js';

function trickyFeed(): Feed {
  const input = smallFeed();
  (input.territories as unknown as Array<Record<string, unknown>>).push(
    ...awkwardTerritories(),
    { id: 'crte:x', kind: 'crte', name: 'X', parents: ['departement:95'] },
    { id: 'commune:00001', kind: 'commune', name: 'Nulle part', parents: [] },
  );
  const item = (id: string, territories: string[]) => ({
    id,
    title: id,
    network: 'cis',
    territories,
    themes: ['biodiversite'],
    example: true,
  });
  (input.initiatives as unknown as Array<Record<string, unknown>>).push(
    item('test/rive-sud', ['commune:44999']),
    item('test/boucle', ['crte:a']),
    item('test/boucle-2', ['crte:b', 'commune:29019']),
    item('test/deux', ['commune:29019', 'commune:29083']),
    item('test/non-defini', ['crte:x']),
    item('test/nulle-part', ['commune:00001']),
  );
  const { feed, problems } = parseFeed(input);
  expect(problems).to.deep.equal([]);
  return feed!;
}

/** The counts as the feed asks for them: each territory's areas from the data layer's walk. */
const countWholeFeed = (index: PlacesIndex & { feed: Feed }, level: 'departement' | 'region') =>
  countByPlaces(index.feed.initiatives, (id) => placesOfKind(index, level, id, true));

describe('feed map: whole-feed counts', () => {
  for (const level of ['departement', 'region'] as const) {
    it(`gives the territory index's figures by ${level}`, () => {
      const index = getFeedIndex(trickyFeed());
      const ours = countWholeFeed(index, level);
      const reference = index.countByPlace(level);
      expect(ours.outside).to.equal(reference.outside);
      expect([...ours.counts].sort()).to.deep.equal([...reference.counts].sort());
      // Again, from the cache: the same figures.
      expect([...countWholeFeed(index, level).counts].sort()).to.deep.equal(
        [...reference.counts].sort(),
      );
    });
  }

  it('counts an item once per area, and an item on no area outside', () => {
    const index = getFeedIndex(trickyFeed());
    const { counts, outside } = countWholeFeed(index, 'departement');
    const only = (territories: string[]) =>
      countWholeFeed(
        getFeedIndex({
          ...index.feed,
          initiatives: index.feed.initiatives.filter(
            (i) => i.territories.join() === territories.join(),
          ),
        }),
        'departement',
      );
    expect([...only(['commune:29019', 'commune:29083']).counts]).to.deep.equal([
      ['departement:29', 1],
    ]);
    expect(only(['commune:00001']).outside).to.equal(1);
    expect(counts.get('departement:95')).to.equal(1);
    expect(outside).to.be.greaterThan(0);
  });
});
