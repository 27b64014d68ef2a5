import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import { getFeedIndex, type FeedIndex } from '../../src/data/queries.js';
import type { Feed, TerritoryKind } from '../../src/data/schema.js';
import { placesOfKind } from '../../src/data/places.js';
import { computeModel } from '../../src/territory-counter/counter-model.js';
import { awkwardTerritories, smallFeed } from '../fixtures/small-feed.js';

/**
 * The fixture plus: an EPCI across two régions (Finistère and Loire-Atlantique), a commune in
 * it, a loop in the parents of two CRTE that leads into the Finistère, and initiatives tagged
 * with them; two initiatives updated at the same instant (the title decides the latest).
 */
function testFeed(): Feed {
  const input = smallFeed();
  (input.territories as unknown as Array<Record<string, unknown>>).push(...awkwardTerritories());
  const item = (id: string, title: string, territories: string[], updatedAt?: string) => ({
    id,
    title,
    network: 'cis',
    territories,
    themes: ['biodiversite'],
    example: true,
    ...(updatedAt ? { updatedAt } : {}),
  });
  (input.initiatives as unknown as Array<Record<string, unknown>>).push(
    item('test/rive-sud', 'Jardin (exemple)', ['commune:44999']),
    item('test/boucle', 'Boucle (exemple)', ['crte:a']),
    item('test/zz', 'Zèbre (exemple)', ['departement:29'], '2030-01-01T10:00:00+01:00'),
    item('test/aa', 'Abeille (exemple)', ['departement:29'], '2030-01-01T10:00:00+01:00'),
  );
  const { feed, problems } = parseFeed(input);
  expect(problems).to.deep.equal([]);
  return feed!;
}

/** The places of a kind through the full ancestor set, the way the breakdown first did it. */
const reference = (index: FeedIndex, kind: TerritoryKind, id: string) =>
  [...index.ancestors(id)].filter((a) => index.territories.get(a)?.kind === kind).sort();

describe('counter model', () => {
  let feed: Feed;
  let index: FeedIndex;

  beforeEach(() => {
    feed = testFeed();
    index = getFeedIndex(feed);
  });

  it('places every territory in the régions and départements of its ancestors, loops included', () => {
    for (const kind of ['region', 'departement'] as const) {
      // Twice: the second pass reads what the first one kept.
      for (let pass = 0; pass < 2; pass++)
        for (const territory of feed.territories)
          expect([...placesOfKind(index, kind, territory.id)].sort(), territory.id).to.deep.equal(
            reference(index, kind, territory.id),
          );
    }
    expect([...placesOfKind(index, 'region', 'commune:44999')].sort()).to.deep.equal([
      'region:52',
      'region:53',
    ]);
    expect(placesOfKind(index, 'departement', 'crte:a')).to.deep.equal(['departement:29']);
    expect(placesOfKind(index, 'departement', 'commune:00000')).to.deep.equal([]);
  });

  it('counts each initiative once per région, within a restriction only there', () => {
    const rows = (territory?: string) =>
      Object.fromEntries(
        computeModel(feed, index, {
          metric: 'initiatives',
          breakdown: 'region',
          territory,
          lang: 'fr',
        }).breakdown.map((row) => [row.id, row.count]),
      );
    const all = rows();
    const byHand = new Map<string, number>();
    for (const initiative of feed.initiatives) {
      const regions = new Set(
        initiative.territories.flatMap((id) => reference(index, 'region', id)),
      );
      for (const region of regions.size ? regions : [''])
        byHand.set(region, (byHand.get(region) ?? 0) + 1);
    }
    expect(all).to.deep.equal(Object.fromEntries(byHand));
    // Restricted to Pays de la Loire, the EPCI across two régions counts there only.
    expect(Object.keys(rows('region:52'))).to.deep.equal(['region:52']);
  });

  it('names the latest initiative (same instant: the first title) and the latest territory', () => {
    const initiatives = computeModel(feed, index, {
      metric: 'initiatives',
      breakdown: 'none',
      lang: 'fr',
    });
    expect(initiatives.count).to.equal(feed.initiatives.length);
    expect(initiatives.freshness?.name).to.equal('Abeille (exemple)');
    const sorted = index.filterInitiatives({}, 'recent').find((i) => i.updatedAt)!;
    expect(initiatives.freshness?.name).to.equal(sorted.title.fr ?? sorted.title);
    const territories = computeModel(feed, index, {
      metric: 'territories',
      breakdown: 'none',
      lang: 'fr',
    });
    const joined = index.joinedTerritories();
    expect(territories.count).to.equal(joined.length);
    expect(territories.freshness?.name).to.equal(joined[0]!.name);
  });
});
