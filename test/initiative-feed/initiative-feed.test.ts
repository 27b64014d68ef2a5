import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feed/define.js';
import '../../src/initiative-feed/define.js';
import type { TisInitiativeFeed } from '../../src/initiative-feed/initiative-feed.js';
import { TisSelectEvent } from '../../src/shared/events.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { $, $$, countText, openThemes, titles, typeInto, whenLoaded } from './helpers.js';

let network: MockNetwork;

function serve(feed: unknown = smallFeed()) {
  network = mockNetwork({ '/feed.json': jsonResponse(feed) });
}

// Fixtures whose root is a Lit element: a plain wrapper would wait for an animation frame,
// which never comes while the runner shows another test file's page.
async function mount(template: ReturnType<typeof html>, parentNode?: Element) {
  const el = await fixture<TisInitiativeFeed>(template, { parentNode });
  return whenLoaded(el);
}

beforeEach(() => {
  resetFeedClient({ retries: 0 });
});
afterEach(() => network?.restore());

describe('<tis-initiative-feed> rendering', () => {
  beforeEach(() => serve());

  it('shows each initiative with title, link, summary, carrier, territory, themes and network', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    expect(countText(el)).to.equal('8 initiatives');
    const card = $$(el, 'article').find((a) => a.textContent!.includes('Recyclerie solidaire'))!;
    expect(card.querySelector('.title a')!.getAttribute('href')).to.equal(
      'https://example.org/i/1',
    );
    expect(card.querySelector('.summary')!.textContent).to.include('Collecte, réparation');
    expect(card.querySelector('.carrier')!.textContent).to.match(/Porté par\s+Association exemple/);
    expect(card.querySelector('.places')!.textContent).to.include('Brest');
    const network = card.querySelector('.network')!;
    expect(network.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'via Carrefour des innovations sociales',
    );
    // As laid out: a space between "via" and the name (a flex line once swallowed it).
    const name = [...network.querySelectorAll('span')].at(-1)!;
    const walker = document.createTreeWalker(network, NodeFilter.SHOW_TEXT);
    let via: Text | undefined;
    while (walker.nextNode())
      if (walker.currentNode.textContent!.includes('via')) via = walker.currentNode as Text;
    const range = document.createRange();
    const at = via!.textContent!.indexOf('via');
    range.setStart(via!, at);
    range.setEnd(via!, at + 3);
    const gap = name.getBoundingClientRect().left - range.getBoundingClientRect().right;
    expect(gap, 'space after "via"').to.be.greaterThan(2);
    const chip = card.querySelector('.chip')!;
    expect(chip.textContent!.trim()).to.equal('Économie circulaire');
    expect(chip.classList.contains('t-economique')).to.be.true;
    // The heading names the article.
    const heading = card.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(card.getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('renders images lazily, without referrer and with a reserved size', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const img = $<HTMLImageElement>(el, 'img.media')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('width')).to.equal('640');
    expect(img.getAttribute('height')).to.equal('360');
    expect(img.alt).to.equal('Atelier');
  });

  it('gives a card without image a compact header on a phone-wide container', async () => {
    // The fixture's cleanup removes the widget from this wrapper; the empty wrapper stays.
    const wrapper = document.createElement('div');
    wrapper.style.width = '375px';
    document.body.append(wrapper);
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" controls="none"></tis-initiative-feed>`,
      wrapper,
    );
    const placeholder = $(el, '.media.placeholder')!;
    expect(placeholder.getBoundingClientRect().height).to.be.at.most(48);
    // With room, the placeholder keeps the image's proportions, like the cards beside it.
    wrapper.style.width = '900px';
    await waitUntil(() => $(el, '.media.placeholder')!.getBoundingClientRect().height > 100);
  });

  it('drops a broken image and keeps the item', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    $(el, 'img.media')!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect($(el, 'img.media')).to.equal(null);
    expect(titles(el)).to.include('Fablab de quartier (exemple)');
  });

  it('has list and compact layouts; compact shows no image nor summary', async () => {
    const list = await mount(
      html`<tis-initiative-feed src="/feed.json" layout="list"></tis-initiative-feed>`,
    );
    expect($(list, '.list.layout-list')).to.exist;
    expect($(list, 'img.media')).to.exist;
    const compact = await mount(
      html`<tis-initiative-feed src="/feed.json" layout="compact"></tis-initiative-feed>`,
    );
    expect($(compact, '.list.layout-compact')).to.exist;
    expect($(compact, 'img')).to.equal(null);
    expect($(compact, '.summary')).to.equal(null);
    expect($$(compact, 'article')).to.have.length(8);
  });

  it('uses the heading level asked for', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" heading-level="2"></tis-initiative-feed>`,
    );
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('speaks English when the page does', async () => {
    const parentNode = document.createElement('div');
    parentNode.lang = 'en';
    document.body.append(parentNode);
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`,
      parentNode,
    );
    expect(countText(el)).to.equal('8 initiatives');
    expect($(el, 'label[for="search"]')!.textContent).to.equal('Search');
    expect(titles(el)).to.include('Neighbourhood fablab (example)');
    expect($(el, '.network')!.textContent).to.include('via');
  });

  it('sorts recent first by default, and alphabetically on request', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    expect(titles(el)[0]).to.equal('Fablab de quartier (exemple)');
    // Undated items come last.
    expect(titles(el).at(-1)).to.equal('Coopérative d’énergie citoyenne (exemple)');
    const select = $<HTMLSelectElement>(el, '#sort')!;
    select.value = 'alpha';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Cantine en circuit court (exemple)');
    expect(titles(el).at(-1)).to.equal('Vélo-école métropolitaine (exemple)');
  });

  it('takes the sort attribute as the initial order', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" sort="alpha"></tis-initiative-feed>`,
    );
    expect(titles(el)[0]).to.equal('Cantine en circuit court (exemple)');
  });
});

