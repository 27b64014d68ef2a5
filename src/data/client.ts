/**
 * The feed client: one request per feed URL per page, typed errors, retries, and a last good
 * copy with stale-while-revalidate. Widgets never fetch on their own; they subscribe to the
 * `FeedStore` of their URL.
 */
import {
  defaultFeedStorage,
  FeedCache,
  afterPaint,
  type FeedStorage,
  type StoredFeed,
} from './cache.js';
import { FeedError, scriptError } from './errors.js';
import { fnv1a } from './hash.js';
import { pageFeedUrl } from './page-feed.js';
import { requestBytes, requestText, type RequestOptions } from './request.js';
import {
  explainInSteps,
  parseFeedCoreAsync,
  parseFeedTextCore,
  yieldToMain,
  type CoreResult,
  type FeedProblem,
} from './parse-core.js';
import type { Feed } from './schema.js';
import type { ShardHost, ShardLoading, ShardSet } from './shard-set.js';
import type { FeedNeed, NeedStatus } from './shards.js';

/** True when a feed is the index of a published tree. */
export function isPublishedIndex(feed: Feed | undefined): boolean {
  return Array.isArray(feed?.shards);
}

/** The campaign's published feed (the index of its published tree), used when a widget names no `src`. */
export const DEFAULT_FEED_URL = 'https://1000territoires.github.io/feed/v1/index.json';

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout in ms (default 8000). */
  timeout?: number;
  /** Retries after the first attempt, for 408, 429 and 5xx answers (default 2). */
  retries?: number;
  /** Injected `fetch`, for tests and non-browser hosts; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
}

export interface FetchedFeed {
  feed: Feed;
  problems: FeedProblem[];
}

/**
 * Fetches and validates one feed. Rejects with a `FeedError` only; an invalid item is not an
 * error (it is listed in `problems`), a document that is not a v1 feed is.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchedFeed> {
  return parseFetched(url, await fetchFeedText(url, options));
}

/**
 * Fetches the text of a feed file; rejects with a `FeedError` only. The first attempt is a plain
 * `fetch`; ky, which retries (408, 429 and 5xx answers, network errors, with `Retry-After` and
 * backoff), loads only when that first answer calls for a retry.
 */
export function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<string> {
  return requestText(url, requestOptions(options));
}

function requestOptions(options: FetchFeedOptions): RequestOptions {
  return {
    signal: options.signal,
    timeout: options.timeout ?? 8000,
    retries: options.retries ?? 2,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** Validates fetched text; rejects with a `FeedError` when it is not a v1 document at all. */
function parseFetched(url: string, text: string): Promise<FetchedFeed> {
  return checkParsed(url, parseFeedTextCore(text));
}

/**
 * The same, in slices that yield to the page (decoding, then validation 12 ms at a time): a
 * large monolithic feed never blocks the host page in one long task.
 */
async function parseFetchedAsync(url: string, text: string): Promise<FetchedFeed> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Let the text parser say where and why.
    return parseFetched(url, text);
  }
  await yieldToMain();
  return checkParsed(url, await parseFeedCoreAsync(value));
}

/**
 * Gives dropped items their precise reason. zod's code (explain.ts, its own chunk on the CDN) is
 * loaded for that only: a feed whose items are all valid never downloads it. If it cannot load
 * (network, CSP), each problem keeps its provisional reason ("invalid value", with the item's
 * path); the feed is shown all the same.
 */
async function explainDropped(result: CoreResult): Promise<void> {
  if (!result.unexplained.length) return;
  const loaded = await import('./explain.js').catch(() => undefined);
  if (loaded) await explainInSteps(result.unexplained, loaded.explain);
}

