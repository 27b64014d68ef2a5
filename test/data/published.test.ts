/**
 * The published tree (format v1.1) as widgets read it: the index alone for the banner and the
 * counter, only the shards a widget shows, and a missing, tampered or hostile shard failing only
 * what it covers. The tree is the fixture feed published by the real publisher (see
 * web-test-runner.config.js), copied into the canned network under `/pub/`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/banner/define.js';
import '../../src/event-calendar/define.js';
import '../../src/initiative-feed/define.js';
import '../../src/territory-counter/define.js';
import type { TisBanner } from '../../src/banner/banner.js';
import { parseFeed } from '../../src/data/parse.js';
import type { FeedShard } from '../../src/data/schema.js';
import type { TisEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { TisInitiativeFeed } from '../../src/initiative-feed/initiative-feed.js';
import type { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

const NOW = Date.parse('2026-11-28T12:00:00+01:00');
const INDEX = '/pub/index.json';

interface Tree {
  files: Map<string, string>;
  index: { shards: FeedShard[]; [key: string]: unknown };
}

let tree: Tree;
let net: MockNetwork | undefined;
let warnings: string[];

before(async () => {
  const names: string[] = await (await fetch('/__published/files.json')).json();
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await (await fetch(`/__published/${name}`)).text());
  tree = { files, index: JSON.parse(files.get('index.json')!) };
});

afterEach(() => {
  net?.restore();
  net = undefined;
});

const json = (text: string) =>
  new Response(text, { headers: { 'content-type': 'application/json' } });

/** Serves the tree under /pub/, with some files replaced (a `Response`) or removed (`null`). */
function serve(changes: Record<string, string | Response | null> = {}): MockNetwork {
  warnings = [];
  resetFeedClient({ now: () => NOW, retries: 0, warn: (message) => warnings.push(message) });
  const routes: Record<string, Response> = {};
  for (const [name, text] of tree.files) routes[`/pub/${name}`] = json(text);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete routes[`/pub/${name}`];
    else routes[`/pub/${name}`] = typeof change === 'string' ? json(change) : change;
  }
  net = mockNetwork(routes);
  return net;
}

