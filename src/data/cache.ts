/**
 * The last good copy of each feed file (a monolithic feed, a published index, each shard).
 *
 * By default in IndexedDB (database `tis-widgets`, one record per URL): the parsed, validated
 * data is stored as is (structured clone), so a repeat view paints without parsing or
 * validating again, and the copies do not eat the partner site's localStorage quota (about
 * 5 MB for the whole site). A Web Storage (`configureFeedClient({ storage })`: tests, hosts
 * without IndexedDB) keeps the older format: one namespaced key per URL holding the feed as
 * text, validated again on read.
 *
 * Storage is optional: when it throws (quota, private mode, sandboxed frame, disabled) or holds
 * garbage, the cache behaves as empty and the widgets carry on with the network.
 */
import { parseFeedTextCore } from './parse-core.js';
import type { Feed } from './schema.js';

export const CACHE_PREFIX = 'tis-widgets:feed:v1:';
/** The IndexedDB database and object store of the copies. */
export const CACHE_DB = 'tis-widgets';
const STORE = 'feeds';
/** Copies kept at most; the least recently fetched go first (shards are many and small). */
const MAX_ENTRIES = 400;

/** The Web Storage format: the validated feed, serialised. */
export interface CachedFeed {
  text: string;
  /** When it was fetched, in ms since the epoch. */
  fetchedAt: number;
}

/** A stored copy as the client uses it. */
export interface StoredFeed {
  feed: Feed;
  fetchedAt: number;
  /** Hash of the response text it came from: an identical revalidation re-renders nothing. */
  hash?: string;
}

/** Where copies go; reads may be asynchronous (IndexedDB). Never throws. */
export interface FeedStorage {
  read(url: string): StoredFeed | undefined | Promise<StoredFeed | undefined>;
  write(url: string, entry: StoredFeed): void;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` itself throws when storage is disabled.
    return null;
  }
}

/** Copies in a Web Storage, as JSON text under `tis-widgets:feed:v1:<url>`. */
export class FeedCache implements FeedStorage {
  constructor(private readonly storage: () => Storage | null = defaultStorage) {}

  /** The raw entry, checked for shape (not yet for content). */
  readRaw(url: string): CachedFeed | undefined {
    try {
      const raw = this.storage()?.getItem(CACHE_PREFIX + url);
      if (!raw) return undefined;
      const value: unknown = JSON.parse(raw);
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as CachedFeed).text === 'string' &&
        typeof (value as CachedFeed).fetchedAt === 'number' &&
        Number.isFinite((value as CachedFeed).fetchedAt)
      ) {
        return value as CachedFeed;
      }
    } catch {
      // Garbage or a throwing storage: treated as no copy.
    }
    return undefined;
  }

  read(url: string): StoredFeed | undefined {
    const raw = this.readRaw(url);
    if (!raw) return undefined;
    // Web Storage holds text that anything on the page could have written: validate again.
    const parsed = parseFeedTextCore(raw.text);
    return parsed.feed ? { feed: parsed.feed, fetchedAt: raw.fetchedAt } : undefined;
  }

  write(url: string, entry: StoredFeed | CachedFeed): void {
    const text = 'text' in entry ? entry.text : JSON.stringify(entry.feed);
    try {
      this.storage()?.setItem(
        CACHE_PREFIX + url,
        JSON.stringify({ text, fetchedAt: entry.fetchedAt }),
      );
    } catch {
      // Quota exceeded or storage disabled: the copy is simply not kept.
    }
  }
}

interface IdbRecord extends StoredFeed {
  url: string;
}

const isStored = (value: unknown): value is IdbRecord =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as IdbRecord).fetchedAt === 'number' &&
  Number.isFinite((value as IdbRecord).fetchedAt) &&
  typeof (value as IdbRecord).feed === 'object' &&
  (value as IdbRecord).feed !== null &&
  (value as IdbRecord).feed.version === 1 &&
  Array.isArray((value as IdbRecord).feed.initiatives) &&
  Array.isArray((value as IdbRecord).feed.events) &&
  Array.isArray((value as IdbRecord).feed.territories);

/** Runs `callback` when the page is idle (within 2 s), after what it is rendering. */
export function whenIdle(callback: () => void): void {
  if (globalThis.requestIdleCallback) globalThis.requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}

/**
 * Runs `callback` once the next frame is painted and the page is idle: after the render that new
 * data asked for. On a hidden page, which paints no frame, when idle.
 */
export function afterPaint(callback: () => void): void {
  if (
    globalThis.document?.visibilityState === 'visible' &&
    typeof requestAnimationFrame === 'function'
  )
    requestAnimationFrame(() => whenIdle(callback));
  else whenIdle(callback);
}

/** Copies in IndexedDB, parsed data stored as is. */
export class IdbFeedCache implements FeedStorage {
  private db?: Promise<IDBDatabase | undefined>;
  private writes = 0;

  private open(): Promise<IDBDatabase | undefined> {
    this.db ??= new Promise((resolve) => {
      const open = (version?: number) => {
        const request = globalThis.indexedDB.open(CACHE_DB, version);
        request.onupgradeneeded = () => {
          if (request.result.objectStoreNames.contains(STORE)) return;
          const store = request.result.createObjectStore(STORE, { keyPath: 'url' });
          store.createIndex('fetchedAt', 'fetchedAt');
        };
        request.onsuccess = () => {
          const db = request.result;
          if (db.objectStoreNames.contains(STORE)) {
            // Another tab upgrading the database: let it, and stop using this connection.
            db.onversionchange = () => db.close();
            resolve(db);
          } else if (version === undefined) {
            // A database of that name without our store (made by something else): add it.
            const next = db.version + 1;
            db.close();
            open(next);
          } else resolve(undefined);
        };
        request.onerror = () => resolve(undefined);
        request.onblocked = () => resolve(undefined);
      };
      try {
        open();
      } catch {
        // No IndexedDB (sandboxed frame, disabled storage): no copies.
        resolve(undefined);
      }
    });
    return this.db;
  }

  async read(url: string): Promise<StoredFeed | undefined> {
    const db = await this.open();
    if (!db) return undefined;
    return new Promise((resolve) => {
      try {
        const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(url);
        request.onsuccess = () =>
          resolve(isStored(request.result) ? (request.result as StoredFeed) : undefined);
        request.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
  }

  write(url: string, entry: StoredFeed): void {
    // Storing clones the data on the main thread: when the page is idle, not while it renders.
    void this.open().then((db) => {
      if (db) whenIdle(() => this.put(db, url, entry));
    });
  }

  private put(db: IDBDatabase, url: string, entry: StoredFeed): void {
    try {
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      store.put({ url, ...entry } satisfies IdbRecord);
      // Now and then, drop the oldest copies beyond the cap.
      if (++this.writes % 20 === 1) {
        const count = store.count();
        count.onsuccess = () => {
          let excess = count.result - MAX_ENTRIES;
          if (excess <= 0) return;
          store.index('fetchedAt').openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor || excess-- <= 0) return;
            cursor.delete();
            cursor.continue();
          };
        };
      }
      transaction.onerror = () => {};
    } catch {
      // Quota exceeded or closed database: the copy is simply not kept.
    }
  }
}

/** The default storage of the page: IndexedDB when it exists, else nothing. */
export function defaultFeedStorage(): FeedStorage | undefined {
  try {
    if (typeof globalThis.indexedDB !== 'undefined') return new IdbFeedCache();
  } catch {
    // Some sandboxes throw on the mere access.
  }
  return undefined;
}
