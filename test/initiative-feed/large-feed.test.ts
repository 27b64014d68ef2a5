import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/initiative-feed/define.js';
import type { TisInitiativeFeed } from '../../src/initiative-feed/initiative-feed.js';
import { getFeedStore } from '../../src/data/client.js';
import { getFeedIndex, normalizeText } from '../../src/data/queries.js';
import { runQuery, themeCountsOf } from '../../src/initiative-feed/filtering.js';
import { getInitiativeSearch } from '../../src/initiative-feed/search.js';
import { formatNumber } from '../../src/i18n/format.js';
import { localize } from '../../src/i18n/localize.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { countsByPlacesOf } from '../support/places.js';
import { buildFeed } from './build-feed.js';
import { $, $$, countText, titles, typeInto, whenLoaded } from './helpers.js';

const SIZE = 5000;
let network: MockNetwork;
const feed = buildFeed(SIZE);

const norm = (text: string) => text.replace(/\s+/g, ' ');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Collects long tasks (over 50 ms) while `run` runs. */
async function longTasksDuring(run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return durations;
}

describe('<tis-initiative-feed> with 5,000 initiatives', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/big.json': jsonResponse(feed) });
  });
  afterEach(() => network.restore());

  it('renders one page only and always shows the total', async () => {
    const el = await whenLoaded(
      await fixture<TisInitiativeFeed>(
        html`<tis-initiative-feed src="/big.json"></tis-initiative-feed>`,
      ),
    );
    expect($$(el, 'article')).to.have.length(12);
    expect(countText(el)).to.equal(norm(`${formatNumber(SIZE, 'fr')} initiatives`));
    expect($$(el, 'li.item')[0]!.getAttribute('aria-setsize')).to.equal(String(SIZE));
  });

  it('a keystroke filters correctly and renders one page', async () => {
    const el = await whenLoaded(
      await fixture<TisInitiativeFeed>(
        html`<tis-initiative-feed src="/big.json"></tis-initiative-feed>`,
      ),
    );
    await typeInto(el, '#search', 'ressourcerie');
    await waitUntil(() => !countText(el)!.startsWith('5'), 'the search never applied');
    const expected = feed.initiatives.filter((i) =>
      normalizeText(i.summary).includes('ressourcerie'),
    ).length;
    expect(expected).to.be.greaterThan(12);
    expect(countText(el)).to.equal(norm(`${formatNumber(expected, 'fr')} initiatives`));
    expect($$(el, 'article')).to.have.length(12);
    expect($$(el, 'article .title').every((t) => /ressourcerie/i.test(t.textContent!))).to.be.true;
  });

  it('a narrower query keeps the cards that stay: same elements, images and numbering in order', async () => {
    const el = await whenLoaded(
      await fixture<TisInitiativeFeed>(
        html`<tis-initiative-feed src="/big.json"></tis-initiative-feed>`,
      ),
    );
    /** The first page's elements by title (titles are unique in this feed). */
    const page = () =>
      new Map($$(el, 'article').map((a) => [a.querySelector('.title')!.textContent!.trim(), a]));
    // Typing "jardin partage" letter by letter, some letters change part of the first page only.
    let typed = '';
    let partial = 0;
    let before = page();
    for (const letter of 'jardin partage') {
      typed += letter;
      await typeInto(el, '#search', typed);
      const after = page();
      const kept = [...after.keys()].filter((title) => before.has(title));
      if (kept.length && kept.length < after.size) {
        partial += 1;
        for (const title of kept) {
          expect(after.get(title), `${typed}: "${title}" kept its card`).to.equal(
            before.get(title),
          );
        }
      }
      // Whatever moved, the list reads in order: positions, heading ids and their labels.
      $$(el, 'li.item').forEach((li, i) => {
        const article = li.querySelector('article')!;
        expect(li.getAttribute('aria-posinset'), typed).to.equal(String(i + 1));
        expect(article.dataset.index, typed).to.equal(String(i));
        const heading = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!);
        expect(heading?.closest('article'), typed).to.equal(article);
      });
      before = after;
    }
    expect(partial, 'letters that change part of the first page').to.be.greaterThan(0);
  });

  it('typing causes no long task, and each keystroke is measured', async () => {
    const el = await whenLoaded(
      await fixture<TisInitiativeFeed>(
        html`<tis-initiative-feed src="/big.json" page-size="24"></tis-initiative-feed>`,
      ),
    );
    // The search texts are prepared in slices after load; the keystrokes below find them ready.
    const index = getFeedIndex(getFeedStore('/big.json').state.feed!);
    const search = getInitiativeSearch(index);
    const preparation = await longTasksDuring(async () => {
      await Promise.all([search.prepare(), search.prepareOrder('alpha', 'fr')]);
    });
    expect(
      preparation.filter((d) => d > 50),
      'long tasks while preparing the search and a sort',
    ).to.deep.equal([]);
    // Up to five passes, stopping at the first without a long task: the runner shares its 2
    // cores with other jobs (and garbage collection), so one pass can be slowed by work that is
    // not ours. Times per keystroke are the best over the passes.
    const word = 'jardin partage';
    const input = $<HTMLInputElement>(el, '#search')!;
    let perKeystroke: number[] = [];
    let longTasks: number[] = [];
    for (let pass = 0; pass < 5; pass++) {
      const times: number[] = [];
      input.value = '';
      (el as unknown as { text: string }).text = '';
      await el.updateComplete;
      input.focus();
      const tasks = await longTasksDuring(async () => {
        for (let i = 1; i <= word.length; i++) {
          await sendKeys({ type: word[i - 1]! });
          // Time the work a keystroke causes once the debounce fires: filter, counts, one page.
          const start = performance.now();
          (el as unknown as { text: string }).text = word.slice(0, i).trim();
          await el.updateComplete;
          times.push(performance.now() - start);
        }
      });
      perKeystroke = pass === 0 ? times : perKeystroke.map((t, i) => Math.min(t, times[i]!));
      if (pass === 0 || tasks.length < longTasks.length) longTasks = tasks;
      if (!longTasks.some((d) => d > 50)) break;
    }
    const detail = `per keystroke ${perKeystroke.map((d) => d.toFixed(0)).join(' ')} ms; long tasks ${longTasks.map((d) => d.toFixed(0)).join(' ')}`;
    // Budget: well inside one frame per keystroke, and no long task in the best pass.
    expect(median(perKeystroke), detail).to.be.below(16);
    expect(
      longTasks.filter((d) => d > 50),
      detail,
    ).to.deep.equal([]);
    expect(countText(el)).to.equal(norm(`${formatNumber(Math.ceil(SIZE / 18), 'fr')} initiatives`));
  });
});

