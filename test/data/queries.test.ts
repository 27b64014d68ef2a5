import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import {
  getFeedIndex,
  normalizeText,
  upcomingEvents,
  type FeedIndex,
} from '../../src/data/queries.js';
import type { Feed } from '../../src/data/schema.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { countsByPlacesOf } from '../support/places.js';

/**
 * The fixture plus: an EPCI spanning two départements in two régions (Finistère, Bretagne and
 * Loire-Atlantique, Pays de la Loire), a commune whose only parent is that EPCI, and items
 * tagged with them and with Brest Métropole.
 */
function testFeed(): Feed {
  const input = smallFeed();
  (input.territories as unknown as Array<Record<string, unknown>>).push(
    {
      id: 'epci:200099999',
      kind: 'epci',
      name: 'Communauté de communes des Deux Rives (exemple)',
      parents: ['departement:29', 'departement:44'],
    },
    {
      id: 'commune:44999',
      kind: 'commune',
      name: 'Rive-Sud (exemple)',
      parents: ['epci:200099999'],
    },
  );
  input.initiatives.push(
    {
      id: 'test/deux-rives',
      title: 'Bus des deux rives (exemple)',
      network: 'cis',
      territories: ['epci:200099999'],
      themes: ['mobilites-durables'],
      example: true,
    },
    {
      id: 'test/rive-sud',
      title: 'Jardin partagé (exemple)',
      network: 'ess-france',
      territories: ['commune:44999'],
      themes: ['biodiversite'],
      example: true,
    },
    {
      id: 'test/brest-metropole',
      title: 'Plateforme de covoiturage (exemple)',
      network: 'cis',
      territories: ['epci:242900314'],
      themes: ['mobilites-durables'],
      example: true,
    },
  );
  const { feed, problems } = parseFeed(input);
  expect(problems).to.deep.equal([]);
  return feed!;
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
const sorted = (items: ReadonlyArray<{ id: string }>) => ids(items).sort();
const at = (iso: string) => Date.parse(iso);

describe('queries', () => {
  let index: FeedIndex;

  beforeEach(() => {
    index = getFeedIndex(testFeed());
  });

  describe('territory hierarchy', () => {
    it('commune in EPCI in département in région: each level finds the commune’s items', () => {
      const brest = 'cis/recyclerie-brest';
      for (const scope of ['commune:29019', 'epci:242900314', 'departement:29', 'region:53']) {
        expect(ids(index.filterInitiatives({ territory: scope })), scope).to.include(brest);
      }
      expect(ids(index.filterInitiatives({ territory: 'departement:35' }))).to.not.include(brest);
      expect(ids(index.filterInitiatives({ territory: 'region:84' }))).to.not.include(brest);
    });

    it('a département finds the items of its communes and EPCI, not the région’s own', () => {
      expect(sorted(index.filterInitiatives({ territory: 'departement:29' }))).to.deep.equal([
        'cis/ecole-numerique-sein',
        'cis/recyclerie-brest',
        'test/brest-metropole',
        'test/deux-rives',
        'test/rive-sud',
      ]);
    });

    it('an item tagged with an EPCI is not found from one of its communes', () => {
      expect(ids(index.filterInitiatives({ territory: 'commune:29019' }))).to.deep.equal([
        'cis/recyclerie-brest',
      ]);
    });

    it('a région finds everything below it, and its own items', () => {
      expect(sorted(index.filterInitiatives({ territory: 'region:53' }))).to.deep.equal([
        'cis/bretagne-energie',
        'cis/ecole-numerique-sein',
        'cis/recyclerie-brest',
        'test/brest-metropole',
        'test/deux-rives',
        'test/rive-sud',
        'tiers-lieux/fablab-rennes',
      ]);
    });

    it('an EPCI spanning two départements is found from both, and from both régions', () => {
      for (const scope of ['departement:29', 'departement:44', 'region:53', 'region:52']) {
        const found = ids(index.filterInitiatives({ territory: scope }));
        expect(found, scope).to.include('test/deux-rives');
        // Its commune, whose only parent is the EPCI, follows it.
        expect(found, scope).to.include('test/rive-sud');
      }
      expect(ids(index.filterInitiatives({ territory: 'departement:35' }))).to.not.include(
        'test/deux-rives',
      );
      expect(ids(index.regionsOf('commune:44999')).sort()).to.deep.equal([
        'region:52',
        'region:53',
      ]);
    });

    it('a commune in no EPCI (Île-de-Sein) is found from its département and région', () => {
      const sein = 'cis/ecole-numerique-sein';
      expect(index.territories.get('commune:29083')!.parents).to.deep.equal(['departement:29']);
      for (const scope of ['commune:29083', 'departement:29', 'region:53']) {
        expect(ids(index.filterInitiatives({ territory: scope })), scope).to.include(sein);
      }
      expect(ids(index.filterInitiatives({ territory: 'epci:242900314' }))).to.not.include(sein);
    });

    it('a metropolis tagged as an EPCI is found from its département (Lyon)', () => {
      expect(ids(index.filterInitiatives({ territory: 'departement:69' }))).to.deep.equal([
        'cis/velo-lyon',
      ]);
      expect(ids(index.filterInitiatives({ territory: 'region:84' }))).to.deep.equal([
        'cis/velo-lyon',
      ]);
    });

    it('isWithin, and an unknown territory finds nothing', () => {
      expect(index.isWithin('commune:29019', 'region:53')).to.equal(true);
      expect(index.isWithin('commune:29019', 'commune:29019')).to.equal(true);
      expect(index.isWithin('region:53', 'commune:29019')).to.equal(false);
      expect(index.filterInitiatives({ territory: 'departement:00' })).to.deep.equal([]);
    });

    it('survives a cycle in the parents', () => {
      const feed = testFeed();
      feed.territories.push(
        { id: 'crte:a', kind: 'crte', name: 'A', parents: ['crte:b'] },
        { id: 'crte:b', kind: 'crte', name: 'B', parents: ['crte:a', 'departement:29'] },
      );
      const cyclic = getFeedIndex(feed);
      expect([...cyclic.ancestors('crte:a')].sort()).to.deep.equal([
        'crte:a',
        'crte:b',
        'departement:29',
        'region:53',
      ]);
      expect(cyclic.isWithin('crte:a', 'region:53')).to.equal(true);
    });

    it('regionsOf', () => {
      expect(ids(index.regionsOf('commune:29019'))).to.deep.equal(['region:53']);
      expect(ids(index.regionsOf('epci:200046977'))).to.deep.equal(['region:84']);
      expect(ids(index.regionsOf('region:53'))).to.deep.equal(['region:53']);
      expect(index.regionsOf('commune:00000')).to.deep.equal([]);
    });

    it('events: by their territories and by their location', () => {
      const feed = testFeed();
      feed.events.push({
        id: 'test/lieu',
        title: { fr: 'Atelier (exemple)' },
        network: 'cis',
        start: '2026-12-12T10:00:00+01:00',
        end: '2026-12-12T12:00:00+01:00',
        location: { name: 'Mairie', territory: 'commune:29083' },
      });
      const events = getFeedIndex(feed);
      expect(ids(events.filterEvents({ territory: 'region:53' }))).to.deep.equal([
        'tiers-lieux/rencontre-rennes',
        'test/lieu',
      ]);
    });
  });

  describe('territory index', () => {
    /**
     * The test feed plus the awkward cases: a commune in two EPCI, items in Paris, Lyon and
     * La Réunion (overseas), an item tagged with a territory the feed does not define, an item
     * tagged twice within the same département, and one with no territory the map can place.
     */
    function awkwardFeed(): Feed {
      const feed = testFeed();
      feed.territories.push(
        {
          id: 'epci:200088888',
          kind: 'epci',
          name: 'EPCI B (exemple)',
          parents: ['departement:29'],
        },
        {
          id: 'commune:29888',
          kind: 'commune',
          name: 'Deux-EPCI (exemple)',
          parents: ['epci:242900314', 'epci:200088888'],
        },
        { id: 'crte:loin', kind: 'crte', name: 'CRTE sans parent (exemple)', parents: [] },
      );
      const item = (id: string, territories: string[]) => ({
        id,
        title: { fr: id },
        network: 'cis',
        themes: ['biodiversite'],
        territories,
      });
      feed.initiatives.push(
        item('test/deux-epci', ['commune:29888']),
        item('test/paris', ['commune:75056']),
        item('test/lyon-marseille', ['commune:69123', 'commune:13055']),
        item('test/reunion', ['commune:97411']),
        item('test/inconnu', ['commune:99999']),
        item('test/deux-fois', ['commune:29019', 'epci:242900314', 'departement:29']),
        item('test/hors-carte', ['crte:loin']),
      );
      return feed;
    }

    it('finds, for every territory and unknown ids, the items the plain filter finds, in feed order', () => {
      const feed = awkwardFeed();
      const awkward = getFeedIndex(feed);
      const scopes = [
        ...feed.territories.map((t) => t.id),
        'commune:99999',
        'region:99',
        'departement:00',
      ];
      for (const scope of scopes) {
        const plain = feed.initiatives.filter((i) =>
          i.territories.some((id) => awkward.isWithin(id, scope)),
        );
        expect(ids(awkward.initiativesWithin(scope)), scope).to.deep.equal(ids(plain));
        expect(sorted(awkward.initiativesWithin(scope)), scope).to.deep.equal(
          sorted(awkward.filterInitiatives({ territory: scope })),
        );
      }
      // The awkward cases, by name.
      expect(ids(awkward.initiativesWithin('epci:200088888'))).to.deep.equal(['test/deux-epci']);
      expect(ids(awkward.initiativesWithin('epci:242900314'))).to.include('test/deux-epci');
      expect(ids(awkward.initiativesWithin('region:11'))).to.deep.equal(['test/paris']);
      expect(ids(awkward.initiativesWithin('region:84'))).to.include('test/lyon-marseille');
      expect(ids(awkward.initiativesWithin('region:93'))).to.include('test/lyon-marseille');
      expect(ids(awkward.initiativesWithin('departement:974'))).to.include('test/reunion');
      expect(ids(awkward.initiativesWithin('commune:99999'))).to.deep.equal(['test/inconnu']);
      expect(awkward.initiativesWithin('region:99')).to.deep.equal([]);
      // An item tagged at three levels of one place is listed once.
      const inFinistere = ids(awkward.initiativesWithin('departement:29'));
      expect(inFinistere.filter((id) => id === 'test/deux-fois')).to.have.length(1);
    });

    it('counts per région and département as placesOf does, the unplaced apart', () => {
      const feed = awkwardFeed();
      const awkward = getFeedIndex(feed);
      for (const level of ['region', 'departement'] as const) {
        const { counts, outside } = countsByPlacesOf(awkward, feed.initiatives, level);
        const fromIndex = awkward.countByPlace(level);
        const fromItems = awkward.countByPlace(level, feed.initiatives);
        expect(Object.fromEntries(fromIndex.counts), level).to.deep.equal(counts);
        expect(fromIndex.outside, level).to.equal(outside);
        expect(Object.fromEntries(fromItems.counts), level).to.deep.equal(counts);
        expect(fromItems.outside, level).to.equal(outside);
      }
      // Unknown and unplaced territories are counted apart, never in an area.
      expect(awkward.countByPlace('departement').outside).to.be.at.least(2);
      // Over some items only.
      const some = feed.initiatives.filter((i) => i.id.startsWith('test/'));
      const partial = awkward.countByPlace('region', some);
      expect(partial.counts.get('region:11')).to.equal(1);
      expect(partial.counts.get('region:84')).to.equal(1);
    });
  });

  describe('themes and networks', () => {
    it('a theme id finds the items with that theme', () => {
      expect(sorted(index.filterInitiatives({ theme: 'economie-circulaire' }))).to.deep.equal([
        'cis/recyclerie-brest',
        'tiers-lieux/fablab-rennes',
      ]);
    });

    it('a transition finds the items of all its themes', () => {
      expect(sorted(index.filterInitiatives({ theme: 'ecologique' }))).to.deep.equal([
        'cis/bretagne-energie',
        'cis/velo-lyon',
        'test/brest-metropole',
        'test/deux-rives',
        'test/rive-sud',
      ]);
      expect(sorted(index.filterInitiatives({ theme: 'modes-de-vie' }))).to.deep.equal([
        'cis/ecole-numerique-sein',
        'ess/ajaccio-sante',
      ]);
      expect(index.filterInitiatives({ theme: 'no-such-theme' })).to.deep.equal([]);
    });

    it('a network', () => {
      expect(sorted(index.filterInitiatives({ network: 'ess-france' }))).to.deep.equal([
        'ess/ajaccio-sante',
        'ess/cantine-reunion',
        'test/rive-sud',
      ]);
    });

    it('filters combine (AND)', () => {
      expect(
        ids(
          index.filterInitiatives({ territory: 'region:53', theme: 'ecologique', network: 'cis' }),
        ).sort(),
      ).to.deep.equal(['cis/bretagne-energie', 'test/brest-metropole', 'test/deux-rives']);
      expect(
        index.filterInitiatives({ territory: 'region:53', network: 'territoires-zero-chomeur' }),
      ).to.deep.equal([]);
    });

    it('an empty filter returns everything', () => {
      expect(index.filterInitiatives()).to.have.length(testFeed().initiatives.length);
      expect(
        index.filterInitiatives({ territory: '', theme: '', network: '', query: '  ' }),
      ).to.have.length(testFeed().initiatives.length);
    });
  });

  describe('text search', () => {
    it('is case- and accent-insensitive: "ecole" finds "École" (and "Vélo-école")', () => {
      for (const query of ['ecole', 'École', 'ÉCOLE', 'eCoLe']) {
        expect(sorted(index.filterInitiatives({ query })), query).to.deep.equal([
          'cis/ecole-numerique-sein',
          'cis/velo-lyon',
        ]);
      }
    });

    it('"ILE" finds the item of Île-de-Sein (by its territory name)', () => {
      expect(ids(index.filterInitiatives({ query: 'ILE' }))).to.deep.equal([
        'cis/ecole-numerique-sein',
      ]);
    });

    it('every word must match', () => {
      expect(ids(index.filterInitiatives({ query: 'école numérique' }))).to.deep.equal([
        'cis/ecole-numerique-sein',
      ]);
      expect(ids(index.filterInitiatives({ query: 'velo ecole' }))).to.deep.equal([
        'cis/velo-lyon',
      ]);
      expect(ids(index.filterInitiatives({ query: '  ecole   lyon ' }))).to.deep.equal([
        'cis/velo-lyon',
      ]);
      expect(index.filterInitiatives({ query: 'ecole brest' })).to.deep.equal([]);
    });

    it('searches summaries, carriers, networks and English text; apostrophes and ligatures', () => {
      expect(ids(index.filterInitiatives({ query: "d'inclusion" }))).to.deep.equal([
        'cis/ecole-numerique-sein',
      ]);
      expect(ids(index.filterInitiatives({ query: 'association exemple' }))).to.deep.equal([
        'cis/recyclerie-brest',
      ]);
      expect(sorted(index.filterInitiatives({ query: 'tiers-lieux' }))).to.deep.equal([
        'tiers-lieux/fablab-rennes',
      ]);
      expect(ids(index.filterInitiatives({ query: 'neighbourhood' }))).to.deep.equal([
        'tiers-lieux/fablab-rennes',
      ]);
      expect(normalizeText('  Œuvre   ÉCOLE’s  ')).to.equal("oeuvre ecole's");
      expect(normalizeText('Saint-Denis – Île‐de‐France')).to.equal('saint denis ile de france');
    });

    it('a hyphen in the name matches a space in the query ("saint denis")', () => {
      expect(ids(index.filterInitiatives({ query: 'saint denis' }))).to.deep.equal([
        'ess/cantine-reunion',
      ]);
      expect(ids(index.searchTerritories('saint denis'))).to.deep.equal(['commune:97411']);
    });

    it('finds events too', () => {
      expect(ids(index.filterEvents({ query: 'TIERS LIEUX rencontre' }))).to.deep.equal([
        'tiers-lieux/rencontre-rennes',
      ]);
      expect(ids(index.filterEvents({ query: 'crte' }))).to.deep.equal([
        'cis/webinaire-coconstruction',
      ]);
    });
  });

  describe('events by date', () => {
    it('keeps events overlapping [from, to), earliest first', () => {
      const found = index.filterEvents({
        from: at('2026-12-04T00:00:00+01:00'),
        to: at('2026-12-09T00:00:00+01:00'),
      });
      expect(ids(found)).to.deep.equal(['ess/reunion-marche', 'cis/webinaire-coconstruction']);
    });

    it('an event still running at `from` is kept; one starting at `to` is not', () => {
      expect(
        ids(index.filterEvents({ from: new Date('2026-12-11T12:00:00+01:00') })),
      ).to.deep.equal(['tzc/forum-figeac']);
      expect(
        ids(
          index.filterEvents({
            to: at('2026-12-03T18:00:00+01:00'),
            from: at('2026-11-01T00:00:00Z'),
          }),
        ),
      ).to.deep.equal([]);
    });

    it('upcomingEvents leaves out past and cancelled events', () => {
      const upcoming = upcomingEvents(index.feed, at('2026-12-04T00:00:00+01:00'));
      expect(ids(upcoming)).to.deep.equal(['cis/webinaire-coconstruction', 'tzc/forum-figeac']);
      expect(
        ids(upcomingEvents(index.feed, at('2026-12-04T00:00:00+01:00'), { network: 'cis' })),
      ).to.deep.equal(['cis/webinaire-coconstruction']);
    });
  });

  describe('facets and counts', () => {
    it('counts themes, transitions (once per item), networks and territory kinds', () => {
      const facets = index.facets(smallFeedIndex().feed.initiatives);
      expect(Object.fromEntries(facets.transitions)).to.deep.equal({
        economique: 4,
        'modes-de-vie': 2,
        ecologique: 2,
      });
      expect(Object.fromEntries(facets.networks)).to.deep.equal({
        cis: 4,
        'tiers-lieux': 1,
        'territoires-zero-chomeur': 1,
        'ess-france': 2,
      });
      expect(facets.themes.get('economie-circulaire')).to.equal(2);
      expect(facets.themes.get('metiers-competences')).to.equal(2);
      expect(facets.themes.get('sante')).to.equal(1);
      expect(facets.themes.has('biodiversite')).to.equal(false);
      expect(Object.fromEntries(facets.territoryKinds)).to.deep.equal({
        commune: 6,
        epci: 1,
        region: 1,
      });
    });

    it('counts only the items given (facets of a filtered list)', () => {
      const facets = index.facets(index.filterInitiatives({ territory: 'departement:29' }));
      expect(Object.fromEntries(facets.networks)).to.deep.equal({ cis: 4, 'ess-france': 1 });
      expect(Object.fromEntries(facets.territoryKinds)).to.deep.equal({ commune: 3, epci: 2 });
    });

    it('joinedTerritories: newest first, by territory and by network', () => {
      expect(ids(index.joinedTerritories())).to.deep.equal([
        'commune:46102',
        'commune:29083',
        'commune:97411',
        'epci:200046977',
        'commune:35238',
        'commune:29019',
      ]);
      expect(ids(index.joinedTerritories({ territory: 'region:53' }))).to.deep.equal([
        'commune:29083',
        'commune:35238',
        'commune:29019',
      ]);
      expect(ids(index.joinedTerritories({ network: 'tiers-lieux' }))).to.deep.equal([
        'commune:29083',
        'commune:35238',
      ]);
      expect(
        ids(index.joinedTerritories({ territory: 'departement:29', network: 'cis' })),
      ).to.deep.equal(['commune:29019']);
      expect(ids(index.joinedTerritories({ territory: 'departement:69' }))).to.deep.equal([
        'epci:200046977',
      ]);
      expect(index.joinedTerritories({ network: 'nobody' })).to.deep.equal([]);
    });
  });

  describe('searchTerritories', () => {
    it('is accent-insensitive, names starting with the query first', () => {
      expect(ids(index.searchTerritories('ile'))).to.deep.equal([
        'region:11',
        'commune:29083',
        'commune:85113',
      ]);
      expect(ids(index.searchTerritories('ÎLE'))).to.deep.equal(
        ids(index.searchTerritories('ile')),
      );
      expect(ids(index.searchTerritories('finistere'))).to.deep.equal(['departement:29']);
    });

    it('finds a territory by its code, honours the limit, ignores an empty query', () => {
      expect(ids(index.searchTerritories('29019'))).to.deep.equal(['commune:29019']);
      expect(index.searchTerritories('e', 3)).to.have.length(3);
      expect(index.searchTerritories('   ')).to.deep.equal([]);
    });
  });

  describe('sorting', () => {
    it('recent: newest update first, undated last', () => {
      const feed = smallFeedIndex().feed;
      expect(ids(getFeedIndex(feed).filterInitiatives({}, 'recent'))).to.deep.equal([
        'tiers-lieux/fablab-rennes',
        'tzc/figeac-emploi',
        'cis/recyclerie-brest',
        'cis/ecole-numerique-sein',
        'cis/velo-lyon',
        'ess/cantine-reunion',
        'ess/ajaccio-sante',
        'cis/bretagne-energie',
      ]);
    });

    it('alpha: French order of the titles (É with E)', () => {
      const feed = smallFeedIndex().feed;
      expect(ids(getFeedIndex(feed).filterInitiatives({}, 'alpha'))).to.deep.equal([
        'ess/cantine-reunion',
        'cis/bretagne-energie',
        'cis/ecole-numerique-sein',
        'tzc/figeac-emploi',
        'tiers-lieux/fablab-rennes',
        'ess/ajaccio-sante',
        'cis/recyclerie-brest',
        'cis/velo-lyon',
      ]);
    });

    it('does not reorder the feed itself', () => {
      const before = ids(index.feed.initiatives);
      index.filterInitiatives({}, 'alpha');
      expect(ids(index.feed.initiatives)).to.deep.equal(before);
    });
  });

  it('getFeedIndex builds one index per feed object', () => {
    const feed = testFeed();
    expect(getFeedIndex(feed)).to.equal(getFeedIndex(feed));
    expect(getFeedIndex(testFeed())).to.not.equal(getFeedIndex(feed));
  });
});

function smallFeedIndex(): FeedIndex {
  return getFeedIndex(parseFeed(smallFeed()).feed!);
}
