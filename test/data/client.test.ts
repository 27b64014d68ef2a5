import { expect } from '@open-wc/testing';
import { CACHE_PREFIX } from '../../src/data/cache.js';
import {
  fetchFeed,
  getFeedStore,
  loadFeed,
  resolveFeedUrl,
  type FeedState,
} from '../../src/data/client.js';
import { FeedError } from '../../src/data/errors.js';
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
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** An answer that never comes, but ends when the request is aborted (as real `fetch` does). */
function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (request.signal.aborted) abort();
    request.signal.addEventListener('abort', abort);
  });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A feed different from `smallFeed()`: one title changed. */
function newerFeed() {
  const feed = smallFeed();
  feed.initiatives[0]!.title = 'Recyclerie solidaire, nouvelle version (exemple)';
  return feed;
}

/** Storage holding a copy of `feed` fetched at `fetchedAt`, as written by the client. */
function storageWith(feed: unknown, fetchedAt: number, url = URL_A): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(
    CACHE_PREFIX + resolveFeedUrl(url),
    JSON.stringify({ text: JSON.stringify(feed), fetchedAt }),
  );
  return storage;
}

const offline = () => {
  throw new TypeError('Failed to fetch');
};

async function errorOf(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('feed client', () => {
  let net: MockNetwork | undefined;

  beforeEach(() => {
    resetFeedClient({ now: () => NOW });
  });

  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  describe('dropped items', () => {
    it('get the precise reason from zod, loaded on demand, for every one of them', async () => {
      const feed = smallFeed() as unknown as Record<string, Record<string, unknown>[]>;
      const template = feed.initiatives[0]!;
      // 120 broken copies: more than one step of explanations, the page yields in between.
      const broken = Array.from({ length: 120 }, (_, i) => ({
        ...template,
        id: `broken-${i}`,
        ...(i % 2 ? { title: { fr: '   ' } } : { territories: ['nowhere'] }),
      }));
      feed.initiatives = [...feed.initiatives, ...broken];
      net = mockNetwork({ [URL_A]: jsonResponse(feed) });
      const { problems } = await fetchFeed(resolveFeedUrl(URL_A));
      const expected = parseFeed(feed).problems;
      const dropped = problems.filter((p) => p.code === 'invalid-item');
      expect(dropped).to.have.length(120);
      expect(dropped.map((p) => p.path)).to.include.members([
        `initiatives[${feed.initiatives.length - 120}].territories[0]`,
        `initiatives[${feed.initiatives.length - 119}].title.fr`,
      ]);
      expect(problems).to.deep.equal(expected);
    });
  });

  describe('one request per URL', () => {
    it('10 concurrent consumers and loadFeed share one request and one parsed feed', async () => {
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const states = await Promise.all([
        ...Array.from({ length: 10 }, () => getFeedStore(URL_A).load()),
        loadFeed(URL_A),
        loadFeed(URL_A),
      ]);
      expect(net.count(URL_A)).to.equal(1);
      expect(net.requests).to.have.length(1);
      for (const state of states) {
        expect(state.status).to.equal('ready');
        expect(state.feed).to.equal(states[0]!.feed);
      }
      expect(states[0]!.feed!.initiatives).to.have.length(smallFeed().initiatives.length);
      // Later consumers get the settled result without a new request.
      expect((await loadFeed(URL_A)).feed).to.equal(states[0]!.feed);
      expect(net.requests).to.have.length(1);
    });

    it('a relative and an absolute URL share one store', async () => {
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const absolute = new URL(URL_A, document.baseURI).href;
      expect(getFeedStore(absolute)).to.equal(getFeedStore(URL_A));
      expect(getFeedStore(`  ${URL_A}  `)).to.equal(getFeedStore(URL_A));
      await Promise.all([loadFeed(absolute), loadFeed(URL_A)]);
      expect(net.requests).to.have.length(1);
    });

    it('two URLs, two requests', async () => {
      net = mockNetwork({
        [URL_A]: jsonResponse(smallFeed()),
        '/other.json': jsonResponse(newerFeed()),
      });
      const [a, b] = await Promise.all([loadFeed(URL_A), loadFeed('/other.json')]);
      expect(net.requests).to.have.length(2);
      expect(a.feed).to.not.equal(b.feed);
    });

    it('sends no credentials and no referrer, and asks for JSON', async () => {
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      await loadFeed(URL_A);
      const request = net.requests[0]!;
      expect(request.credentials).to.equal('omit');
      expect(request.referrerPolicy).to.equal('no-referrer');
      expect(request.method).to.equal('GET');
      expect(request.headers.get('accept')).to.equal('application/json');
    });
  });

  describe('errors', () => {
    it('timeout: a feed that never answers fails with kind "timeout", in French and English', async () => {
      resetFeedClient({ timeout: 200 });
      net = mockNetwork({ [URL_A]: hang });
      const started = performance.now();
      const state = await loadFeed(URL_A);
      const elapsed = performance.now() - started;
      expect(state.status).to.equal('error');
      expect(state.feed).to.equal(undefined);
      expect(state.error).to.be.instanceOf(FeedError);
      expect(state.error!.kind).to.equal('timeout');
      expect(state.error!.messages.fr).to.equal('Le flux a mis trop de temps à répondre.');
      expect(state.error!.messages.en).to.equal('The feed took too long to answer.');
      expect(elapsed).to.be.within(190, 1500);
      expect(net.requests[0]!.signal.aborted, 'the request is aborted, not left running').to.equal(
        true,
      );
    });

    it('retries a 503 after the time given by Retry-After', async () => {
      const times: number[] = [];
      net = mockNetwork({
        [URL_A]: (_request, attempt) => {
          times.push(performance.now());
          return attempt === 1
            ? new Response('Service unavailable', { status: 503, headers: { 'Retry-After': '1' } })
            : jsonResponse(smallFeed());
        },
      });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('ready');
      expect(times).to.have.length(2);
      expect(times[1]! - times[0]!).to.be.at.least(950);
    });

    for (const status of [500, 502, 429, 408]) {
      it(`retries a ${status}`, async () => {
        net = mockNetwork({
          [URL_A]: (_request, attempt) =>
            attempt === 1 ? new Response('oops', { status }) : jsonResponse(smallFeed()),
        });
        const state = await loadFeed(URL_A);
        expect(state.status).to.equal('ready');
        expect(net.count(URL_A)).to.equal(2);
      });
    }

    it('gives up after the configured retries, with the HTTP status', async () => {
      resetFeedClient({ retries: 1 });
      net = mockNetwork({
        [URL_A]: () => new Response('down', { status: 503, headers: { 'Retry-After': '0' } }),
      });
      const state = await loadFeed(URL_A);
      expect(net.count(URL_A)).to.equal(2);
      expect(state.error!.kind).to.equal('http');
      expect(state.error!.status).to.equal(503);
      expect(state.error!.messages.fr).to.include('(HTTP 503)');
    });

    it('does not retry a 404', async () => {
      net = mockNetwork({});
      const state = await loadFeed('/missing.json');
      expect(net.count('/missing.json')).to.equal(1);
      expect(state.status).to.equal('error');
      expect(state.error!.kind).to.equal('http');
      expect(state.error!.status).to.equal(404);
      expect(state.error!.messages.en).to.equal(
        'The feed server answered with an error. (HTTP 404)',
      );
    });

    it('an HTML page is "not-json"', async () => {
      net = mockNetwork({
        [URL_A]: new Response('<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
      });
      const state = await loadFeed(URL_A);
      expect(state.error!.kind).to.equal('not-json');
      expect(state.error!.messages.fr).to.include("n'est pas un flux JSON");
      expect(state.error!.messages.en).to.include('HTML page');
    });

    it('a JSON document that is not a v1 feed is "invalid-feed", with the reason', async () => {
      net = mockNetwork({ [URL_A]: jsonResponse({ ...smallFeed(), version: 2 }) });
      const state = await loadFeed(URL_A);
      expect(state.error!.kind).to.equal('invalid-feed');
      expect(state.error!.messages.en).to.include('unsupported format version "2"');
      expect(state.error!.messages.fr).to.include('version de format « 2 »');
    });

    it('a feed with invalid items is ready, with its problems listed', async () => {
      const feed = smallFeed();
      feed.initiatives[0]!.url = 'javascript:alert(1)';
      (feed.initiatives[1] as Record<string, unknown>).title = 42;
      net = mockNetwork({ [URL_A]: jsonResponse(feed) });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('ready');
      expect(state.feed!.initiatives).to.have.length(feed.initiatives.length - 1);
      expect(state.problems.map((p) => p.code)).to.deep.equal(['unsafe-url', 'invalid-item']);
    });

    it('a network failure is "network" (retried, then given up)', async () => {
      net = mockNetwork({ [URL_A]: offline });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('error');
      expect(state.error!.kind).to.equal('network');
      expect(state.error!.messages.fr).to.equal('Le flux est injoignable (réseau indisponible).');
      expect(net.count(URL_A)).to.equal(3);
    });

    it('a first attempt lost to the network is retried, and the retry shows the feed', async () => {
      net = mockNetwork({
        [URL_A]: (_request, attempt) => (attempt === 1 ? offline() : jsonResponse(smallFeed())),
      });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('ready');
      expect(net.count(URL_A)).to.equal(2);
      expect(net.requests[1]!.credentials, 'a retry sends no credentials either').to.equal('omit');
      expect(net.requests[1]!.referrerPolicy).to.equal('no-referrer');
    });

    it('a timeout is not retried', async () => {
      resetFeedClient({ timeout: 100 });
      net = mockNetwork({ [URL_A]: hang });
      const state = await loadFeed(URL_A);
      expect(state.error!.kind).to.equal('timeout');
      expect(net.count(URL_A)).to.equal(1);
    });

    it('fetchFeed with an aborted signal rejects with kind "aborted"', async () => {
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const controller = new AbortController();
      controller.abort();
      const error = await errorOf(fetchFeed(resolveFeedUrl(URL_A), { signal: controller.signal }));
      expect(error.kind).to.equal('aborted');
      expect(error.messages.en).to.equal('Loading the feed was cancelled.');
      expect(net.requests.every((request) => request.signal.aborted)).to.equal(true);
    });

    it('fetchFeed aborted while waiting rejects with kind "aborted"', async () => {
      net = mockNetwork({ [URL_A]: hang });
      const controller = new AbortController();
      const pending = fetchFeed(resolveFeedUrl(URL_A), {
        signal: controller.signal,
        timeout: 5000,
      });
      setTimeout(() => controller.abort(), 20);
      expect((await errorOf(pending)).kind).to.equal('aborted');
      expect(net.requests).to.have.length(1);
    });

    it('refresh() after an error tries again', async () => {
      resetFeedClient({ retries: 0 });
      net = mockNetwork({
        [URL_A]: (_request, attempt) =>
          attempt === 1 ? new Response('down', { status: 500 }) : jsonResponse(smallFeed()),
      });
      const store = getFeedStore(URL_A);
      expect((await store.load()).status).to.equal('error');
      const state = await store.refresh();
      expect(state.status).to.equal('ready');
      expect(state.error).to.equal(undefined);
      expect(store.state).to.equal(state);
    });
  });

  describe('last good copy', () => {
    it('a successful load is kept in storage with its fetch time', async () => {
      const storage = resetFeedClient({ now: () => NOW });
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const state = await loadFeed(URL_A);
      expect(state.fetchedAt).to.equal(NOW);
      // Stored when the page is idle, after the render.
      await idleWrites();
      const entry = JSON.parse(storage.getItem(CACHE_PREFIX + resolveFeedUrl(URL_A))!);
      expect(entry.fetchedAt).to.equal(NOW);
      expect(JSON.parse(entry.text)).to.deep.equal(JSON.parse(JSON.stringify(state.feed)));
      expect(storage.length).to.equal(1);
    });

    it('offline with an old copy: shows it, marked stale with its date', async () => {
      const fetchedAt = NOW - 3 * DAY;
      const storage = storageWith(parseFeed(smallFeed()).feed, fetchedAt);
      resetFeedClient({ storage: () => storage, now: () => NOW, retries: 0 });
      net = mockNetwork({ [URL_A]: offline });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('ready');
      expect(state.stale).to.equal(true);
      expect(state.fetchedAt).to.equal(fetchedAt);
      expect(state.error!.kind).to.equal('network');
      expect(state.feed!.initiatives).to.have.length(smallFeed().initiatives.length);
    });

    it('offline with no copy: an error, no feed', async () => {
      resetFeedClient({ now: () => NOW, retries: 0 });
      net = mockNetwork({ [URL_A]: offline });
      const state = await loadFeed(URL_A);
      expect(state.status).to.equal('error');
      expect(state.stale).to.equal(false);
      expect(state.feed).to.equal(undefined);
      expect(state.error!.kind).to.equal('network');
    });

    it('offline with a fresh copy: shows it at once, then marks it stale', async () => {
      const storage = storageWith(parseFeed(smallFeed()).feed, NOW - MINUTE);
      resetFeedClient({ storage: () => storage, now: () => NOW, retries: 0 });
      const answer = deferred<void>();
      net = mockNetwork({
        [URL_A]: async () => {
          await answer.promise;
          return offline();
        },
      });
      const store = getFeedStore(URL_A);
      const first = await store.load();
      expect(first.status).to.equal('ready');
      expect(first.stale).to.equal(false);
      const seen: FeedState[] = [];
      store.subscribe((state) => seen.push(state));
      answer.resolve();
      await waitFor(() => seen.length > 0);
      expect(seen).to.have.length(1);
      expect(seen[0]!.stale).to.equal(true);
      expect(seen[0]!.feed).to.equal(first.feed);
      expect(seen[0]!.fetchedAt).to.equal(NOW - MINUTE);
    });

    it('stale-while-revalidate: a fresh copy renders at once; a new version replaces it once', async () => {
      const storage = storageWith(parseFeed(smallFeed()).feed, NOW - MINUTE);
      resetFeedClient({ storage: () => storage, now: () => NOW + 1 });
      const answer = deferred<void>();
      net = mockNetwork({
        [URL_A]: async () => {
          await answer.promise;
          return jsonResponse(newerFeed());
        },
      });
      const store = getFeedStore(URL_A);
      const first = await store.load();
      // Ready from the copy while the request is still waiting for its answer.
      expect(first.status).to.equal('ready');
      expect(first.fetchedAt).to.equal(NOW - MINUTE);
      expect(first.feed!.initiatives[0]!.title.fr).to.equal('Recyclerie solidaire (exemple)');
      await waitFor(() => net!.requests.length === 1);
      expect(store.state).to.equal(first);

      const seen: FeedState[] = [];
      store.subscribe((state) => seen.push(state));
      answer.resolve();
      await waitFor(() => seen.length > 0);
      await settle();
      expect(seen).to.have.length(1);
      expect(seen[0]!.status).to.equal('ready');
      expect(seen[0]!.stale).to.equal(false);
      expect(seen[0]!.fetchedAt).to.equal(NOW + 1);
      expect(seen[0]!.feed!.initiatives[0]!.title.fr).to.equal(
        'Recyclerie solidaire, nouvelle version (exemple)',
      );
      // The new version is the one kept.
      const entry = JSON.parse(storage.getItem(CACHE_PREFIX + resolveFeedUrl(URL_A))!);
      expect(entry.fetchedAt).to.equal(NOW + 1);
      expect(entry.text).to.include('nouvelle version');
    });

    it('stale-while-revalidate: an identical version causes no notification', async () => {
      const storage = storageWith(parseFeed(smallFeed()).feed, NOW - MINUTE);
      resetFeedClient({ storage: () => storage, now: () => NOW });
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const store = getFeedStore(URL_A);
      const first = await store.load();
      const seen: FeedState[] = [];
      store.subscribe((state) => seen.push(state));
      await waitFor(() => net!.requests.length > 0);
      await settle();
      expect(seen).to.have.length(0);
      expect(store.state.feed).to.equal(first.feed);
    });

    it('an identical version written differently (key order, raw feed) causes no notification either', async () => {
      // An older library version, or the raw feed, serialised differently: same content.
      const storage = storageWith(smallFeed(), NOW - MINUTE);
      resetFeedClient({ storage: () => storage, now: () => NOW });
      net = mockNetwork({ [URL_A]: jsonResponse(smallFeed()) });
      const store = getFeedStore(URL_A);
      await store.load();
      const seen: FeedState[] = [];
      store.subscribe((state) => seen.push(state));
      await waitFor(() => net!.requests.length > 0);
      await settle();
      expect(seen).to.have.length(0);
    });

    it('a copy older than freshFor is not shown while the network answers', async () => {
      const storage = storageWith(parseFeed(smallFeed()).feed, NOW - 2 * DAY);
      resetFeedClient({ storage: () => storage, now: () => NOW });
      net = mockNetwork({ [URL_A]: jsonResponse(newerFeed()) });
      const store = getFeedStore(URL_A);
      const seen: FeedState[] = [];
      store.subscribe((state) => seen.push(state));
      const state = await store.load();
      expect(seen.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
      expect(state.stale).to.equal(false);
      expect(state.feed!.initiatives[0]!.title.fr).to.include('nouvelle version');
    });
  });
});

/** Polls `condition` every few ms (at most 3 s). */
async function waitFor(condition: () => boolean): Promise<void> {
  const until = performance.now() + 3000;
  while (!condition()) {
    if (performance.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets pending promise callbacks and timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