describe('initiative filtering agrees with FeedIndex.filterInitiatives', () => {
  it('on 5,000 items, for text, territory, theme, network and combinations', async () => {
    const { parseFeed } = await import('../../src/data/parse.js');
    const parsed = parseFeed(buildFeed(SIZE)).feed!;
    const index = getFeedIndex(parsed);
    const search = getInitiativeSearch(index);
    await Promise.all([
      search.prepare(),
      search.prepareOrder('recent', 'fr'),
      search.prepareOrder('alpha', 'fr'),
    ]);
    const cases = [
      { query: 'jardin' },
      { query: 'Île' },
      { territory: 'region:53' },
      { territory: 'departement:29', theme: 'economique' },
      { theme: 'sante', network: 'cis' },
      { query: 'atelier velo', territory: 'region:84' },
    ];
    for (const filter of cases) {
      for (const sort of ['recent', 'alpha'] as const) {
        const expected = index.filterInitiatives(filter, sort).map((i) => i.id);
        const scope = { territory: filter.territory, theme: filter.theme, network: filter.network };
        const actual = runQuery(search, scope, {}, filter.query ?? '', sort, 'fr')!.items.map(
          (i) => i.id,
        );
        expect(actual, JSON.stringify({ filter, sort })).to.deep.equal(expected);
      }
    }
  });

  it('before the order is sorted, the first page is the sorted one, for any filter and order', async () => {
    const { parseFeed } = await import('../../src/data/parse.js');
    // A fresh index: its orders are not sorted yet. Every time is shared by many items, so the
    // recent order needs titles too.
    const big = buildFeed(SIZE);
    for (const [i, item] of big.initiatives.entries())
      item.updatedAt = `2026-0${1 + (i % 9)}-01T10:00:00+01:00`;
    const index = getFeedIndex(parseFeed(big).feed!);
    const search = getInitiativeSearch(index);
    const cases = [
      {},
      { territory: 'region:53' },
      { network: 'cis' },
      { theme: 'economique' },
      { territory: 'departement:29', theme: 'sante' },
    ];
    const early = [];
    for (const filter of cases)
      for (const sort of ['recent', 'alpha'] as const) {
        const scope = { territory: filter.territory, network: filter.network };
        const selection = { theme: filter.theme };
        // Without `firstPage`, the query waits for the order.
        expect(runQuery(search, scope, selection, '', sort, 'fr')).to.equal(undefined);
        const first = runQuery(search, scope, selection, '', sort, 'fr', undefined, 12)!;
        early.push({ filter, sort, first });
      }
    // A query with words still waits for the search texts.
    expect(runQuery(search, {}, {}, 'jardin', 'recent', 'fr', undefined, 12)).to.equal(undefined);
    await Promise.all([search.prepareOrder('recent', 'fr'), search.prepareOrder('alpha', 'fr')]);
    for (const { filter, sort, first } of early) {
      const label = JSON.stringify({ filter, sort });
      const expected = index
        .filterInitiatives(
          { territory: filter.territory, network: filter.network, theme: filter.theme },
          sort,
        )
        .map((i) => i.id);
      expect(first.head, label).to.equal(Math.min(12, expected.length));
      expect(
        first.items.slice(0, 12).map((i) => i.id),
        label,
      ).to.deep.equal(expected.slice(0, 12));
      expect(first.items.map((i) => i.id).sort(), label).to.deep.equal([...expected].sort());
      // Sorted, the same query gives the whole order.
      const after = runQuery(
        search,
        { territory: filter.territory, network: filter.network },
        { theme: filter.theme },
        '',
        sort,
        'fr',
        undefined,
        12,
      )!;
      expect(after.head, label).to.equal(undefined);
      expect(
        after.items.map((i) => i.id),
        label,
      ).to.deep.equal(expected);
    }
  });

  it('shows its first page before its whole order is sorted, and pages in order', async () => {
    const big = buildFeed(SIZE);
    for (const [i, item] of big.initiatives.entries())
      item.updatedAt = `2026-0${1 + (i % 9)}-01T10:00:00+01:00`;
    network.restore();
    network = mockNetwork({ '/ties.json': jsonResponse(big) });
    const state = await getFeedStore('/ties.json').load();
    const index = getFeedIndex(state.feed!);
    const expected = index.filterInitiatives({}, 'recent').map((i) => localize(i.title, 'fr'));
    // The widget's own search helper (one per index): its sort is held back until released.
    const search = getInitiativeSearch(index);
    const prepareOrder = search.prepareOrder.bind(search);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    search.prepareOrder = (sort, lang) => held.then(() => prepareOrder(sort, lang));
    const el = await whenLoaded(
      await fixture<TisInitiativeFeed>(
        html`<tis-initiative-feed src="/ties.json"></tis-initiative-feed>`,
      ),
    );
    const provisional = () => (el as unknown as { results: { head?: number } }).results.head;
    expect(provisional(), 'the first page came before the sort').to.equal(12);
    expect(titles(el)).to.deep.equal(expected.slice(0, 12));
    expect(countText(el)).to.equal(norm(`${formatNumber(SIZE, 'fr')} initiatives`));
    // Two clicks while the order is sorted: one more page, once it is.
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await el.updateComplete;
    expect($$(el, 'article')).to.have.length(12);
    release();
    await waitUntil(() => $$(el, 'article').length === 24, 'the second page never came');
    expect(provisional()).to.equal(undefined);
    expect(titles(el)).to.deep.equal(expected.slice(0, 24));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($$(el, 'article')).to.have.length(24);
  });

  it('on the demo feed, the territory index gives every area the plain filter’s list and counts', async () => {
    const { parseFeed } = await import('../../src/data/parse.js');
    // Imported as a module, as other tests import it (the test server serves it one way only).
    const demo = (await import('../../demo/feed.json')).default;
    const parsed = parseFeed(demo).feed!;
    const index = getFeedIndex(parsed);
    const search = getInitiativeSearch(index);
    await Promise.all([search.prepare(), search.prepareOrder('recent', 'fr')]);
    const areas = parsed.territories
      .filter((t) => t.kind === 'region' || t.kind === 'departement')
      .map((t) => t.id);
    // Paris, Lyon, Marseille, La Réunion, an EPCI, and territories the feed does not define.
    const others = ['commune:75056', 'commune:69123', 'commune:13055', 'departement:974'];
    const epci = parsed.territories.find((t) => t.kind === 'epci')!.id;
    for (const territory of [...areas, ...others, epci, 'commune:99999', 'region:99']) {
      for (const text of ['', 'jardin']) {
        const expected = index
          .filterInitiatives({ territory, query: text || undefined }, 'recent')
          .map((i) => i.id);
        const actual = runQuery(search, {}, { territory }, text, 'recent', 'fr')!;
        expect(
          actual.items.map((i) => i.id),
          `${territory} ${text}`,
        ).to.deep.equal(expected);
        // Theme counts over the same items, as the plain facets count them.
        const facets = index.facets(
          index.filterInitiatives({ territory, query: text || undefined }),
        );
        const counts = new Map([...facets.themes, ...facets.transitions]);
        expect(Object.fromEntries(themeCountsOf(search, actual)), territory).to.deep.equal(
          Object.fromEntries(counts),
        );
      }
    }
    // The map's counts (index) against each item's places.
    for (const level of ['region', 'departement'] as const) {
      const { counts, outside } = countsByPlacesOf(index, parsed.initiatives, level);
      const fromIndex = index.countByPlace(level);
      expect(Object.fromEntries(fromIndex.counts), level).to.deep.equal(counts);
      expect(fromIndex.outside, level).to.equal(outside);
    }
  });

  it('a word grown by several letters at once finds what a fresh search finds', async () => {
    const { parseFeed } = await import('../../src/data/parse.js');
    const base = buildFeed(8);
    // Summaries where "jar" is first found without "din" after it, with or without a "jardin"
    // further on, and one whose letters after "jar" match "jardin" every other letter only.
    const summaries = [
      'Le jarvis du quartier',
      'Un jar de miel puis un jardin partagé',
      'Un jardin partagé',
      'Jamais sans son jardinier',
      'Le jar jardinage',
      'Du jarrdin au jardin',
      'Rien de tout cela',
      'Un ja puis jar puis jard',
    ];
    const feed = {
      ...base,
      initiatives: base.initiatives.map((item, i) => ({ ...item, summary: summaries[i]! })),
    };
    const index = getFeedIndex(parseFeed(feed).feed!);
    const search = getInitiativeSearch(index);
    await Promise.all([search.prepare(), search.prepareOrder('recent', 'fr')]);
    for (const steps of [
      ['ja', 'jardin'],
      ['j', 'jar', 'jardinage'],
      ['jar', 'jard', 'jardin partage'],
      ['un ja', 'un jardin'],
    ]) {
      let previous;
      for (const text of steps) {
        previous = runQuery(search, {}, {}, text, 'recent', 'fr', previous)!;
        const expected = index.filterInitiatives({ query: text }, 'recent').map((i) => i.id);
        expect(
          previous.items.map((i) => i.id),
          `${steps.join(' → ')}: ${text}`,
        ).to.deep.equal(expected);
      }
    }
  });

  it('typing more of a query refines the previous matches and gives the same answers', async () => {
    const { parseFeed } = await import('../../src/data/parse.js');
    const index = getFeedIndex(parseFeed(buildFeed(SIZE)).feed!);
    const search = getInitiativeSearch(index);
    await Promise.all([search.prepare(), search.prepareOrder('recent', 'fr')]);
    let previous;
    let step = 0;
    for (const text of [
      'j',
      'ja',
      'jardin',
      'jardin p',
      'jardin pa',
      'jardin par',
      'jardin parta',
      'par jardin',
      'par jardin e',
      'par jardin en',
      'par jardin ens',
      'jard',
      'jardi',
      'a',
      'a a',
      'a ae',
      'a aer',
      'atelier',
      'atelier 1',
      'velo',
      // A word typed at its front: the longer one is searched from before the shorter one.
      'rdin',
      'ardin',
      'jardin',
      'jardin e',
      'jardin e e',
      'jardin en e',
      // Words kept from one step to the next while others drop matches, then grown themselves.
      'e',
      'e jardin',
      'e jardin pa',
      'en jardin pa',
      'ens jardin par',
      'ense jardin part',
    ]) {
      const scope = { territory: 'region:53' };
      previous = runQuery(search, scope, { theme: 'ecologique' }, text, 'recent', 'fr', previous)!;
      const expected = index
        .filterInitiatives({ ...scope, theme: 'ecologique', query: text }, 'recent')
        .map((i) => i.id);
      expect(
        previous.items.map((i) => i.id),
        text,
      ).to.deep.equal(expected);
      // Counted (an open theme panel) for most steps, so the next one refines the counts; not
      // counted for every fourth (a closed panel), so the next one counts when asked.
      if (step++ % 4 === 3) continue;
      // The theme counts of a refined query (less what dropped out, or recounted from what
      // stayed) are those of the same query run afresh.
      const afresh = runQuery(search, scope, { theme: 'ecologique' }, text, 'recent', 'fr')!;
      expect(
        Object.fromEntries(themeCountsOf(search, previous)),
        `${text}: theme counts`,
      ).to.deep.equal(Object.fromEntries(themeCountsOf(search, afresh)));
    }
  });
});

describe('first render of 5,000 initiatives', () => {
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    network = mockNetwork({});
  });
  afterEach(() => network.restore());

  it('sorts in slices: no long task from the feed in memory to the first page', async () => {
    // Up to three fresh feeds (each sorts anew), stopping at the first clean run: see above.
    let longTasks: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const url = `/first-${attempt}.json`;
      network.restore();
      network = mockNetwork({ [url]: jsonResponse(buildFeed(SIZE)) });
      await getFeedStore(url).load();
      // Parsing the feed (the data layer's work) ends the task that resolved `load()`.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const el = document.createElement('tis-initiative-feed');
      longTasks = await longTasksDuring(async () => {
        el.src = url;
        el.sort = 'alpha';
        document.body.append(el);
        await waitUntil(() => el.shadowRoot?.querySelector('article'), 'no first page', {
          timeout: 5000,
        });
      });
      expect($$(el, 'article')).to.have.length(12);
      el.remove();
      if (!longTasks.some((d) => d > 50)) break;
    }
    expect(
      longTasks.filter((d) => d > 50),
      `long tasks ${longTasks.map((d) => d.toFixed(0)).join(' ')}`,
    ).to.deep.equal([]);
  });
});
