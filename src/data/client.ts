/**
 * The feed client: one request per feed URL per page, typed errors, retries, and a last good
 * copy with stale-while-revalidate. Widgets never fetch on their own; they subscribe to the
 * `FeedStore` of their URL.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { FeedCache } from './cache.js';
import { FeedError } from './errors.js';
import { parseFeedText, type FeedProblem } from './parse.js';
import type { Feed } from './schema.js';

/** The public feed of the campaign, used when a widget names no `src`. */
export const DEFAULT_FEED_URL = 'https://1000territoires.github.io/feed/v1/feed.json';

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
  let text: string;
  try {
    text = await ky
      .get(url, {
        timeout: options.timeout ?? 8000,
        signal: options.signal,
        fetch: options.fetch,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        retry: {
          limit: options.retries ?? 2,
          methods: ['get'],
          statusCodes: [408, 429, 500, 502, 503, 504],
          afterStatusCodes: [413, 429, 503],
          maxRetryAfter: 60_000,
          backoffLimit: 10_000,
        },
      })
      .text();
  } catch (error) {
    throw toFeedError(url, error, options.signal);
  }
  const result = parseFeedText(text);
  if (!result.feed) {
    const problem = result.problems[0];
    throw new FeedError(problem?.code === 'not-json' ? 'not-json' : 'invalid-feed', url, {
      detail: problem?.message,
    });
  }
  return { feed: result.feed, problems: result.problems };
}

function toFeedError(url: string, error: unknown, signal?: AbortSignal): FeedError {
  if (error instanceof FeedError) return error;
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError'))
    return new FeedError('aborted', url, { cause: error });
  if (error instanceof TimeoutError) return new FeedError('timeout', url, { cause: error });
  if (error instanceof HTTPError)
    return new FeedError('http', url, { status: error.response.status, cause: error });
  return new FeedError('network', url, { cause: error });
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
}

export interface FeedClientConfig {
  fetch?: typeof globalThis.fetch;
  storage?: () => Storage | null;
  timeout?: number;
  retries?: number;
  /** A stored copy younger than this (ms) renders at once while the feed revalidates. */
  freshFor?: number;
  now?: () => number;
}

const DEFAULT_CONFIG: Required<Omit<FeedClientConfig, 'fetch' | 'storage'>> &
  Pick<FeedClientConfig, 'fetch' | 'storage'> = {
  timeout: 8000,
  retries: 2,
  freshFor: 24 * 60 * 60 * 1000,
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

/** The shared state of one feed URL: one request, one parsed result, many subscribers. */
export class FeedStore {
  readonly url: string;
  private current: FeedState;
  private readonly listeners = new Set<Listener>();
  private readonly cache: FeedCache;
  private inFlight?: Promise<FeedState>;
  /** Serialised form of the feed shown, to skip identical revalidations. */
  private shownText?: string;
  /** A stored copy too old to show at once, kept in case the network fails. */
  private fallback?: { feed: Feed; text: string; fetchedAt: number };

  constructor(url: string) {
    this.url = url;
    this.cache = new FeedCache(config.storage);
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

  /** Fetches again (e.g. after a failure), keeping what is shown until the answer arrives. */
  refresh(): Promise<FeedState> {
    this.inFlight = this.revalidate();
    return this.inFlight;
  }

  private async start(): Promise<FeedState> {
    this.restoreFromCache();
    if (this.current.status !== 'ready') this.set({ ...this.current, status: 'loading' });
    const revalidation = this.revalidate();
    // A fresh stored copy is already shown: callers need not wait for the network.
    return this.current.status === 'ready' ? this.current : revalidation;
  }

  private restoreFromCache(): void {
    const cached = this.cache.read(this.url);
    if (!cached) return;
    const parsed = parseFeedText(cached.text);
    if (!parsed.feed) return;
    // Compare revalidations with the copy as parsed, not as stored: a copy written in another
    // key order (an older version of this library) is still the same content.
    const text = JSON.stringify(parsed.feed);
    const copy = { feed: parsed.feed, text, fetchedAt: cached.fetchedAt };
    if (config.now() - cached.fetchedAt <= config.freshFor) {
      this.shownText = text;
      this.set({
        url: this.url,
        status: 'ready',
        feed: parsed.feed,
        problems: [],
        stale: false,
        fetchedAt: cached.fetchedAt,
      });
    } else {
      this.fallback = copy;
    }
  }

  private async revalidate(): Promise<FeedState> {
    try {
      const { feed, problems } = await fetchFeed(this.url, {
        fetch: config.fetch,
        timeout: config.timeout,
        retries: config.retries,
      });
      const text = JSON.stringify(feed);
      const fetchedAt = config.now();
      this.cache.write(this.url, { text, fetchedAt });
      this.fallback = undefined;
      if (text === this.shownText && this.current.status === 'ready' && !this.current.stale) {
        // Same content as shown: no re-render.
        this.current = { ...this.current, fetchedAt, problems };
        return this.current;
      }
      this.shownText = text;
      this.set({ url: this.url, status: 'ready', feed, problems, stale: false, fetchedAt });
    } catch (error) {
      const feedError =
        error instanceof FeedError ? error : new FeedError('network', this.url, { cause: error });
      if (this.current.status === 'ready') {
        this.set({ ...this.current, stale: true, error: feedError });
      } else if (this.fallback) {
        const { feed, text, fetchedAt } = this.fallback;
        this.shownText = text;
        this.set({
          url: this.url,
          status: 'ready',
          feed,
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

/** Resolves a feed address against the page, so `feed.json` and its absolute form share a store. */
export function resolveFeedUrl(src: string | null | undefined): string {
  const value = src?.trim() || DEFAULT_FEED_URL;
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
