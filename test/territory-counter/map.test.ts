/**
 * `<tis-territory-counter view="map">`: the map shades the counter's own breakdown, keeps it as
 * the text alternative, meets 3:1 in light and dark, and stays accessible at 320 and 1280 px.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/territory-counter/define.js';
import type { TisFranceMap } from '../../src/map/france-map.js';
import type { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { NOW, loaded, rawAncestors, rawInitiatives, rawJoined, shadow } from './helpers.js';

let network: MockNetwork;

async function mapOf(el: TisTerritoryCounter): Promise<TisFranceMap> {
  await waitUntil(
    () => shadow(el).querySelector('tis-france-map')?.shadowRoot?.querySelector('.area'),
    'the map never drew',
    { timeout: 4000 },
  );
  const map = shadow(el).querySelector('tis-france-map')!;
  await map.updateComplete;
  return map;
}

/** Counts per département straight from the raw fixture, through the `parents` lists. */
function rawByDepartement(items: Array<{ territories: string[] }>) {
  const feed = smallFeed();
  const out = new Map<string, number>();
  for (const item of items) {
    const found = new Set<string>();
    for (const id of item.territories)
      for (const a of rawAncestors(feed, id)) if (a.startsWith('departement:')) found.add(a);
    for (const d of found) out.set(d, (out.get(d) ?? 0) + 1);
  }
  return out;
}

/** sRGB relative luminance of a computed colour (`rgb(…)` or `color(srgb …)`). */
function luminance(colour: string): number {
  const numbers = colour.match(/[\d.]+/g)!.map(Number);
  const [r, g, b] = colour.startsWith('color(') ? numbers : numbers.slice(0, 3).map((v) => v / 255);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('tis-territory-counter view="map"', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(smallFeed()) });
  });
  afterEach(async () => {
    network.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('shades each département by the territories joined there, the breakdown as its text', async () => {
    const el = await loaded(
      html`<tis-territory-counter src="/feed.json" view="map" .now=${NOW}></tis-territory-counter>`,
    );
    const map = await mapOf(el);
    const expected = rawByDepartement(rawJoined(smallFeed()).map((t) => ({ territories: [t.id] })));
    expect(expected.size).to.be.greaterThan(2);
    for (const [id, count] of expected) {
      const area = map.shadowRoot!.querySelector(`.area[data-id="${id}"]`)!;
      expect(area.getAttribute('aria-label'), id).to.match(
        new RegExp(`, ${count} territoires? engagés?$`),
      );
    }
    expect(map.label).to.equal('Carte des territoires engagés par département');
    // The breakdown by département stays, as the map's text alternative, behind a disclosure:
    // its rows are built when the page is idle after the first paint.
    const list = shadow(el).querySelector<HTMLDetailsElement>('details.map-list')!;
    expect(list.open).to.equal(false);
    await waitUntil(() => list.querySelector('.row'), 'the closed list never got its rows', {
      timeout: 4000,
    });
    expect(shadow(el).querySelector('details.map-list')).to.equal(list);
    expect(list.querySelectorAll('.row:not(.filler)')).to.have.length(expected.size);
  });

  it('builds the closed list at once when its summary is opened by keyboard, in the same element', async () => {
    const el = await loaded(
      html`<tis-territory-counter
        src="/feed.json"
        view="map"
        metric="initiatives"
        .now=${NOW}
      ></tis-territory-counter>`,
    );
    await mapOf(el);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details.map-list')!;
    const summary = list.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(list.open).to.equal(true);
    expect(shadow(el).querySelector('details.map-list')).to.equal(list);
    expect(shadow(el).activeElement).to.equal(summary);
    const rows = [...list.querySelectorAll<HTMLElement>('.row:not(.filler)')];
    expect(rows.length).to.be.greaterThan(2);
    expect(rows.every((row) => row.getBoundingClientRect().height > 0)).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('counts initiatives by région with breakdown="region", the list open', async () => {
    const el = await loaded(
      html`<tis-territory-counter
        src="/feed.json"
        view="map"
        metric="initiatives"
        breakdown="region"
      ></tis-territory-counter>`,
    );
    const map = await mapOf(el);
    expect(map.level).to.equal('region');
    const bretagne = rawInitiatives(smallFeed(), 'region:53').length;
    expect(
      map.shadowRoot!.querySelector('.area[data-id="region:53"]')!.getAttribute('aria-label'),
    ).to.equal(`Bretagne, ${bretagne} initiatives`);
    expect(shadow(el).querySelector<HTMLDetailsElement>('details.map-list')!.open).to.equal(true);
  });

  it('draws only the région of its territory', async () => {
    const el = await loaded(
      html`<tis-territory-counter
        src="/feed.json"
        view="map"
        territory="departement:29"
      ></tis-territory-counter>`,
    );
    const map = await mapOf(el);
    expect(map.region).to.equal('region:53');
    expect(map.shadowRoot!.querySelectorAll('.area')).to.have.length(4);
  });

  for (const scheme of ['light', 'dark'])
    it(`keeps 3:1 between bars, tiles and background (${scheme})`, async () => {
      const el = await loaded(
        html`<tis-territory-counter
          src="/feed.json"
          view="map"
          metric="initiatives"
          color-scheme=${scheme}
        ></tis-territory-counter>`,
      );
      const map = await mapOf(el);
      const surface = getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor;
      const style = (selector: string) =>
        getComputedStyle(map.shadowRoot!.querySelector(selector)!);
      expect(contrast(style('.tile').stroke, surface), 'tile outline').to.be.at.least(3);
      for (const level of [1, 2, 3, 4]) {
        const tile = map.shadowRoot!.querySelector(`.c${level} .tile`);
        if (!tile) continue;
        const fill = getComputedStyle(tile).fill;
        const bar = getComputedStyle(map.shadowRoot!.querySelector(`.c${level} .bar`)!).fill;
        expect(contrast(bar, fill), `bar of class ${level}`).to.be.at.least(3);
        expect(
          contrast(getComputedStyle(map.shadowRoot!.querySelector('.code')!).fill, fill),
        ).to.be.at.least(4.5);
      }
      expect(contrast(style('.borders').stroke, surface), 'région borders').to.be.at.least(3);
    });

  for (const width of [320, 1280])
    it(`is accessible at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const el = await loaded(
        html`<tis-territory-counter
          src="/feed.json"
          view="map"
          .now=${NOW}
        ></tis-territory-counter>`,
      );
      await mapOf(el);
      await expect(el).to.be.accessible();
      expect(el.scrollWidth).to.be.at.most(width);
    });
});