describe('<tis-initiative-feed> preset scope', () => {
  beforeEach(() => serve());

  it('territory: a région finds the initiatives of its communes', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" territory="region:53"></tis-initiative-feed>`,
    );
    expect(titles(el)).to.have.members([
      'Fablab de quartier (exemple)',
      'Recyclerie solidaire (exemple)',
      'École du numérique (exemple)',
      'Coopérative d’énergie citoyenne (exemple)',
    ]);
  });

  it('color-scheme is the colour scheme, so theme stays free for the filter', async () => {
    const el = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        color-scheme="dark"
        theme="economie-circulaire"
      ></tis-initiative-feed>`,
    );
    expect(titles(el)).to.include('Fablab de quartier (exemple)');
    expect(titles(el).length).to.be.below(
      (
        await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`)
      ).shadowRoot!.querySelectorAll('article').length,
    );
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('paints its own background, so its text keeps its contrast on a page of another shade', async () => {
    // A dark site showing the light scheme (the default): the page must not show through. Each
    // widget in its own dark wrapper, which the fixtures' cleanup removes.
    const darkPage = () => {
      const page = document.createElement('div');
      page.style.cssText = 'background: #161616; color: #eeeeee';
      return page;
    };
    const light = await mount(
      html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`,
      darkPage(),
    );
    const lightRoot = light.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(lightRoot).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(lightRoot).color).to.equal('rgb(22, 22, 22)');
    const dark = await mount(
      html`<tis-initiative-feed src="/feed.json" color-scheme="dark"></tis-initiative-feed>`,
      darkPage(),
    );
    const darkRoot = dark.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(darkRoot).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(darkRoot).paddingTop, 'room around the cards').to.not.equal('0px');
  });

  it('theme: one theme, or a whole transition', async () => {
    const one = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        theme="economie-circulaire"
      ></tis-initiative-feed>`,
    );
    expect(titles(one)).to.have.members([
      'Fablab de quartier (exemple)',
      'Recyclerie solidaire (exemple)',
    ]);
    const all = await mount(
      html`<tis-initiative-feed src="/feed.json" theme="economique"></tis-initiative-feed>`,
    );
    expect(countText(all)).to.equal('4 initiatives');
  });

  it('theme="dark" is the colour scheme, not a filter', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" theme="dark"></tis-initiative-feed>`,
    );
    expect(countText(el)).to.equal('8 initiatives');
  });

  it('network', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" network="ess-france"></tis-initiative-feed>`,
    );
    expect(titles(el)).to.have.members([
      'Cantine en circuit court (exemple)',
      'Maison de santé participative (exemple)',
    ]);
    expect($(el, '#network'), 'no network select when the network is fixed').to.equal(null);
  });

  it('query, accent-insensitive', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" query="ECOLE"></tis-initiative-feed>`,
    );
    expect(titles(el)).to.have.members([
      'École du numérique (exemple)',
      'Vélo-école métropolitaine (exemple)',
    ]);
  });

  it('all combined', async () => {
    const el = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        territory="region:53"
        theme="economique"
        network="cis"
        query="collecte"
      ></tis-initiative-feed>`,
    );
    expect(titles(el)).to.deep.equal(['Recyclerie solidaire (exemple)']);
  });

  it('a visitor filter narrows the scope and never widens it', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" territory="departement:29"></tis-initiative-feed>`,
    );
    expect(countText(el)).to.equal('2 initiatives');
    await typeInto(el, '#territory', 'Bretagne');
    // Bretagne contains Finistère: the suggestion is hidden, it cannot widen the scope.
    expect($$(el, '.suggestions [role="option"]')).to.have.length(0);
    await typeInto(el, '#territory', 'Brest');
    $(el, '.suggestions [role="option"]')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Recyclerie solidaire (exemple)']);
  });

  it('shows no clear-filters button when only the scope is empty', async () => {
    const el = await mount(
      html`<tis-initiative-feed
        src="/feed.json"
        network="ess-france"
        query="zzz"
      ></tis-initiative-feed>`,
    );
    expect($(el, '.empty')).to.exist;
    expect($(el, '.empty button')).to.equal(null);
  });
});

