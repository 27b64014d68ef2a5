/**
 * `<tis-initiative-feed layout="map">`: counts per département, an area picked by click or by
 * keyboard sets the territory filter (URL hash, `tis-select`, the shared selection), pinned
 * feeds draw their région, a published feed's map needs no shard beyond the index, bad
 * territories are counted apart, accessibility at 320 and 1280 px.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/feed/define.js';
import '../../src/initiative-feed/define.js';
import '../../src/territory-counter/define.js';
import type { TisInitiativeFeed } from '../../src/initiative-feed/initiative-feed.js';
import type { TisFranceMap } from '../../src/map/france-map.js';
import { TisSelectEvent } from '../../src/shared/events.js';
import type { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { rawAncestors } from '../territory-counter/helpers.js';
import { $, countText, titles, whenLoaded } from './helpers.js';

let network: MockNetwork | undefined;
const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<TisInitiativeFeed>(template);
  return whenLoaded(el);
}

async function mapOf(el: Element): Promise<TisFranceMap> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('tis-france-map')?.shadowRoot?.querySelector('.area'),
    'the map never drew',
    { timeout: 4000 },
  );
  const map = el.shadowRoot!.querySelector('tis-france-map')!;
  await map.updateComplete;
  return map;
}

const area = (map: TisFranceMap, id: string) =>
  map.shadowRoot!.querySelector<SVGElement>(`.area[data-id="${id}"]`)!;

/** The fixture's initiatives within a territory, by the raw `parents` lists. */
function rawTitlesWithin(scope: string) {
  const feed = smallFeed();
  return feed.initiatives
    .filter((i) => i.territories.some((id: string) => rawAncestors(feed, id).has(scope)))
    .map((i) => (typeof i.title === 'string' ? i.title : i.title.fr));
}

beforeEach(() => {
  resetFeedClient({ retries: 0 });
});
afterEach(async () => {
  network?.restore();
  network = undefined;
  clearHash();
  await setViewport({ width: 800, height: 600 });
});

