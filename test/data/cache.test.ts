import { expect } from '@open-wc/testing';
import { CACHE_DB, CACHE_PREFIX, FeedCache, IdbFeedCache } from '../../src/data/cache.js';
import { loadFeed, resolveFeedUrl, textHash } from '../../src/data/client.js';
import { parseFeed } from '../../src/data/parse.js';
import {
  MemoryStorage,
  mockNetwork,
  resetFeedClient,
  idleWrites,
  type MockNetwork,
} from '../support/network.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';

const URL_A = '/feed.json';
const NOW = Date.parse('2026-11-28T12:00:00+01:00');
const KEY = () => CACHE_PREFIX + resolveFeedUrl(URL_A);

/** A storage whose every method throws, like Safari's private mode or a disabled storage. */
class ThrowingStorage extends MemoryStorage {
  calls = 0;
  override getItem(): string | null {
    this.calls += 1;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override setItem(): void {
    this.calls += 1;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** A full storage: reads work, writes fail with the quota error. */
class FullStorage extends MemoryStorage {
  writes = 0;
  override setItem(): void {
    this.writes += 1;
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  }
}

const GARBAGE: Array<[string, string]> = [
  ['garbage JSON', '{"text": "{\\"version\\": 1'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an entry with no text', JSON.stringify({ fetchedAt: NOW })],
  ['an entry with no date', JSON.stringify({ text: JSON.stringify(smallFeed()) })],
  [
    'an entry with a date that is not a number',
    JSON.stringify({ text: JSON.stringify(smallFeed()), fetchedAt: 'yesterday' }),
  ],
  ['a non-feed', JSON.stringify({ text: JSON.stringify({ hello: 'world' }), fetchedAt: NOW })],
  [
    'a feed of another major version',
    JSON.stringify({ text: JSON.stringify({ ...smallFeed(), version: 2 }), fetchedAt: NOW }),
  ],
  ['text that is not JSON', JSON.stringify({ text: '<html>', fetchedAt: NOW })],
];

describe('FeedCache', () => {
  it('writes one namespaced key per URL and reads it back', () => {
    const storage = new MemoryStorage();
    const cache = new FeedCache(() => storage);
    cache.write('https://a.example/feed.json', { text: '{"version":1}', fetchedAt: 1 });
    cache.write('https://b.example/feed.json', { text: '{"version":1}', fetchedAt: 2 });
    expect(storage.length).to.equal(2);
    expect(storage.key(0)).to.equal(`${CACHE_PREFIX}https://a.example/feed.json`);
    expect(cache.readRaw('https://b.example/feed.json')).to.deep.equal({
      text: '{"version":1}',
      fetchedAt: 2,
    });
    expect(cache.read('https://c.example/feed.json')).to.equal(undefined);
  });

  it('treats a throwing storage as empty, on read and on write', () => {
    const storage = new ThrowingStorage();
    const cache = new FeedCache(() => storage);
    expect(cache.read('x')).to.equal(undefined);
    cache.write('x', { text: '{}', fetchedAt: 1 });
    expect(storage.calls).to.equal(2);
  });

  it('treats a storage that cannot even be reached as empty', () => {
    const cache = new FeedCache(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });
    expect(cache.read('x')).to.equal(undefined);
    cache.write('x', { text: '{}', fetchedAt: 1 });
    const none = new FeedCache(() => null);
    expect(none.read('x')).to.equal(undefined);
    none.write('x', { text: '{}', fetchedAt: 1 });
  });

  it('ignores a write that exceeds the quota', () => {
    const storage = new FullStorage();
    new FeedCache(() => storage).write('x', { text: '{}', fetchedAt: 1 });
    expect(storage.writes).to.equal(1);
    expect(storage.length).to.equal(0);
  });

  for (const [what, raw] of GARBAGE.slice(0, 6)) {
    it(`reads ${what} as no copy`, () => {
      const storage = new MemoryStorage();
      storage.setItem(`${CACHE_PREFIX}x`, raw);
      expect(new FeedCache(() => storage).readRaw('x')).to.equal(undefined);
    });
  }
});

describe('feed client with a broken storage', () => {
  let net: MockNetwork | undefined;

  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  it('a storage that throws on getItem and setItem: the feed loads from the network', async () => {
    const storage = new ThrowingStorage();
    resetFeedClient({ storage: () => storage, now: () => NOW });
    net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
    const state = await loadFeed(URL_A);
    expect(state.status).to.equal('ready');
    expect(state.stale).to.equal(false);
    await idleWrites();
    expect(storage.calls).to.equal(2);
  });

  it('a storage that throws, offline: a plain error, not a crash', async () => {
    resetFeedClient({ storage: () => new ThrowingStorage(), now: () => NOW, retries: 0 });
    net = mockNetwork({
      [URL_A]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const state = await loadFeed(URL_A);
    expect(state.status).to.equal('error');
    expect(state.error!.kind).to.equal('network');
  });

  it('a full storage (quota error on write): the feed is shown, the copy is just not kept', async () => {
    const storage = new FullStorage();
    resetFeedClient({ storage: () => storage, now: () => NOW });
    net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
    const state = await loadFeed(URL_A);
    expect(state.status).to.equal('ready');
    await idleWrites();
    expect(storage.writes).to.equal(1);
    expect(storage.length).to.equal(0);
  });

  for (const [what, raw] of GARBAGE) {
    it(`a storage holding ${what}: ignored, the network answers`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(KEY(), raw);
      resetFeedClient({ storage: () => storage, now: () => NOW });
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('ready');
      expect(state.stale).to.equal(false);
      expect(state.fetchedAt).to.equal(NOW);
      // The garbage is replaced by a good copy, once the data is painted and the page idle.
      await idleWrites();
      expect(JSON.parse(storage.getItem(KEY())!).fetchedAt).to.equal(NOW);
    });

    it(`a storage holding ${what}, offline: an error, not the garbage`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(KEY(), raw);
      resetFeedClient({ storage: () => storage, now: () => NOW, retries: 0 });
      net = mockNetwork({ [URL_A]: new Response('down', { status: 500 }) });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('error');
      expect(state.feed).to.equal(undefined);
    });
  }

  it('a stored copy is re-validated: an unsafe link planted in storage is removed', async () => {
    const tampered = JSON.parse(JSON.stringify(parseFeed(smallFeed()).feed));
    tampered.initiatives[0].url = 'javascript:alert(1)';
    const storage = new MemoryStorage();
    storage.setItem(
      KEY(),
      JSON.stringify({ text: JSON.stringify(tampered), fetchedAt: NOW - 1000 }),
    );
    resetFeedClient({ storage: () => storage, now: () => NOW, retries: 0 });
    net = mockNetwork({ [URL_A]: new Response('down', { status: 500 }) });
    const state = await loadFeed(URL_A);
    expect(state.status).to.equal('ready');
    expect(state.feed!.initiatives[0]!.url).to.equal(undefined);
  });
});

describe('IdbFeedCache', () => {
  const deleteDb = () =>
    new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(CACHE_DB);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  const waitFor = async (read: () => Promise<unknown>) => {
    for (let i = 0; i < 60; i += 1) {
      const value = await read();
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  };

  beforeEach(deleteDb);
  after(deleteDb);

  it('stores the parsed feed and reads it back as is, with its hash', async () => {
    const feed = parseFeed(smallFeed()).feed!;
    new IdbFeedCache().write('https://a.example/index.json', { feed, fetchedAt: NOW, hash: 'h1' });
    const cache = new IdbFeedCache();
    const stored = (await waitFor(() => cache.read('https://a.example/index.json'))) as
      { feed: unknown; fetchedAt: number; hash: string } | undefined;
    expect(stored?.fetchedAt).to.equal(NOW);
    expect(stored?.hash).to.equal('h1');
    expect(JSON.stringify(stored?.feed)).to.equal(JSON.stringify(feed));
  });

  it("a load is stored with its text's hash, taken once the data is painted and the page idle", async () => {
    const text = JSON.stringify(smallFeed());
    resetFeedClient({ cache: new IdbFeedCache(), now: () => NOW });
    const net = mockNetwork({
      [URL_A]: () => new Response(text, { headers: { 'content-type': 'application/json' } }),
    });
    try {
      expect((await loadFeed(URL_A)).status).to.equal('ready');
      const cache = new IdbFeedCache();
      const stored = (await waitFor(() => cache.read(resolveFeedUrl(URL_A)))) as
        { fetchedAt: number; hash: string } | undefined;
      expect(stored?.fetchedAt).to.equal(NOW);
      // The hash a revalidation compares with, to skip parsing the same text again.
      expect(stored?.hash).to.equal(textHash(text));
    } finally {
      net.restore();
    }
  });

  it('repairs a database of its name that lacks its store (made by something else)', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(CACHE_DB);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const feed = parseFeed(smallFeed()).feed!;
    new IdbFeedCache().write('https://b.example/index.json', { feed, fetchedAt: NOW });
    const cache = new IdbFeedCache();
    expect(await waitFor(() => cache.read('https://b.example/index.json'))).to.not.equal(undefined);
  });
});