describe('<tis-initiative-feed> controls', () => {
  beforeEach(() => serve());

  it('controls="none" gives a minimal embed; a list picks the controls', async () => {
    const none = await mount(
      html`<tis-initiative-feed src="/feed.json" controls="none"></tis-initiative-feed>`,
    );
    expect($(none, 'form')).to.equal(null);
    expect($$(none, 'article')).to.have.length(8);
    const some = await mount(
      html`<tis-initiative-feed src="/feed.json" controls="search network"></tis-initiative-feed>`,
    );
    expect($(some, '#search')).to.exist;
    expect($(some, '#network')).to.exist;
    expect($(some, '#territory')).to.equal(null);
    expect($(some, '.themes')).to.equal(null);
    expect($(some, '#sort')).to.equal(null);
  });

  it('every control has a label', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    for (const id of ['search', 'territory', 'network', 'sort']) {
      expect($(el, `label[for="${id}"]`), id).to.exist;
      expect($(el, `#${id}`), id).to.exist;
    }
    expect($(el, 'form')!.getAttribute('role')).to.equal('search');
  });

  it('the search box filters after a short pause, accent-insensitive, and announces the count', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const input = $<HTMLInputElement>(el, '#search')!;
    input.value = 'reparation';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(countText(el), 'not yet: debounced').to.equal('8 initiatives');
    await aTimeout(200);
    await el.updateComplete;
    expect(titles(el)).to.have.members([
      'Fablab de quartier (exemple)',
      'Recyclerie solidaire (exemple)',
    ]);
    const status = $(el, '[role="status"]')!;
    expect(status.textContent!.trim(), 'not announced while typing may go on').to.equal('');
    await aTimeout(550);
    expect(status.textContent!.trim(), 'announced once the search settles').to.equal(
      '2 initiatives',
    );
  });

  it('announces in one live region, once per change', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    expect($$(el, '[role="status"]')).to.have.length(1);
    expect($(el, '[role="status"]')!.textContent!.trim(), 'nothing announced on load').to.equal('');
    await typeInto(el, '#search', 'velo');
    await aTimeout(550);
    const status = $(el, '[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('1 initiative');
    const before = status.textContent;
    await el.requestUpdate();
    await el.updateComplete;
    expect(status.textContent, 'a re-render without a change says nothing new').to.equal(before);
  });

  it('typing at 250 ms a key is one announcement, when the search settles; Enter says it at once', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const status = $(el, '[role="status"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent!.trim()));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    $<HTMLInputElement>(el, '#search')!.focus();
    for (const key of ' partagé') {
      await sendKeys({ type: key });
      await aTimeout(250);
    }
    expect(said, 'nothing while typing').to.deep.equal([]);
    await aTimeout(600);
    expect(said).to.deep.equal([countText(el)]);
    // Another order keeps the count: nothing new to say.
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'alpha';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await aTimeout(600);
    expect(said).to.have.length(1);
    // Enter settles a search at once.
    for (let i = 0; i < ' partagé'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'velo' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said.at(-1)).to.equal('1 initiative');
    observer.disconnect();
  });

  it('theme chips are toggle buttons grouped by transition, with counts', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    // Closed, the panel holds no chips: they are built when it opens.
    expect($$(el, '.filter-chip')).to.have.length(0);
    await openThemes(el);
    expect($<HTMLDetailsElement>(el, '.themes')!.open).to.be.true;
    const groups = $$(el, '.theme-group[role="group"]');
    expect(groups).to.have.length(3);
    expect(groups.map((g) => g.getAttribute('aria-labelledby'))).to.deep.equal([
      'group-ecologique',
      'group-economique',
      'group-modes-de-vie',
    ]);
    const chip = $$(el, '.filter-chip').find((b) =>
      b.textContent!.includes('Économie circulaire'),
    )!;
    expect(chip.querySelector('.n')!.textContent).to.equal('2');
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    const fired = oneEvent(el, TisSelectEvent.eventName);
    chip.click();
    expect(((await fired) as unknown as TisSelectEvent).selection.theme).to.equal(
      'economie-circulaire',
    );
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(countText(el)).to.equal('2 initiatives');
    // Counts do not collapse to the picked theme: other themes still say what they would give.
    const other = $$(el, '.filter-chip').find((b) =>
      b.textContent!.includes('Mobilités durables'),
    )!;
    expect(other.querySelector('.n')!.textContent).to.equal('1');
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    expect(countText(el)).to.equal('8 initiatives');
  });

  it('a transition chip selects the whole transition', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    await openThemes(el);
    const whole = $$(el, '.filter-chip.whole.t-modes-de-vie')[0]!;
    whole.click();
    await el.updateComplete;
    expect(countText(el)).to.equal('2 initiatives');
  });

  it('the network select filters', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const select = $<HTMLSelectElement>(el, '#network')!;
    expect([...select.options].map((o) => o.textContent)).to.include('Tous les réseaux');
    select.value = 'tiers-lieux';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fablab de quartier (exemple)']);
  });

  it('the network select lists the networks by name, accents sorted as the language sorts them', async () => {
    const feed = smallFeed() as { networks: unknown[] };
    feed.networks.push(
      { id: 'zero-dechet', name: 'Zéro déchet (exemple)' },
      {
        id: 'ecoles',
        name: { fr: 'Écoles du numérique (exemple)', en: 'Digital schools (example)' },
      },
    );
    serve(feed);
    const names = (el: HTMLElement) =>
      [...$<HTMLSelectElement>(el, '#network')!.options].slice(1).map((o) => o.textContent!.trim());
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    expect(names(el)).to.deep.equal([
      'Carrefour des innovations sociales',
      'Écoles du numérique (exemple)',
      'Réseau des tiers-lieux (exemple)',
      'Réseau ESS (exemple)',
      'Territoires zéro chômeur (exemple)',
      'Zéro déchet (exemple)',
    ]);
    const en = await mount(
      html`<tis-initiative-feed src="/feed.json" lang="en"></tis-initiative-feed>`,
    );
    expect(names(en)).to.deep.equal([
      'Carrefour des innovations sociales',
      'Digital schools (example)',
      'Réseau ESS (exemple)',
      'Territoires zéro chômeur (exemple)',
      'Third places network (example)',
      'Zéro déchet (exemple)',
    ]);
  });

  it('the territory picker searches names without accents and filters with the hierarchy', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    await typeInto(el, '#territory', 'finistere');
    const suggestions = $$(el, '.suggestions [role="option"]');
    expect(suggestions.map((b) => b.querySelector('.name')!.textContent)).to.include('Finistère');
    suggestions.find((b) => b.textContent!.includes('Finistère'))!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.members([
      'Recyclerie solidaire (exemple)',
      'École du numérique (exemple)',
    ]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('territory');
    // The active filter can be removed; focus goes back to the picker.
    const remove = $<HTMLButtonElement>(el, '.active-filters .remove')!;
    expect(remove.textContent).to.include('Retirer le filtre : Finistère');
    remove.click();
    await el.updateComplete;
    expect(countText(el)).to.equal('8 initiatives');
    expect(el.shadowRoot!.activeElement?.id).to.equal('territory');
  });

  it('empty state offers to clear the filters and puts focus back in the search box', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    await typeInto(el, '#search', 'zzzz introuvable');
    expect($(el, '.empty')).to.exist;
    expect(countText(el)).to.equal('0 initiative');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.empty button')!.click();
    await el.updateComplete;
    expect(countText(el)).to.equal('8 initiatives');
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });
});