describe('<tis-initiative-feed layout="map">', () => {
  beforeEach(() => {
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
  });

  it('counts initiatives per département and filters the list by a clicked one', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" layout="map" sync-url></tis-initiative-feed>`,
    );
    const map = await mapOf(el);
    const finistere = rawTitlesWithin('departement:29');
    expect(finistere.length).to.be.greaterThan(1);
    expect(area(map, 'departement:29').getAttribute('aria-label')).to.equal(
      `Finistère (29), ${finistere.length} initiatives`,
    );
    // The items under the map use the list layout.
    expect($(el, '.list')!.classList.contains('layout-list')).to.equal(true);
    setTimeout(() =>
      area(map, 'departement:29').dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    const event = (await oneEvent(el, TisSelectEvent.eventName)) as TisSelectEvent;
    expect(event.selection.territory).to.equal('departement:29');
    await waitUntil(() => titles(el).length === finistere.length, 'the list was not filtered');
    expect(titles(el)).to.have.members(finistere);
    await map.updateComplete;
    expect(area(map, 'departement:29').getAttribute('aria-pressed')).to.equal('true');
    // The other areas keep their figures (the map is not narrowed by its own pick).
    expect(area(map, 'departement:35').getAttribute('aria-label')).to.match(
      /, [1-9]\d* initiatives?$/,
    );
    expect(new URLSearchParams(location.hash.slice(1)).get('tis-territory')).to.equal(
      'departement:29',
    );
    // The same filter as the picker: it shows as an active filter, removable.
    expect($(el, '.active-filters')!.textContent).to.include('Finistère');
  });

  it('is usable with the keyboard only: Tab to the map, arrows, Enter', async () => {
    const el = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        layout="map"
        controls="none"
      ></tis-initiative-feed>`,
    );
    const map = await mapOf(el);
    // From the level buttons, Tab: one stop for the whole map.
    map.shadowRoot!.querySelector<HTMLButtonElement>('.levels button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = () => map.shadowRoot!.activeElement?.getAttribute('data-id');
    expect(focused()).to.equal('departement:62');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await map.updateComplete;
    await aTimeout(0);
    expect(focused()).to.equal('departement:93');
    await sendKeys({ press: 'Tab' });
    expect(focused() ?? undefined, 'Tab leaves the map').to.equal(undefined);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(), 'the tab stop stays where the visitor left').to.equal('departement:93');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await aTimeout(0);
    expect(focused()).to.equal('departement:27');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await aTimeout(0);
    expect(focused()).to.equal('departement:29');
    await sendKeys({ press: 'Enter' });
    const finistere = rawTitlesWithin('departement:29');
    await waitUntil(() => titles(el).length === finistere.length, 'Enter did not filter');
    expect(focused(), 'focus stays on the map').to.equal('departement:29');
    // Zoomed out: régions.
    const regions = map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.levels button');
    regions[1]!.click();
    await el.updateComplete;
    await map.updateComplete;
    expect(map.level).to.equal('region');
    expect(area(map, 'region:53').getAttribute('aria-label')).to.equal(
      `Bretagne, ${rawTitlesWithin('region:53').length} initiatives`,
    );
    expect(area(map, 'region:53').getAttribute('aria-pressed')).to.equal('true');
  });

  it('shares the pick through <tis-feed>: a counter beside it follows', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<tis-feed src="/feed.json">
        <tis-territory-counter metric="initiatives"></tis-territory-counter>
        <tis-initiative-feed layout="map"></tis-initiative-feed>
      </tis-feed>`,
    );
    const el = wrap.querySelector('tis-initiative-feed')!;
    const counter = wrap.querySelector<TisTerritoryCounter>('tis-territory-counter')!;
    await whenLoaded(el);
    const map = await mapOf(el);
    area(map, 'departement:29').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(
      () => counter.value === rawTitlesWithin('departement:29').length,
      'the counter did not follow the map',
    );
  });

  it('shows the pinned région only', async () => {
    const el = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        layout="map"
        territory="region:53"
      ></tis-initiative-feed>`,
    );
    const map = await mapOf(el);
    expect(map.region).to.equal('region:53');
    expect(map.shadowRoot!.querySelectorAll('.area')).to.have.length(4);
    expect(map.shadowRoot!.querySelector('.levels'), 'no zooming out of a pin').to.equal(null);
  });

  for (const width of [320, 1280])
    it(`is accessible at ${width} px, with an area picked`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mount(
        html`<tis-initiative-feed src="/feed.json" layout="map"></tis-initiative-feed>`,
      );
      const map = await mapOf(el);
      area(map, 'departement:35').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => titles(el).length === rawTitlesWithin('departement:35').length);
      await map.updateComplete;
      await expect(el).to.be.accessible();
      expect(el.scrollWidth).to.be.at.most(width);
    });
});

describe('<tis-initiative-feed layout="map"> with bad input', () => {
  it('counts unknown territories apart and shows the empty map state without any place', async () => {
    const feed = smallFeed();
    for (const item of feed.initiatives) item.territories = ['commune:00000'];
    network = mockNetwork({ '/feed.json': jsonResponse(feed) });
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" layout="map"></tis-initiative-feed>`,
    );
    await waitUntil(() =>
      el.shadowRoot!.querySelector('tis-france-map')?.shadowRoot?.querySelector('.empty-text'),
    );
    const map = el.shadowRoot!.querySelector('tis-france-map')!;
    expect(map.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(map.shadowRoot!.querySelector('.outside')!.textContent).to.match(
      new RegExp(`${feed.initiatives.length}\\s+hors carte`),
    );
    expect(countText(el)).to.equal(`${feed.initiatives.length} initiatives`);
    await expect(el).to.be.accessible();
  });
});

describe('<tis-initiative-feed layout="map"> on a published feed', () => {
  it('takes its counts from the index figures: no initiatives shard beyond the recent page', async () => {
    const names: string[] = await (await fetch('/__published/files.json')).json();
    const routes: Record<string, Response> = {};
    for (const name of names)
      routes[`/pub/${name}`] = jsonResponse(await (await fetch(`/__published/${name}`)).text());
    const index = JSON.parse(await routes['/pub/index.json']!.clone().text());
    network = mockNetwork(routes);
    const el = await mount(
      // A first page within the published `recent` shard (3 items): nothing else to load.
      html`<tis-initiative-feed
        src="/pub/index.json"
        layout="map"
        page-size="2"
      ></tis-initiative-feed>`,
    );
    const map = await mapOf(el);
    for (const [id, count] of Object.entries(
      index.summary.initiatives.byDepartement as Record<string, number>,
    ))
      if (map.shadowRoot!.querySelector(`.area[data-id="${id}"]`))
        expect(area(map, id).getAttribute('aria-label')).to.match(
          new RegExp(`, ${count} initiatives?$`),
        );
    await aTimeout(50);
    const shards = network.requests
      .map((r) => new URL(r.url).pathname)
      .filter((path) => path.startsWith('/pub/initiatives/') && !path.includes('/recent.'));
    expect(shards).to.deep.equal([]);
  });
});
