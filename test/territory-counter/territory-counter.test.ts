import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/feed/define.js';
import '../../src/territory-counter/define.js';
import type { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import {
  NOW,
  digits,
  feedWithJoined,
  loaded,
  norm,
  rawInitiatives,
  rawJoined,
  rawUpcoming,
  shadow,
  status,
  statusText,
  liveText,
  visibleText,
} from './helpers.js';

let network: MockNetwork;

function serve(feed: unknown = smallFeed()) {
  network = mockNetwork({ '/feed.json': jsonResponse(feed) });
}

beforeEach(() => {
  resetFeedClient({ retries: 0 });
});
afterEach(() => {
  network?.restore();
});

const counter = (attrs: Partial<Record<'metric' | 'territory' | 'network', string>> = {}) => html`
  <tis-territory-counter
    src="/feed.json"
    no-animation
    lang="fr"
    .now=${NOW}
    metric=${attrs.metric ?? 'territories'}
    territory=${attrs.territory ?? ''}
    network=${attrs.network ?? ''}
  ></tis-territory-counter>
`;

describe('<tis-territory-counter> counts', () => {
  const feed = smallFeed();
  const cases: Array<{
    metric: string;
    territory?: string;
    network?: string;
    expected: () => number;
  }> = [
    { metric: 'territories', expected: () => rawJoined(feed).length },
    {
      metric: 'territories',
      territory: 'region:53',
      expected: () => rawJoined(feed, 'region:53').length,
    },
    {
      metric: 'territories',
      territory: 'departement:29',
      expected: () => rawJoined(feed, 'departement:29').length,
    },
    {
      metric: 'territories',
      network: 'cis',
      expected: () => rawJoined(feed, undefined, 'cis').length,
    },
    {
      metric: 'territories',
      territory: 'region:53',
      network: 'tiers-lieux',
      expected: () => rawJoined(feed, 'region:53', 'tiers-lieux').length,
    },
    { metric: 'initiatives', expected: () => rawInitiatives(feed).length },
    {
      metric: 'initiatives',
      territory: 'departement:29',
      expected: () => rawInitiatives(feed, 'departement:29').length,
    },
    {
      metric: 'initiatives',
      territory: 'region:53',
      expected: () => rawInitiatives(feed, 'region:53').length,
    },
    {
      metric: 'initiatives',
      network: 'cis',
      expected: () => rawInitiatives(feed, undefined, 'cis').length,
    },
    { metric: 'events', expected: () => rawUpcoming(feed, NOW).length },
    {
      metric: 'events',
      territory: 'commune:35238',
      expected: () => rawUpcoming(feed, NOW, 'commune:35238').length,
    },
    {
      metric: 'events',
      network: 'cis',
      expected: () => rawUpcoming(feed, NOW, undefined, 'cis').length,
    },
    { metric: 'networks', expected: () => feed.networks.length },
    {
      metric: 'networks',
      territory: 'region:53',
      // Networks active in Bretagne: that brought a territory, an initiative or an event there.
      expected: () =>
        new Set([
          ...rawJoined(feed, 'region:53').flatMap(
            (t) => (t as { networks?: string[] }).networks ?? [],
          ),
          ...rawInitiatives(feed, 'region:53').map((i) => i.network),
          ...rawUpcoming(feed, 0, 'region:53').map((e) => e.network),
        ]).size,
    },
    { metric: 'networks', network: 'cis', expected: () => 1 },
  ];

  for (const c of cases) {
    const title = `${c.metric}${c.territory ? ` in ${c.territory}` : ''}${c.network ? ` by ${c.network}` : ''}`;
    it(`counts ${title}`, async () => {
      serve();
      const el = await loaded<TisTerritoryCounter>(counter(c));
      const expected = c.expected();
      expect(expected, 'the fixture should make this case meaningful').to.be.greaterThan(0);
      expect(el.value).to.equal(expected);
      expect(digits(el)).to.equal(String(expected));
    });
  }

  it('sanity: the fixture numbers used below', () => {
    expect(rawJoined(feed).length).to.equal(6);
    expect(rawJoined(feed, 'region:53').length).to.equal(3);
    expect(rawUpcoming(feed, NOW).length).to.equal(3);
  });
});

describe('<tis-territory-counter> text and formatting', () => {
  it('says "6 territoires engagés sur 1 000" in French, with Intl grouping', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(statusText(el)).to.equal('6 territoires engagés sur 1 000.');
    expect(visibleText(el, '.label')).to.equal('territoires engagés sur 1 000');
    // fr-FR groups thousands with a narrow no-break space.
    expect(shadow(el).querySelector('.goal')!.textContent).to.include('1\u202f000');
  });

  it('says "6 territories joined out of 1,000" in English', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="en"
        .now=${NOW}
      ></tis-territory-counter>
    `);
    expect(statusText(el)).to.equal('6 territories joined out of 1,000.');
  });

  it('follows the closest [lang] ancestor', async () => {
    serve();
    const root = await loaded<HTMLElement>(html`
      <div lang="en-GB">
        <tis-territory-counter src="/feed.json" no-animation .now=${NOW}></tis-territory-counter>
      </div>
    `);
    const el = root.querySelector('tis-territory-counter')!;
    expect(statusText(el)).to.match(/^6 territories joined/);
  });

  it('formats counts above 1,000 in both languages and reports the goal reached', async () => {
    serve(feedWithJoined(1234));
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(digits(el)).to.equal('1\u202f234');
    expect(statusText(el)).to.equal('1 234 territoires engagés sur 1 000.');
    expect(visibleText(el, '.next')).to.match(/^Objectif atteint/);
    const bar = shadow(el).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('1000');
    el.lang = 'en';
    await el.updateComplete;
    expect(digits(el)).to.equal('1,234');
    expect(statusText(el)).to.equal('1,234 territories joined out of 1,000.');
  });

  it('uses the singular for one territory, in French and English', async () => {
    serve(feedWithJoined(1));
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(statusText(el)).to.equal('1 territoire engagé sur 1 000.');
    el.lang = 'en';
    await el.updateComplete;
    expect(statusText(el)).to.equal('1 territory joined out of 1,000.');
  });

  it('invites the first territory when none has joined', async () => {
    serve(feedWithJoined(0));
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(el.value).to.equal(0);
    expect(visibleText(el, '.zero')).to.equal('Soyez le premier territoire engagé');
    expect(statusText(el)).to.include('Aucun territoire engagé');
    const cta = shadow(el).querySelector<HTMLAnchorElement>('a.cta')!;
    expect(cta.href).to.equal('https://example.org/1000territoires/rejoindre');
    expect(norm(cta.textContent)).to.equal('Engager mon territoire');
    expect(shadow(el).querySelector('.freshness')).to.equal(null);
    el.lang = 'en';
    await el.updateComplete;
    expect(visibleText(el, '.zero')).to.equal('Be the first territory to join');
  });

  it('shows the latest territory to join with a relative time', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(visibleText(el, '.freshness')).to.equal(
      'Dernier territoire engagé : Figeac, il y a 3 jours',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(visibleText(el, '.freshness')).to.equal('Latest territory to join: Figeac, 3 days ago');
  });

  it('shows the next event for the events metric', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter({ metric: 'events' }));
    expect(statusText(el)).to.equal('3 événements à venir.');
    expect(visibleText(el, '.freshness')).to.match(
      /^Prochain événement : Rencontre des tiers-lieux \(exemple\), dans 5 jours$/,
    );
    // No goal and no progress bar outside the territories metric.
    expect(shadow(el).querySelector('[role="progressbar"]')).to.equal(null);
  });

  it('names the restriction and drops the campaign goal', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(
      counter({ territory: 'region:53', network: 'cis' }),
    );
    expect(statusText(el)).to.equal(
      '2 territoires engagés. Territoire : Bretagne. Réseau : Carrefour des innovations sociales.',
    );
    expect(visibleText(el, '.scope')).to.equal(
      'Territoire : Bretagne · Réseau : Carrefour des innovations sociales',
    );
    expect(shadow(el).querySelector('[role="progressbar"]')).to.equal(null);
  });

  it('hides parts on request', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        .now=${NOW}
        hide-goal
        hide-freshness
        hide-caption
      ></tis-territory-counter>
    `);
    expect(statusText(el)).to.equal('6 territoires engagés.');
    expect(shadow(el).querySelector('[role="progressbar"]')).to.equal(null);
    expect(shadow(el).querySelector('.freshness')).to.equal(null);
    expect(shadow(el).querySelector('.caption')).to.equal(null);
  });
});