describe('<tis-initiative-feed> keyboard', () => {
  beforeEach(() => serve());

  it('every control works from the keyboard alone', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'velo' });
    await aTimeout(200);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Vélo-école métropolitaine (exemple)']);
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(countText(el)).to.equal('8 initiatives');

    // Territory: type, arrow down into the suggestions, Enter picks.
    await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('territory');
    await sendKeys({ type: 'rennes' });
    await aTimeout(200);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()?.id, 'focus stays in the combobox').to.equal('territory');
    expect(active()?.getAttribute('aria-activedescendant')).to.equal('territory-option-0');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fablab de quartier (exemple)']);
    expect(active()?.id).to.equal('territory');
    // Enter in the picker takes the best match.
    await sendKeys({ type: 'Bretagne' });
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    await el.updateComplete;
    expect(countText(el)).to.equal('4 initiatives');

    // Network select.
    $<HTMLSelectElement>(el, '#network')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#network')!.value).to.not.equal('');

    // Theme panel: the summary opens with Enter, chips toggle with Space.
    $(el, '.themes summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, '.themes')!.open).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(active()?.classList.contains('filter-chip')).to.be.true;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(active()?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('the territory picker is an APG combobox with a polite count of suggestions', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const input = $<HTMLInputElement>(el, '#territory')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const listbox = el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    input.focus();
    await sendKeys({ type: 'fin' });
    await aTimeout(200);
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = $$(el, '[role="option"]');
    expect(options.length).to.be.greaterThan(0);
    const live = $(el, '.field-territory [aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal(`Territoires proposés : ${options.length}`);
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    // Up from the first wraps to the last.
    expect(input.getAttribute('aria-activedescendant')).to.equal(options.at(-1)!.id);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('Escape closes the territory suggestions and returns to the input', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    $<HTMLInputElement>(el, '#territory')!.focus();
    await sendKeys({ type: 'ren' });
    await aTimeout(200);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('territory');
    expect($(el, '.suggestions')!.hidden).to.be.true;
  });

  it('pages with "Afficher plus" until the last item, moving focus to the first new item', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" page-size="3"></tis-initiative-feed>`,
    );
    expect($$(el, 'article')).to.have.length(3);
    expect($(el, '.count')!.textContent).to.match(/3 affichées sur 8/);
    const items = $$(el, 'li.item');
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('8');
    expect(items[2]!.getAttribute('aria-posinset')).to.equal('3');
    for (const expected of [6, 8]) {
      $<HTMLButtonElement>(el, '[part="show-more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, 'article')).to.have.length(expected);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal('article');
      expect(Number(focused.dataset.index)).to.equal(expected === 6 ? 3 : 6);
    }
    expect($(el, '[part="show-more"]')).to.equal(null);
    expect($$(el, 'li.item').at(-1)!.getAttribute('aria-posinset')).to.equal('8');
  });

  it('Page Down / Page Up move between articles', async () => {
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    $(el, 'article .title a')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.index).to.equal('1');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.index).to.equal('1');
  });
});