async function checkParsed(url: string, result: CoreResult): Promise<FetchedFeed> {
  if (!result.feed) {
    const problem = result.problems[0];
    throw new FeedError(problem?.code === 'not-json' ? 'not-json' : 'invalid-feed', url, {
      detail: problem?.message,
    });
  }
  await explainDropped(result);
  return { feed: result.feed, problems: result.problems };
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a widget renders from: always one of these, never a thrown error. */
export interface FeedState {
  readonly url: string;
  readonly status: FeedStatus;
  readonly feed?: Feed;
  readonly problems: readonly FeedProblem[];
  /** The last failure, also set when an older copy is shown instead. */
  readonly error?: FeedError;
  /** True when the data shown is the last good copy because the network failed. */
  readonly stale: boolean;
  /** When the data shown was fetched (ms since the epoch). */
  readonly fetchedAt?: number;
  /**
   * The document loaded from the URL: the same object as `feed` for a monolithic feed; for a
   * published index, the index alone (`feed` is the index merged with the shards loaded).
   */
  readonly document?: Feed;
}

export interface FeedClientConfig {
  fetch?: typeof globalThis.fetch;
  /** A Web Storage for the copies (tests, older hosts); default: IndexedDB. */
  storage?: () => Storage | null;
  /** Where copies go, replacing `storage` and the IndexedDB default; `null`: keep none. */
  cache?: FeedStorage | null;
  /**
   * A stored copy younger than this (ms) is shown without asking the network at all (the
   * freshness of a published index; default 5 minutes).
   */
  revalidateAfter?: number;
  timeout?: number;
  retries?: number;
  /** A stored copy younger than this (ms) renders at once while the feed revalidates. */
  freshFor?: number;
  now?: () => number;
  /**
   * Where the once-per-feed warning about dropped items and removed links goes (default
   * `console.warn`); tests whose fixtures hold such problems on purpose pass a quiet one.
   */
  warn?: (message: string) => void;
}

const DEFAULT_CONFIG: Required<Omit<FeedClientConfig, 'fetch' | 'storage' | 'cache' | 'warn'>> &
  Pick<FeedClientConfig, 'fetch' | 'storage' | 'cache' | 'warn'> = {
  timeout: 8000,
  retries: 2,
  freshFor: 24 * 60 * 60 * 1000,
  revalidateAfter: 5 * 60 * 1000,
  now: () => Date.now(),
};

let config = { ...DEFAULT_CONFIG };
let stores = new Map<string, FeedStore>();

/**
 * Changes how feeds are fetched and cached (tests, non-browser hosts). Forgets the stores made
 * so far, so the next `getFeedStore` starts afresh.
 */
export function configureFeedClient(overrides: FeedClientConfig = {}): void {
  config = { ...DEFAULT_CONFIG, ...overrides };
  stores = new Map();
}

type Listener = (state: FeedState) => void;

/** What a live load found wrong with a feed, counted by reason. */
export interface FeedProblemCounts {
  /** Items (or collections) left out: `invalid-item`, `duplicate-id`, `invalid-collection`... */
  dropped: number;
  /** Links removed from kept items (not http or https). */
  linksRemoved: number;
  /** References to a network, theme or territory the feed does not define (items kept). */
  unknownReferences: number;
  /** Problems past the parser's list cap (`MAX_PROBLEMS`), of any kind, counted but not listed. */
  unlisted: number;
  /**
   * Count per reason: `invalid <collection>.<field> (<why>)` for a dropped item (the first
   * field that failed, and why), the problem code otherwise (`duplicate-id`,
   * `unsafe-url <field>`, `unknown-reference`, `not listed`).
   */
  byReason: Readonly<Record<string, number>>;
}

/** The problems of one live load of a feed, with their counts; reported once per page. */
export interface FeedProblemReport {
  readonly url: string;
  readonly problems: readonly FeedProblem[];
  readonly counts: FeedProblemCounts;
}

/** Length and FNV-1a of a text: tells an unchanged revalidation without parsing it again. */
export function textHash(text: string): string {
  return `${text.length.toString(36)}-${fnv1a(text)}`;
}

function cacheOfConfig(): FeedStorage | undefined {
  if (config.cache !== undefined) return config.cache ?? undefined;
  if (config.storage) return new FeedCache(config.storage);
  return defaultFeedStorage();
}

/** The shared state of one feed URL: one request, one parsed result, many subscribers. */
export class FeedStore {
  readonly url: string;
  private current: FeedState;
  private readonly listeners = new Set<Listener>();
  private readonly cache?: FeedStorage;
  private inFlight?: Promise<FeedState>;
  /** Hash of the text of the document shown, to skip identical revalidations unparsed. */
  private shownHash?: string;
  /** A stored copy too old to show at once, kept in case the network fails. */
  private fallback?: StoredFeed;
  /**
   * The report of the first live load that had problems, until a widget fires it as an event; a
   * `FeedError` (`kind: "script"`) when the code that counts them could not load.
   */
  private pendingReport?: Promise<FeedProblemReport | FeedError>;
  private problemsReported = false;
  /** The shards of a published index, once a need calls for them (data/shard-set.ts). */
  private shardSet?: ShardSet;

  constructor(url: string) {
    this.url = url;
    this.cache = cacheOfConfig();
    this.current = { url, status: 'idle', problems: [], stale: false };
  }

  get state(): FeedState {
    return this.current;
  }

  /** Calls `listener` on every visible change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts loading once (later calls share the same work) and resolves with the first settled
   * state: `ready` (possibly from the last good copy) or `error`.
   */
  load(): Promise<FeedState> {
    if (this.current.status === 'ready' || this.current.status === 'error') {
      return Promise.resolve(this.current);
    }
    this.inFlight ??= this.start();
    return this.inFlight;
  }

  /**
   * The problems found by the first live load that had any, handed out once: the first widget
   * to show this feed fires them as a `tis-feed-problems` event (or, if their counting code could
   * not load, a `tis-error` with the `FeedError` it resolves to). Later calls return `undefined`.
   */
  takeProblemReport(): Promise<FeedProblemReport | FeedError> | undefined {
    const report = this.pendingReport;
    this.pendingReport = undefined;
    return report;
  }

  /** Fetches again (e.g. after a failure), keeping what is shown until the answer arrives. */
  refresh(): Promise<FeedState> {
    this.shardSet?.forgetFailed();
    this.inFlight = this.revalidate();
    return this.inFlight;
  }

  /**
   * Makes sure the data a widget shows is loaded: for a published index, starts loading the
   * shards the need resolves to (once each per page) and tells how far they are. A monolithic
   * feed meets every need. Call again after each change: a pin below a département resolves
   * once its territories are known. `loading` (`shardLoading` of data/shard-set.ts) is what
   * loads shards: a page whose widgets never pass it never downloads that code.
   */
  ensure(need: FeedNeed, loading: ShardLoading): NeedStatus {
    const document = this.current.document;
    const feed = this.current.feed;
    if (!document || !feed || !isPublishedIndex(document))
      return { total: 0, loaded: 0, failed: [], complete: this.current.status === 'ready' };
    this.shardSet ??= loading(this.shardHost());
    return this.shardSet.ensure(feed, need);
  }

  /** What the shards borrow from the store. */
  private shardHost(): ShardHost {
    return {
      url: this.url,
      cache: this.cache,
      now: () => config.now(),
      fetchBytes: (url) =>
        requestBytes(
          url,
          requestOptions({ fetch: config.fetch, timeout: config.timeout, retries: config.retries }),
        ),
      parse: parseFetchedAsync,
      noteProblems: (problems, file) => this.noteProblems(problems, file),
      warn: (message) => (config.warn ?? console.warn)(message),
      remerge: () => {
        const document = this.current.document;
        if (document && this.current.status === 'ready')
          this.set({ ...this.current, feed: this.merged(document) });
      },
    };
  }

  /** The index with the loaded shards it lists; any other document as it is. */
  private merged(document: Feed): Feed {
    return this.shardSet && isPublishedIndex(document) ? this.shardSet.merged(document) : document;
  }

  private async start(): Promise<FeedState> {
    const fresh = await this.restoreFromCache();
    if (this.current.status !== 'ready') this.set({ ...this.current, status: 'loading' });
    // A copy stored moments ago (a repeat view within the index's freshness): no request.
    if (fresh) return this.current;
    const revalidation = this.revalidate();
    // A fresh stored copy is already shown: callers need not wait for the network.
    return this.current.status === 'ready' ? this.current : revalidation;
  }

  /** Shows a stored copy young enough; returns true when it is too young to revalidate. */
  private async restoreFromCache(): Promise<boolean> {
    let stored: StoredFeed | undefined;
    try {
      const read = this.cache?.read(this.url);
      stored = read instanceof Promise ? await read : read;
    } catch {
      stored = undefined;
    }
    if (!stored) return false;
    const age = config.now() - stored.fetchedAt;
    if (age > config.freshFor) {
      this.fallback = stored;
      return false;
    }
    this.shownHash = stored.hash;
    this.set({
      url: this.url,
      status: 'ready',
      feed: this.merged(stored.feed),
      document: stored.feed,
      problems: [],
      stale: false,
      fetchedAt: stored.fetchedAt,
    });
    return age >= 0 && age < config.revalidateAfter;
  }

  private async revalidate(): Promise<FeedState> {
    try {
      const text = await fetchFeedText(this.url, {
        fetch: config.fetch,
        timeout: config.timeout,
        retries: config.retries,
      });
      const fetchedAt = config.now();
      if (this.shownHash !== undefined && this.current.status === 'ready' && !this.current.stale) {
        const hash = textHash(text);
        if (hash === this.shownHash) {
          // Same content as shown: no parse, no re-render; the copy is simply fresher.
          this.current = { ...this.current, fetchedAt };
          const document = this.current.document;
          if (document) this.cache?.write(this.url, { feed: document, fetchedAt, hash });
          return this.current;
        }
      }
      const { feed, problems } = await parseFetchedAsync(this.url, text);
      // Rendering is the widgets' work: a task of its own, after the parsing's.
      await yieldToMain();
      this.noteProblems(problems);
      this.fallback = undefined;
      const shown = this.current;
      const unchanged =
        this.shownHash === undefined &&
        shown.status === 'ready' &&
        !shown.stale &&
        // A copy stored without its hash (Web Storage, or written in another key order): the
        // same content as parsed needs no re-render either.
        JSON.stringify(feed) === JSON.stringify(shown.document);
      // The text's hash and the stored copy wait until the data is painted and the page is idle:
      // the next revalidation and the next visit need them, this paint does not (hashing costs 3
      // to 7 ms of main thread for a 60 kB index the first time a page runs it, more for a whole
      // feed; an idle moment before the paint, while a widget's code still downloads, would
      // spend them there).
      const document = unchanged ? shown.document : feed;
      this.shownHash = undefined;
      afterPaint(() => {
        const hash = textHash(text);
        // Unless newer data is shown by then.
        if (this.current.document === document) this.shownHash = hash;
        this.cache?.write(this.url, { feed, fetchedAt, hash });
      });
      if (unchanged) {
        this.current = { ...shown, fetchedAt, problems };
        return this.current;
      }
      this.set({
        url: this.url,
        status: 'ready',
        feed: this.merged(feed),
        document: feed,
        problems,
        stale: false,
        fetchedAt,
      });
    } catch (error) {
      const feedError =
        error instanceof FeedError ? error : new FeedError('network', this.url, { cause: error });
      if (this.current.status === 'ready') {
        this.set({ ...this.current, stale: true, error: feedError });
      } else if (this.fallback) {
        const { feed, fetchedAt, hash } = this.fallback;
        this.shownHash = hash;
        this.set({
          url: this.url,
          status: 'ready',
          feed: this.merged(feed),
          document: feed,
          problems: [],
          stale: true,
          error: feedError,
          fetchedAt,
        });
      } else {
        this.set({ url: this.url, status: 'error', problems: [], stale: false, error: feedError });
      }
    }
    return this.current;
  }

  /**
   * A partly invalid feed is not an error (the valid items render) but its publisher must hear
   * of it: one console warning with counts by reason, once per page per feed, whatever the
   * number of widgets, revalidations or problems.
   */
  private noteProblems(problems: readonly FeedProblem[], file = this.url): void {
    if (this.problemsReported || problems.length === 0) return;
    this.problemsReported = true;
    // A page's own warning hook that throws must not lose the report.
    const warn = (message: string) => {
      try {
        (config.warn ?? console.warn)(message);
      } catch {
        // Reported through the event all the same.
      }
    };
    // Counting and describing problems is a chunk of its own: a clean feed never downloads it.
    this.pendingReport = import('./problem-report.js').then(
      ({ countFeedProblems, describeFeedProblems }) => {
        const counts = countFeedProblems(problems);
        warn(
          `[1000territoires] feed ${file}: ${describeFeedProblems(counts)}. The valid items are shown; see the tis-feed-problems event for each problem.`,
        );
        return { url: file, problems, counts };
      },
      (error: unknown) => {
        warn(
          `[1000territoires] feed ${file}: ${problems.length} problems; their report could not load.`,
        );
        return scriptError(error);
      },
    );
  }

  private set(state: FeedState): void {
    this.current = state;
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch (error) {
        // One faulty subscriber must not stop the others; report without throwing.
        console.error(error);
      }
    }
  }
}

/**
 * Resolves a feed address against the page, so `feed.json` and its absolute form share a store.
 * No `src`: the page's `<meta name="tis-widgets-feed">`, else the campaign's feed.
 */
export function resolveFeedUrl(src: string | null | undefined): string {
  const value = src?.trim() || pageFeedUrl() || DEFAULT_FEED_URL;
  try {
    return new URL(value, globalThis.document?.baseURI).href;
  } catch {
    return value;
  }
}

/** The one store of a feed URL on this page. */
export function getFeedStore(src?: string | null): FeedStore {
  const url = resolveFeedUrl(src);
  let store = stores.get(url);
  if (!store) {
    store = new FeedStore(url);
    stores.set(url, store);
  }
  return store;
}

/** Loads a feed through its shared store; resolves with the settled state, never rejects. */
export function loadFeed(src?: string | null): Promise<FeedState> {
  return getFeedStore(src).load();
}