/** Paths requested under /pub/, in order. */
const requested = () =>
  net!.requests.map((r) => new URL(r.url).pathname.replace(/^\/pub\//, '')).filter(Boolean);

const shardsOf = (test: (shard: FeedShard) => boolean) =>
  tree.index.shards.filter(test).map((shard) => shard.url);

async function sha256Of(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('published tree: what each widget loads', () => {
  it('every file of the tree is a v1 document that the parser reads without error', () => {
    for (const [name, body] of tree.files) {
      if (!name.endsWith('.json')) continue;
      const result = parseFeed(JSON.parse(body));
      expect(result.feed, name).to.not.equal(null);
      expect(
        result.problems.filter((p) => p.severity === 'error'),
        name,
      ).to.deep.equal([]);
    }
  });

  it('the banner loads the index only and shows the campaign’s count from its figures', async () => {
    serve();
    const el = await fixture<TisBanner>(
      html`<tis-banner src=${INDEX} show-count .now=${NOW}></tis-banner>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.count'), 'no count', { timeout: 4000 });
    const joined = smallFeed().territories.filter((t) => 'joinedAt' in t && t.joinedAt).length;
    expect(joined).to.be.greaterThan(0);
    expect(text(el)).to.include(`${joined} `);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requested()).to.deep.equal(['index.json']);
  });

  it('the counter with a breakdown by région loads the index only', async () => {
    serve();
    const el = await fixture<TisTerritoryCounter>(
      html`<tis-territory-counter
        src=${INDEX}
        breakdown="region"
        no-animation
      ></tis-territory-counter>`,
    );
    await waitUntil(() => el.value !== undefined, 'no value', { timeout: 4000 });
    const feed = parseFeed(smallFeed()).feed!;
    expect(el.value).to.equal(feed.territories.filter((t) => t.joinedAt).length);
    expect(el.shadowRoot!.querySelectorAll('.breakdown li:not(.filler)').length).to.be.greaterThan(
      0,
    );
    expect(text(el)).to.include('Bretagne');
    expect(requested()).to.deep.equal(['index.json']);
  });

  it('a feed pinned to a département loads the shards of that territory only', async () => {
    serve();
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src=${INDEX} territory="departement:29"></tis-initiative-feed>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('article'), 'no article', {
      timeout: 4000,
    });
    expect(text(el)).to.include('Recyclerie solidaire');
    const loaded = requested().filter((path) => path !== 'index.json');
    expect(loaded.length).to.be.greaterThan(0);
    // Page 1 is listed in the index; the next pages are linked from the pages before them.
    for (const path of loaded)
      expect(path).to.match(/^initiatives\/(catalogue|departement-29-\d+|region-53-\d+)\./);
    // Nothing of the other régions.
    expect(
      loaded.some((path) => path.includes('region-84') || path.includes('region-76')),
    ).to.equal(false);
  });

  it('a feed with no pin shows its first page from the recent shard, then loads the rest for a search', async () => {
    serve();
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src=${INDEX} page-size="2"></tis-initiative-feed>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelectorAll('article').length === 2, 'no page', {
      timeout: 4000,
    });
    expect(requested()).to.deep.equal(['index.json', ...shardsOf((s) => s.scope === 'recent')]);
    expect(shardsOf((s) => s.scope === 'recent').length).to.equal(1);
    // The count is the campaign's, not the page's.
    const total = smallFeed().initiatives.length;
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include(String(total));
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'ajaccio';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => text(el).includes('Ajaccio') || text(el).includes('ajaccio'), 'no hit', {
      timeout: 4000,
    });
    const [catalogue] = shardsOf((s) => s.type === 'catalogue');
    const all = (JSON.parse(tree.files.get(catalogue!)!).shards as FeedShard[]).map((s) => s.url);
    expect(all.length).to.be.greaterThan(2);
    await waitUntil(() => all.every((path) => requested().includes(path)), 'not all loaded', {
      timeout: 4000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The rest arrived while the visitor was searching: what they typed is still there.
    expect(el.shadowRoot!.querySelector('#search')).to.equal(search);
    expect(search.value).to.equal('ajaccio');
  });

  it('the month calendar loads the months it shows, not the whole year', async () => {
    serve();
    const el = await fixture<TisEventCalendar>(
      html`<tis-event-calendar src=${INDEX} view="month" .now=${NOW}></tis-event-calendar>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.calendar'), 'no calendar', {
      timeout: 4000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const months = requested()
      .filter((path) => path.startsWith('events/'))
      .map((path) => path.slice(7, 14));
    const published = shardsOf((s) => s.type === 'events').map((path) => path.slice(7, 14));
    expect(months.length).to.be.greaterThan(0);
    for (const month of months)
      expect(['2026-10', '2026-11', '2026-12', '2027-01']).to.include(month);
    expect(months.length).to.be.lessThan(published.length + 1);
  });
});

describe('published tree: a shard that fails fails only what it covers', () => {
  /** The first pages of Bretagne's initiatives, as the catalogue lists them. */
  /**
   * Serves the tree with `target` (a shard the catalogue lists) replaced by `body`, as `answer`
   * when given: the catalogue names the shard with the hash of `body`, and the index names the
   * catalogue with its own.
   */
  const serveShard = async (
    target: string,
    body: string | Uint8Array<ArrayBuffer>,
    answer?: Response,
  ) => {
    const sha256 = await sha256Of(body);
    const [catalogueUrl] = shardsOf((s) => s.type === 'catalogue');
    const catalogue = JSON.parse(tree.files.get(catalogueUrl!)!);
    for (const shard of catalogue.shards) if (shard.url === target) shard.sha256 = sha256;
    const catalogueBody = JSON.stringify(catalogue);
    const index = structuredClone(tree.index);
    for (const shard of index.shards)
      if (shard.url === catalogueUrl) shard.sha256 = await sha256Of(catalogueBody);
    serve({
      [target]: answer ?? (body as string),
      [catalogueUrl!]: catalogueBody,
      'index.json': JSON.stringify(index),
    });
  };

  const brittanyShards = () => {
    const [catalogue] = shardsOf((s) => s.type === 'catalogue');
    return (JSON.parse(tree.files.get(catalogue!)!).shards as FeedShard[])
      .filter((s) => s.territory === 'departement:29' || s.territory === 'region:53')
      .map((s) => s.url);
  };

  it('a missing shard: the feed shows what it has and says what is missing; no uncaught error', async () => {
    const [missing] = brittanyShards();
    serve({ [missing!]: null });
    const page = await fixture<HTMLElement>(
      html`<div>
        <tis-banner src=${INDEX} show-count .now=${NOW}></tis-banner>
        <tis-initiative-feed src=${INDEX} territory="region:53"></tis-initiative-feed>
      </div>`,
    );
    const feed = page.querySelector('tis-initiative-feed')!;
    await waitUntil(() => text(feed).includes('Une partie des données'), 'no missing note', {
      timeout: 4000,
    });
    const banner = page.querySelector('tis-banner')!;
    expect(banner.shadowRoot!.querySelector('.count')).to.not.equal(null);
    expect(warnings.some((w) => w.includes(missing!))).to.equal(true);
  });

  it('a shard whose content does not match its hash is refused with a warning', async () => {
    const [tampered] = brittanyShards();
    const original = JSON.parse(tree.files.get(tampered!)!);
    original.initiatives[0].title = 'Changed on the way';
    serve({ [tampered!]: JSON.stringify(original) });
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src=${INDEX} territory="region:53"></tis-initiative-feed>`,
    );
    await waitUntil(() => text(el).includes('Une partie des données'), 'no missing note', {
      timeout: 4000,
    });
    expect(text(el)).to.not.include('Changed on the way');
    expect(warnings.some((w) => w.includes(tampered!) && w.includes('hash'))).to.equal(true);
  });

  it("a shard's hash is of its bytes as served, a byte order mark included", async () => {
    const [target] = brittanyShards();
    const doc = JSON.parse(tree.files.get(target!)!);
    doc.initiatives[0].title = 'Served with a byte order mark';
    const body = JSON.stringify(doc);
    // Written by an editor that starts UTF-8 files with EF BB BF, and published as such.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    await serveShard(
      target!,
      bytes,
      new Response(bytes, { headers: { 'content-type': 'application/json' } }),
    );
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src=${INDEX} territory="region:53"></tis-initiative-feed>`,
    );
    await waitUntil(() => text(el).includes('Served with a byte order mark'), 'shard not shown', {
      timeout: 4000,
    });
    expect(text(el)).to.not.include('Une partie des données');
    expect(warnings.filter((w) => w.includes(target!))).to.deep.equal([]);
  });

  it('an index whose shard links leave the tree or http(s) drops those links with a reason', () => {
    const index = JSON.parse(tree.files.get('index.json')!);
    const good = index.shards[0];
    index.shards = [
      good,
      { ...good, url: 'javascript:alert(1)' },
      { ...good, url: '//evil.example/x.json' },
      { ...good, url: '../../secrets.json' },
      { ...good, url: 'data:application/json,{}' },
      { ...good, sha256: 'not-a-hash' },
    ];
    const result = parseFeed(index);
    expect(result.feed!.shards).to.deep.equal([good]);
    const dropped = result.problems.filter((p) => p.path.startsWith('shards['));
    expect(dropped.map((p) => p.path)).to.deep.equal([
      'shards[1].url',
      'shards[2].url',
      'shards[3].url',
      'shards[4].url',
      'shards[5].sha256',
    ]);
  });

  it('a hostile shard (matching its hash) is read like a hostile feed: bad items dropped, text stays text', async () => {
    const [target] = brittanyShards();
    const doc = JSON.parse(tree.files.get(target!)!);
    doc.initiatives[0].title = '<img src=x onerror="window.__pwned=1">';
    doc.initiatives[0].url = 'javascript:window.__pwned=1';
    doc.initiatives.push({ id: 'broken', title: 42 });
    const body = JSON.stringify(doc);
    await serveShard(target!, body);
    const el = await fixture<TisInitiativeFeed>(
      html`<tis-initiative-feed src=${INDEX} territory="region:53"></tis-initiative-feed>`,
    );
    await waitUntil(() => text(el).includes('<img src=x'), 'hostile title not shown as text', {
      timeout: 4000,
    });
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(warnings.some((w) => w.includes('dropped'))).to.equal(true);
  });
});