describe('<tis-initiative-feed> inside <tis-feed>', () => {
  beforeEach(() => serve());

  it('shares the territory, theme and network selection with the other widgets', async () => {
    const provider = await fixture<HTMLElement>(
      html`<tis-feed src="/feed.json">
        <tis-initiative-feed id="a"></tis-initiative-feed>
        <tis-initiative-feed id="b" controls="none"></tis-initiative-feed>
      </tis-feed>`,
    );
    const [a, b] = ['a', 'b'].map((id) => provider.querySelector<TisInitiativeFeed>(`#${id}`)!);
    const c = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src="/feed.json" controls="none"></tis-initiative-feed>`,
    );
    await Promise.all([a, b, c].map((el) => whenLoaded(el!)));
    const chip = (await openThemes(a!)).find((x) => x.textContent!.includes('Mobilités durables'))!;
    chip.click();
    await waitUntil(() => countText(b!) === '1 initiative', 'b follows a');
    expect(titles(b!)).to.deep.equal(['Vélo-école métropolitaine (exemple)']);
    expect(countText(c!), 'outside the provider: its own selection').to.equal('8 initiatives');
    expect(network.count('/feed.json')).to.equal(1);
  });

  it('starts from the provider’s selection and offers to clear it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<tis-feed src="/feed.json" network="cis">
        <tis-initiative-feed controls="none"></tis-initiative-feed>
      </tis-feed>`,
    );
    const el = await whenLoaded(wrapper.querySelector('tis-initiative-feed')!);
    expect(countText(el)).to.equal('4 initiatives');
  });
});

