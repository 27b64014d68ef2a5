/**
 * The last good copy of each feed, in localStorage under one namespaced key per URL.
 * Storage is optional: when it throws (quota, private mode, disabled) or holds garbage, the
 * cache behaves as empty and the widgets carry on with the network.
 */
export const CACHE_PREFIX = 'tis-widgets:feed:v1:';

export interface CachedFeed {
  /** The validated feed, serialised (re-validated on read: storage is untrusted too). */
  text: string;
  /** When it was fetched, in ms since the epoch. */
  fetchedAt: number;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` itself throws when storage is disabled.
    return null;
  }
}

export class FeedCache {
  constructor(private readonly storage: () => Storage | null = defaultStorage) {}

  read(url: string): CachedFeed | undefined {
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

  write(url: string, entry: CachedFeed): void {
    try {
      this.storage()?.setItem(CACHE_PREFIX + url, JSON.stringify(entry));
    } catch {
      // Quota exceeded or storage disabled: the copy is simply not kept.
    }
  }
}
