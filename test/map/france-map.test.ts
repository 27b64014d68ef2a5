/**
 * `<tis-france-map>` alone: names, keyboard, bad input, empty state, accessibility at 320 and
 * 1280 px.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/map/define.js';
import type { TisFranceMap } from '../../src/map/france-map.js';
import { TisMapSelectEvent } from '../../src/map/events.js';

const counts = new Map([
  ['departement:56', 42],
  ['departement:29', 7],
  ['departement:35', 1],
  ['departement:75', 12],
  ['departement:974', 3],
]);
const describe$ = (n: number) => `${n} initiative${n > 1 ? 's' : ''}`;

async function map(
  template = html`<tis-france-map
    .counts=${counts}
    .describe=${describe$}
    label="Carte des initiatives"
  ></tis-france-map>`,
) {
  const el = await fixture<TisFranceMap>(template);
  await el.updateComplete;
  return el;
}

const $ = (el: TisFranceMap, selector: string) =>
  el.shadowRoot!.querySelector<SVGElement>(selector);
const $$ = (el: TisFranceMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<SVGElement>(selector),
];
const area = (el: TisFranceMap, id: string) => $(el, `.area[data-id="${id}"]`)!;
const focusedId = (el: TisFranceMap) =>
  (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('tis-france-map', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('draws every département, each named with its figure', async () => {
    const el = await map();
    expect($$(el, '.area')).to.have.length(101);
    expect(area(el, 'departement:56').getAttribute('aria-label')).to.equal(
      'Morbihan (56), 42 initiatives',
    );
    expect(area(el, 'departement:01').getAttribute('aria-label')).to.equal(
      'Ain (01), 0 initiative',
    );
    expect(area(el, 'departement:56').getAttribute('role')).to.equal('img');
    // The class is drawn as a bar (not colour alone): the largest count has the tallest bar.
    const bar = (id: string) => Number(area(el, id).querySelector('.bar')?.getAttribute('height'));
    expect(bar('departement:56')).to.be.greaterThan(bar('departement:29'));
    expect(area(el, 'departement:01').querySelector('.bar')).to.equal(null);
    // The legend numbers its classes and names their ranges.
    const legend = text($(el, '.legend'));
    expect(legend).to.include('Aucun');
    expect(legend).to.match(/1 1 /);
    expect(legend).to.match(/à 42/);
  });

  it('counts unknown ids apart ("hors carte") and never draws them', async () => {
    const el = await map(
      html`<tis-france-map
        .counts=${new Map([
          ['departement:56', 2],
          ['departement:999', 2],
          ['commune:bogus', 1],
        ])}
        .outside=${1}
      ></tis-france-map>`,
    );
    expect($$(el, '.area')).to.have.length(101);
    expect($(el, '.area[data-id="departement:999"]')).to.equal(null);
    expect(text($(el, '.outside'))).to.match(/^4 hors carte/);
  });

  it('shows an empty state, not an empty France, when nothing can be placed', async () => {
    const el = await map(
      html`<tis-france-map .counts=${new Map([['departement:999', 3]])}></tis-france-map>`,
    );
    expect($(el, 'svg.map-svg')).to.equal(null);
    expect(text($(el, '.empty-text'))).to.equal('Rien à situer sur la carte.');
    expect(text($(el, '.outside'))).to.match(/^3 hors carte/);
    await expect(el).to.be.accessible();
  });

  it('has one tab stop and moves between areas with the arrow keys, Home and End', async () => {
    const el = await map();
    expect($$(el, '.area[tabindex="0"]')).to.have.length(1);
    area(el, 'departement:29').focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:22');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:35');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:44');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:35');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:62');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('departement:2A');
    expect($$(el, '.area[tabindex="0"]')).to.have.length(1);
    // The figure of the focused area shows under the map.
    expect(text($(el, '.readout'))).to.equal('Corse-du-Sud (2A) · 0 initiative');
  });

  it('shows the figure of the area under the pointer', async () => {
    const el = await map();
    area(el, 'departement:56')
      .querySelector('.tile')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '.readout'))).to.equal('Morbihan (56) · 42 initiatives');
  });

  it('as buttons: Enter and a click pick an area, picking it again clears', async () => {
    const el = await map(
      html`<tis-france-map
        interactive
        .counts=${counts}
        selected="departement:29"
        label="Carte"
      ></tis-france-map>`,
    );
    const morbihan = area(el, 'departement:56');
    expect(morbihan.getAttribute('role')).to.equal('button');
    expect(morbihan.getAttribute('aria-pressed')).to.equal('false');
    expect(area(el, 'departement:29').getAttribute('aria-pressed')).to.equal('true');
    // The tab stop starts on the selected area.
    expect(area(el, 'departement:29').getAttribute('tabindex')).to.equal('0');
    area(el, 'departement:29').focus();
    setTimeout(
      () => void sendKeys({ press: 'ArrowDown' }).then(() => sendKeys({ press: 'Enter' })),
    );
    const picked = (await oneEvent(el, TisMapSelectEvent.eventName)) as TisMapSelectEvent;
    expect(picked.territory).to.equal('departement:56');
    setTimeout(() =>
      area(el, 'departement:29').dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    const again = (await oneEvent(el, TisMapSelectEvent.eventName)) as TisMapSelectEvent;
    expect(again.territory).to.equal(undefined);
  });

  it('draws one région only when asked', async () => {
    const el = await map(
      html`<tis-france-map .counts=${counts} region="region:53"></tis-france-map>`,
    );
    expect($$(el, '.area').map((a) => a.getAttribute('data-id'))).to.have.members([
      'departement:22',
      'departement:29',
      'departement:35',
      'departement:56',
    ]);
    expect($(el, '.inset-label')).to.equal(null);
  });

  it('groups départements into régions at the région level', async () => {
    const el = await map(
      html`<tis-france-map
        level="region"
        .counts=${new Map([['region:53', 50]])}
        .describe=${describe$}
      ></tis-france-map>`,
    );
    expect($$(el, '.area')).to.have.length(18);
    const bretagne = area(el, 'region:53');
    expect(bretagne.getAttribute('aria-label')).to.equal('Bretagne, 50 initiatives');
    expect(bretagne.querySelectorAll('.tile')).to.have.length(4);
  });

  it('builds the closed table when idle, or at once when its summary is clicked', async () => {
    const table = () =>
      html`<tis-france-map
        table
        .counts=${counts}
        .describe=${describe$}
        label="Carte"
      ></tis-france-map>`;
    // Left alone, the table gets its rows once the page is idle, in the same disclosure.
    const idle = await map(table());
    const details = $(idle, 'details.table')!;
    await waitUntil(() => $(idle, 'tbody tr'), 'the table never got its rows', { timeout: 4000 });
    expect($(idle, 'details.table')).to.equal(details);
    const rows = [...idle.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((row) => [...row.children].map(text).join(' | '))).to.deep.equal([
      'Morbihan (56) | 42',
      'Paris (75) | 12',
      'Finistère (29) | 7',
      'La Réunion (974) | 3',
      'Ille-et-Vilaine (35) | 1',
    ]);
    // Clicked at once (before any idle moment), the rows are there when it opens.
    const el = await map(table());
    const summary = $(el, 'details.table summary') as unknown as HTMLElement;
    summary.click();
    await el.updateComplete;
    expect(($(el, 'details.table') as unknown as HTMLDetailsElement).open).to.equal(true);
    expect($$(el, 'tbody tr')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 1280])
    it(`is accessible at ${width} px, read-only and as buttons`, async () => {
      await setViewport({ width, height: 900 });
      const plain = await map();
      await expect(plain).to.be.accessible();
      const buttons = await map(
        html`<tis-france-map
          interactive
          zoomable
          table
          .counts=${counts}
          label="Carte"
          selected="departement:56"
        ></tis-france-map>`,
      );
      await expect(buttons).to.be.accessible();
      // The map fits the width: no horizontal scrolling.
      expect(buttons.getBoundingClientRect().width).to.be.at.most(width);
      expect(buttons.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(
        width,
      );
    });
});