describe('<tis-initiative-feed> sync-url', () => {
  const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
  beforeEach(() => serve());
  afterEach(clearHash);

  it('restores the filters from the hash and writes the visitor’s changes back', async () => {
    history.replaceState(
      null,
      '',
      '#other=1&tis-territory=region%3A53&tis-theme=economique&tis-q=collecte',
    );
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" sync-url></tis-initiative-feed>`,
    );
    await waitUntil(() => countText(el) === '1 initiative', 'the hash was not applied');
    expect(titles(el)).to.deep.equal(['Recyclerie solidaire (exemple)']);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('collecte');
    expect($(el, '.active-filters')!.textContent).to.include('Bretagne');
    await typeInto(el, '#search', '');
    (await openThemes(el)).find((b) => b.textContent!.includes('Économie circulaire'))!.click();
    await el.updateComplete;
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('tis-theme')).to.equal('economie-circulaire');
    expect(params.get('tis-territory')).to.equal('region:53');
    expect(params.get('tis-q')).to.equal(null);
    expect(params.get('other'), 'other parameters are kept').to.equal('1');
  });

  it('follows the hash when it changes (back, forward, a pasted link)', async () => {
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" sync-url></tis-initiative-feed>`,
    );
    await aTimeout(0);
    location.hash = '#tis-network=ess-france';
    await waitUntil(() => countText(el) === '2 initiatives', 'the new hash was not applied');
  });

  it('leaves a plain anchor alone and ignores the hash without sync-url', async () => {
    history.replaceState(null, '', '#section');
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" sync-url></tis-initiative-feed>`,
    );
    await aTimeout(0);
    expect(location.hash).to.equal('#section');
    history.replaceState(null, '', '#tis-network=cis');
    const plain = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    expect(countText(plain)).to.equal('8 initiatives');
    expect(countText(el)).to.equal('8 initiatives');
  });
});