describe('<tis-territory-counter> progress and milestones', () => {
  it('exposes value, maximum and a name on the progress bar', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter());
    const bar = shadow(el).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Progression vers l’objectif');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('1000');
    expect(bar.getAttribute('aria-valuenow')).to.equal('6');
    expect(norm(bar.getAttribute('aria-valuetext'))).to.equal('6 sur 1 000 (0,6 %)');
    expect(visibleText(el, '.next')).to.equal('Prochain palier : 250, encore 244');
  });

  it('labels the campaign milestones', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter());
    const labels = [...shadow(el).querySelectorAll('.milestone [aria-hidden="true"]')].map((n) =>
      norm(n.textContent),
    );
    expect(labels).to.deep.equal(['250', '500', '750', '1 000']);
  });

  it('fills the bar from the left, under its milestones, on a right-to-left page too', async () => {
    serve();
    // The interface speaks French or English, left to right whatever the page's direction.
    for (const dir of ['ltr', 'rtl']) {
      const root = await loaded<HTMLElement>(
        html`<div dir=${dir} style="width: 600px">
          <tis-territory-counter
            src="/feed.json"
            lang="fr"
            no-animation
            .now=${NOW}
          ></tis-territory-counter>
        </div>`,
      );
      const el = root.querySelector('tis-territory-counter')! as TisTerritoryCounter;
      const track = shadow(el).querySelector('.track')!.getBoundingClientRect();
      const fill = shadow(el).querySelector('.fill')!.getBoundingClientRect();
      // 6 of 1,000: the fill (slid out of the track, which clips it) ends a sliver after the
      // track's left edge.
      expect(fill.right - track.left, dir).to.be.closeTo(track.width * 0.006, 1);
      const first = shadow(el).querySelector('.milestone')!.getBoundingClientRect();
      expect(first.left + first.width / 2 - track.left, dir).to.be.closeTo(track.width * 0.25, 2);
    }
  });

  it('scales the default milestones to a custom goal', async () => {
    const feed = smallFeed();
    (feed.campaign as { milestones?: number[] }).milestones = undefined;
    serve(feed);
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        goal="20"
      ></tis-territory-counter>
    `);
    const labels = [...shadow(el).querySelectorAll('.milestone [aria-hidden="true"]')].map((n) =>
      norm(n.textContent),
    );
    expect(labels).to.deep.equal(['5', '10', '15', '20']);
    expect(labels.length).to.equal(4);
    const reached = shadow(el).querySelectorAll('.milestone.reached');
    expect(reached.length).to.equal(1);
    expect(norm(reached[0]!.textContent)).to.include('(atteint)');
  });
});

describe('<tis-territory-counter> breakdown', () => {
  it('lists the territories by région, largest first, as text', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        breakdown="region"
      ></tis-territory-counter>
    `);
    const section = shadow(el).querySelector('section.breakdown')!;
    expect(norm(section.querySelector('[role="heading"]')!.textContent)).to.equal(
      'Répartition par région',
    );
    expect(section.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const rows = [...section.querySelectorAll('li .visually-hidden')].map((n) =>
      norm(n.textContent),
    );
    expect(rows[0]).to.equal('Bretagne : 3');
    expect(rows.slice(1)).to.have.members([
      'Auvergne-Rhône-Alpes : 1',
      'La Réunion : 1',
      'Occitanie : 1',
    ]);
  });

  it('breaks down by kind of territory', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        breakdown="kind"
      ></tis-territory-counter>
    `);
    const rows = [...shadow(el).querySelectorAll('.rows li .visually-hidden')].map((n) =>
      norm(n.textContent),
    );
    expect(rows).to.deep.equal(['Communes : 5', 'Intercommunalités : 1']);
  });

  it('breaks initiatives of a région down by département', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        metric="initiatives"
        territory="region:53"
        breakdown="departement"
      ></tis-territory-counter>
    `);
    const rows = [...shadow(el).querySelectorAll('.rows li .visually-hidden')].map((n) =>
      norm(n.textContent),
    );
    // The région-wide initiative has no département: it is listed last, as not located.
    expect(rows).to.deep.equal(['Finistère : 2', 'Ille-et-Vilaine : 1', 'Non localisé : 1']);
  });

  it('stays quiet on load far off-screen; speaks once it is seen', async () => {
    serve();
    const root = await loaded<HTMLDivElement>(html`
      <div>
        <div style="height: 300vh"></div>
        <tis-territory-counter src="/feed.json" no-animation lang="fr"></tis-territory-counter>
      </div>
    `);
    const el = root.querySelector('tis-territory-counter')!;
    await aTimeout(100);
    await el.updateComplete;
    expect(liveText(el), 'nothing said for a counter out of sight').to.equal('');
    expect(statusText(el)).to.equal('6 territoires engagés sur 1 000.');
    el.scrollIntoView();
    await waitUntil(() => liveText(el) !== '', 'said once in view', { timeout: 2000 });
    expect(liveText(el)).to.equal('6 territoires engagés sur 1 000.');
    // Said in the live region, the sentence is hidden: read once, not twice.
    expect(shadow(el).querySelector('.sentence')!.getAttribute('aria-hidden')).to.equal('true');
    window.scrollTo(0, 0);
  });

  it('puts the breakdown heading at heading-level', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        breakdown="region"
        heading-level="5"
      ></tis-territory-counter>
    `);
    const heading = shadow(el).querySelector('.breakdown [role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('5');
    await expect(el).to.be.accessible();
  });
});

describe('<tis-territory-counter> inside <tis-feed>', () => {
  it('follows the shared selection when its own attributes are not set', async () => {
    serve();
    const root = await loaded<HTMLElement>(html`
      <tis-feed src="/feed.json" territory="region:53">
        <tis-territory-counter no-animation lang="fr"></tis-territory-counter>
      </tis-feed>
    `);
    const el = root.querySelector('tis-territory-counter')!;
    expect(el.value).to.equal(3);
    (root as HTMLElementTagNameMap['tis-feed']).territory = 'departement:29';
    await waitUntil(() => el.value === 2);
    expect(network.count('/feed.json')).to.equal(1);
  });

  it('prefers its own territory attribute', async () => {
    serve();
    const root = await loaded<HTMLElement>(html`
      <tis-feed src="/feed.json" territory="region:53">
        <tis-territory-counter
          no-animation
          lang="fr"
          territory="commune:46102"
        ></tis-territory-counter>
      </tis-feed>
    `);
    expect(root.querySelector('tis-territory-counter')!.value).to.equal(1);
  });
});

describe('<tis-territory-counter> states', () => {
  it('shows the fallback slot while loading, then the count, and fires tis-load once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    network = mockNetwork({ '/feed.json': async () => (await gate, jsonResponse(smallFeed())) });
    const el = await fixture<TisTerritoryCounter>(html`
      <tis-territory-counter src="/feed.json" no-animation lang="fr"
        ><a href="https://example.org">Campagne</a></tis-territory-counter
      >
    `);
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Campagne');
    expect(statusText(el)).to.equal('');
    await expect(el).to.be.accessible();
    let loads = 0;
    el.addEventListener('tis-load', () => loads++);
    const event = oneEvent(el, 'tis-load');
    release();
    await event;
    expect(el.value).to.equal(6);
    expect(shadow(el).querySelector('slot')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.equal(1);
  });

  it('shows a default loading message when there is no fallback content', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    network = mockNetwork({ '/feed.json': async () => (await gate, jsonResponse(smallFeed())) });
    const el = await fixture<TisTerritoryCounter>(
      html`<tis-territory-counter src="/feed.json" lang="fr"></tis-territory-counter>`,
    );
    expect(visibleText(el, '.fallback-text')).to.equal('Chargement…');
    release();
    await waitUntil(() => el.value !== undefined);
  });

  it('on error: announces it, keeps the fallback, fires tis-error and retries', async () => {
    network = mockNetwork({});
    const el = await fixture<TisTerritoryCounter>(html`
      <tis-territory-counter src="/feed.json" lang="fr"
        ><a href="https://example.org">Campagne</a></tis-territory-counter
      >
    `);
    await oneEvent(el, 'tis-error');
    await el.updateComplete;
    expect(statusText(el)).to.include('Le serveur du flux a répondu par une erreur');
    expect(shadow(el).querySelector('slot')!.assignedElements().length).to.equal(1);
    await expect(el).to.be.accessible();
    network.restore();
    serve();
    shadow(el).querySelector<HTMLButtonElement>('button.retry')!.click();
    await waitUntil(() => el.value === 6);
  });
});

describe('<tis-territory-counter> accessibility', () => {
  it('is accessible when loaded, with breakdown', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        breakdown="region"
        .now=${NOW}
      ></tis-territory-counter>
    `);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(html`
      <tis-territory-counter
        src="/feed.json"
        no-animation
        lang="fr"
        theme="dark"
        breakdown="region"
        .now=${NOW}
      ></tis-territory-counter>
    `);
    await expect(el).to.be.accessible();
  });

  it('is accessible when empty', async () => {
    serve(feedWithJoined(0));
    const el = await loaded<TisTerritoryCounter>(counter());
    await expect(el).to.be.accessible();
  });

  it('hides the moving digits from assistive technologies and keeps one status region', async () => {
    serve();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(shadow(el).querySelector('.headline')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelectorAll('[role="status"], [aria-live]').length).to.equal(1);
    expect(status(el).textContent).to.not.equal('');
  });
});
