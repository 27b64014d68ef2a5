/**
 * Loading the shards of a published index: one request per shard per page, checked against the
 * hash the index gives, stored for repeat views, and merged into the feed the store shows.
 *
 * It is its own module so that a page whose widgets read the index alone (the banner) never
 * downloads it: the widgets that show shards (the counter, the feed, the calendar) hand
 * `shardLoading` to their `FeedController`, and the store of their feed creates one `ShardSet`
 * the first time a need calls for shards.
 */
import { FeedError } from './errors.js';
import type { FeedProblem } from './parse-core.js';
import type { Feed, FeedShard } from './schema.js';
import { mergeShards, shardsFor, type FeedNeed, type NeedStatus } from './shards.js';
import type { FeedStorage } from './cache.js';

/** What a `FeedStore` lends its shards: its storage, its fetching and parsing, its reports. */
export interface ShardHost {
  /** The index's URL, against which the shards' URLs resolve. */
  readonly url: string;
  readonly cache?: FeedStorage;
  /** The store's clock (ms since the epoch). */
  now(): number;
  /** Fetches a file's bytes (the store's timeout and retries); rejects with a `FeedError`. */
  fetchBytes(url: string): Promise<ArrayBuffer>;
  /** Parses and validates a fetched file in slices; rejects with a `FeedError`. */
  parse(url: string, text: string): Promise<{ feed: Feed; problems: FeedProblem[] }>;
  /** Reports a file's dropped items and links (once per page per feed). */
  noteProblems(problems: readonly FeedProblem[], file: string): void;
  warn(message: string): void;
  /** Shows the index merged with the shards loaded so far. */
  remerge(): void;
}

/** Creates the shards of one store: what `FeedController`'s `shards` option takes. */
export type ShardLoading = (host: ShardHost) => ShardSet;

interface ShardEntry {
  shard: FeedShard;
  status: 'loading' | 'ready' | 'error';
  feed?: Feed;
  error?: FeedError;
  /** Load order, so the merged feed does not depend on network timing. */
  order: number;
}

/**
 * SHA-256 of a file's bytes in hex, or `undefined` where Web Crypto is missing (a page served
 * over plain http). Chromium digests on the main thread: the bytes as fetched, not the text
 * encoded again, spare that encoding (about a quarter of the check's time).
 */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The shards of one published index, by absolute URL. */
export class ShardSet {
  private readonly host: ShardHost;
  private readonly entries = new Map<string, ShardEntry>();
  private order = 0;
  private mergeScheduled = false;

  constructor(host: ShardHost) {
    this.host = host;
  }

  /**
   * Starts loading the shards of `feed` (the index merged with what is loaded) that `need`
   * resolves to, once each, and tells how far they are.
   */
  ensure(feed: Feed, need: FeedNeed): NeedStatus {
    const wanted = shardsFor(feed, need);
    let loaded = 0;
    const failed: FeedShard[] = [];
    for (const shard of wanted) {
      const url = this.urlOf(shard);
      if (!url) {
        failed.push(shard);
        continue;
      }
      const entry = this.entries.get(url) ?? this.load(url, shard);
      if (entry.status === 'ready') loaded += 1;
      else if (entry.status === 'error') failed.push(shard);
    }
    return { total: wanted.length, loaded, failed, complete: loaded === wanted.length };
  }

  /** Lets the shards that failed be tried again by the next need (after a refresh). */
  forgetFailed(): void {
    for (const [url, entry] of this.entries) if (entry.status === 'error') this.entries.delete(url);
  }

  /** The index with the loaded shards it lists, in load order. */
  merged(document: Feed): Feed {
    // Only shards this index reaches (listed, or linked from a page it reaches): after a new
    // build, the previous build's shards drop out.
    const reached: ShardEntry[] = [];
    const queue = [...(document.shards ?? [])];
    const seen = new Set<string>();
    while (queue.length) {
      const url = this.urlOf(queue.shift()!);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const entry = this.entries.get(url);
      if (entry?.status !== 'ready' || !entry.feed) continue;
      reached.push(entry);
      queue.push(...(entry.feed.shards ?? []));
    }
    return mergeShards(
      document,
      reached.sort((a, b) => a.order - b.order).map((entry) => entry.feed!),
    );
  }

  /** The absolute URL of a shard, relative to the index; `undefined` if not http(s). */
  private urlOf(shard: FeedShard): string | undefined {
    try {
      const url = new URL(shard.url, this.host.url);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private load(url: string, shard: FeedShard): ShardEntry {
    const entry: ShardEntry = { shard, status: 'loading', order: this.order++ };
    this.entries.set(url, entry);
    void this.fetch(url, shard).then(
      (feed) => {
        entry.status = 'ready';
        entry.feed = feed;
        this.scheduleMerge();
      },
      (error: unknown) => {
        entry.status = 'error';
        entry.error =
          error instanceof FeedError ? error : new FeedError('network', url, { cause: error });
        this.host.warn(
          `[1000territoires] feed ${this.host.url}: shard ${url} not loaded (${entry.error.message}); what it covers is missing, the rest is shown.`,
        );
        this.scheduleMerge();
      },
    );
    return entry;
  }

  /** A shard from storage (immutable: any age will do), else from the network, verified. */
  private async fetch(url: string, shard: FeedShard): Promise<Feed> {
    const { host } = this;
    const stored = await host.cache?.read(url);
    if (stored && stored.hash === shard.sha256) return stored.feed;
    const bytes = await host.fetchBytes(url);
    const hash = await sha256Hex(bytes);
    if (hash !== undefined && hash !== shard.sha256)
      throw new FeedError('invalid-feed', url, {
        detail: {
          fr: 'le contenu ne correspond pas à son empreinte (fichier modifié ou tronqué)',
          en: 'the content does not match its hash (file changed or cut short)',
        },
      });
    // Decoded as `Response.text()` does: UTF-8, a byte order mark dropped.
    const { feed, problems } = await host.parse(url, new TextDecoder().decode(bytes));
    host.noteProblems(problems, url);
    host.cache?.write(url, { feed, fetchedAt: host.now(), hash: shard.sha256 });
    return feed;
  }

  /** Merges the shards loaded so far into the feed shown, once per task whatever arrives. */
  private scheduleMerge(): void {
    if (this.mergeScheduled) return;
    this.mergeScheduled = true;
    setTimeout(() => {
      this.mergeScheduled = false;
      this.host.remerge();
    });
  }
}

/** Gives a store the loading of its shards; pass it as `FeedController`'s `shards` option. */
export const shardLoading: ShardLoading = (host) => new ShardSet(host);