describe('<tis-initiative-feed> untrusted content', () => {
  it('renders script tags as text and drops javascript: links', async () => {
    const feed = smallFeed();
    feed.initiatives[0]!.title =
      '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1">';
    feed.initiatives[0]!.url = 'javascript:window.__pwned=1';
    (feed.initiatives[0] as { carrier?: string }).carrier = '<b>gras</b>';
    serve(feed);
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    const card = $$(el, 'article').find((a) => a.textContent!.includes('<script>'))!;
    expect(card).to.exist;
    expect(card.querySelector('script, b, img[src="x"]')).to.equal(null);
    expect(card.querySelector('.title a'), 'no link from a javascript: URL').to.equal(null);
    expect(card.querySelector('.carrier')!.textContent).to.include('<b>gras</b>');
    expect($$(el, 'a').every((a) => /^https?:/.test(a.getAttribute('href')!))).to.be.true;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<tis-initiative-feed> states and accessibility', () => {
  it('loading: fallback content, no hole, accessible', async () => {
    network = mockNetwork({ '/feed.json': () => new Promise<Response>(() => {}) });
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src="/feed.json"
        ><a href="https://example.org/">Nos initiatives</a></tis-initiative-feed
      >`,
    );
    await el.updateComplete;
    expect($(el, '[part="loading"]')).to.exist;
    expect($(el, 'slot')).to.exist;
    expect($(el, '.loading-text')!.textContent).to.equal('Chargement…');
    await expect(el).to.be.accessible();
  });

  it('loaded: accessible', async () => {
    serve();
    const el = await mount(html`<tis-initiative-feed src="/feed.json"></tis-initiative-feed>`);
    // The open panel, with its chips (built when it opens), is checked too.
    expect(await openThemes(el)).to.not.be.empty;
    await expect(el).to.be.accessible();
  });

  it('loaded in every layout, dark: accessible', async () => {
    serve();
    for (const layout of ['list', 'compact']) {
      const el = await mount(
        html`<tis-initiative-feed
          src="/feed.json"
          layout=${layout}
          theme="dark"
        ></tis-initiative-feed>`,
      );
      await openThemes(el);
      await expect(el).to.be.accessible();
    }
  });

  it('empty: accessible', async () => {
    serve();
    const el = await mount(
      html`<tis-initiative-feed src="/feed.json" query="zzz"></tis-initiative-feed>`,
    );
    expect($(el, '.empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('error: message, retry, fallback, accessible; retry loads', async () => {
    let fail = true;
    network = mockNetwork({
      '/feed.json': () =>
        fail ? new Response('nope', { status: 500 }) : jsonResponse(smallFeed()),
    });
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src="/feed.json"
        ><a href="https://example.org/">Nos initiatives</a></tis-initiative-feed
      >`,
    );
    await waitUntil(() => $(el, '[part="error"]'), 'no error state');
    expect($(el, '.error-title')!.textContent).to.equal('Contenu momentanément indisponible.');
    expect($(el, 'slot')).to.exist;
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await whenLoaded(el);
    expect(countText(el)).to.equal('8 initiatives');
  });
});
