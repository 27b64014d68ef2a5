import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { getFeedStore, type FeedState, type FeedStore } from '../data/client.js';
import { FeedError } from '../data/errors.js';
import type { FeedIndex } from '../data/queries.js';
import type { Feed } from '../data/schema.js';
import type { ShardLoading } from '../data/shard-set.js';
import type { FeedNeed, NeedStatus } from '../data/shards.js';
import { feedContext, type FeedContextValue, type Selection } from './context.js';
import { TisErrorEvent, TisFeedProblemsEvent, TisLoadEvent, TisSelectEvent } from './events.js';

/** What a widget exposes for the controller to read. */
export interface FeedHost extends ReactiveElement {
  /** The feed URL; ignored inside a `<tis-feed>`, which provides the feed. */
  src?: string | null;
  /** `lazy`: wait until the widget nears the viewport before loading. */
  loading?: 'eager' | 'lazy';
}

const ROOT_ATTACHED = Symbol.for('tis-context-root');

/**
 * Lets a provider that upgrades after its widgets (script order, lazy definitions) still reach
 * them: unanswered context requests are replayed when a provider appears.
 */
function ensureContextRoot(doc: Document): void {
  const flagged = doc as Document & { [ROOT_ATTACHED]?: boolean };
  if (flagged[ROOT_ATTACHED]) return;
  flagged[ROOT_ATTACHED] = true;
  new ContextRoot().attach(doc.documentElement);
}

/**
 * Gives a widget its feed: from the enclosing `<tis-feed>` when there is one, else from the
 * shared store of its own `src` (one request per URL per page). Re-renders the host on every
 * visible change and fires `tis-load` / `tis-error` on it.
 */
/** What `FeedController.render()` draws for each state of the feed. */
export interface FeedRenderers<T> {
  /** Nothing to show yet (loading, or idle until seen). */
  pending?: () => T;
  /** A feed is there; `index` is its query index when the controller has the `index` option. */
  complete: (feed: Feed, index: FeedIndex | undefined) => T;
  /** The feed could not load and there is no copy to show. */
  error?: (error: FeedState['error']) => T;
}

export class FeedController implements ReactiveController {
  private readonly host: FeedHost;
  private provided?: FeedContextValue;
  private store?: FeedStore;
  private unsubscribe?: () => void;
  private localSelection: Selection = {};
  private observer?: IntersectionObserver;
  private visible = false;
  private lastAnnounced?: Feed | FeedState['error'];
  private readonly shards?: ShardLoading;
  private readonly indexOf?: (feed: Feed) => FeedIndex;
  private readonly turns?: (host: FeedHost) => void;

  /**
   * @param options.shards What loads the shards of a published feed: `shardLoading` of
   *   data/shard-set.ts, for a widget that calls `need()`. A widget that shows the index alone
   *   leaves it out, and its page never downloads that code.
   * @param options.index What builds the query index of a feed: `getFeedIndex` of
   *   data/queries.ts, for a widget that filters or searches (`index`, and `render()`'s
   *   `complete`). A widget that reads the feed as it is leaves it out, like `shards`.
   * @param options.turns How the widget asks to render new data: `requestDataRender` of
   *   shared/render-turns.ts, for a widget whose render of the data is large (it then takes
   *   turns with the others); without it, `requestUpdate`.
   */
  constructor(
    host: FeedHost,
    options: {
      shards?: ShardLoading;
      index?: (feed: Feed) => FeedIndex;
      turns?: (host: FeedHost) => void;
    } = {},
  ) {
    this.host = host;
    this.shards = options.shards;
    this.indexOf = options.index;
    this.turns = options.turns;
    host.addController(this);
    // The consumer registers itself as a controller of the host; no need to keep it here.
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (value) => {
        // A provider that has not published yet answers `undefined`: its value follows.
        if (!value) return;
        this.provided = value;
        this.detachStore();
        this.announce(value.state);
        this.renderData();
      },
    });
  }

  /** The feed state the widget should render. */
  get state(): FeedState {
    return (
      this.provided?.state ??
      this.store?.state ?? { url: '', status: 'idle', problems: [], stale: false }
    );
  }

  get feed(): Feed | undefined {
    return this.state.feed;
  }

  /** The shared query index of the current feed (with the `index` option). */
  get index(): FeedIndex | undefined {
    const feed = this.feed;
    return feed && this.indexOf?.(feed);
  }

  /**
   * Renders the feed's state, in the shape of `@lit/task`'s `render()`: `complete` as soon as a
   * feed is there (also while a newer copy loads, or after a refresh failed: what is shown stays),
   * else `error` when it could not load (else `pending` again), else `pending`.
   */
  render<T>(renderers: FeedRenderers<T>): T | undefined {
    const state = this.state;
    if (state.feed) return renderers.complete(state.feed, this.indexOf?.(state.feed));
    if (state.status === 'error' && renderers.error) return renderers.error(state.error);
    return renderers.pending?.();
  }

  /**
   * Says what the widget shows, so that a published feed loads only the shards holding it
   * (a monolithic feed meets every need at once). Call on every update: it is cheap, loads each
   * shard once per page, and tells how far the need is met (for progress and "missing" notes).
   */
  need(need: FeedNeed): NeedStatus {
    const { url, status } = this.state;
    if (!url || status !== 'ready') return { total: 0, loaded: 0, failed: [], complete: false };
    if (!this.shards)
      throw new Error(
        '[1000territoires] FeedController.need() needs the `shards` option (shardLoading)',
      );
    return getFeedStore(url).ensure(need, this.shards);
  }

  /** The document loaded from the URL (a published index alone, without its shards). */
  get document(): Feed | undefined {
    return this.state.document ?? this.state.feed;
  }

  /** True when a `<tis-feed>` provides the feed and the selection. */
  get inProvider(): boolean {
    return this.provided !== undefined;
  }

  /** The visitor's selection: shared with the provider's other widgets, or this widget's own. */
  get selection(): Readonly<Selection> {
    return this.provided?.selection ?? this.localSelection;
  }

  /** Changes the selection (from a visitor's action) and fires `tis-select`. */
  select(change: Partial<Selection>): void {
    if (this.provided) {
      this.provided.select(change);
    } else {
      this.localSelection = { ...this.localSelection, ...change };
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(new TisSelectEvent({ ...this.selection, ...change }));
  }

  /** Fetches the feed again (the retry button of the error state). */
  retry(): void {
    if (this.provided) this.provided.refresh();
    else void this.store?.refresh();
  }

  hostConnected(): void {
    ensureContextRoot(this.host.ownerDocument);
    // Outside a `<tis-feed>`, no provider can answer: take the store at once, so that a feed
    // already in memory is drawn by the first render (not a skeleton replaced a microtask later).
    // Inside one, let the context request (sent by the consumer on connect) be answered first.
    if (!this.insideProvider()) this.connectSource();
    else queueMicrotask(() => this.connectSource());
  }

  hostDisconnected(): void {
    this.detachStore();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    if (!this.provided && this.store && this.store.url !== getFeedStore(this.host.src).url) {
      this.detachStore();
      this.connectSource();
    }
  }

  private connectSource(): void {
    if (this.provided || this.store || !this.host.isConnected) return;
    // Inside a `<tis-feed>`: its context will arrive, even when the tag is defined after this
    // widget (script order); meanwhile fetching this widget's own `src` would waste a request.
    if (this.insideProvider()) {
      if (!customElements.get('tis-feed')) {
        void customElements.whenDefined('tis-feed').then(() => this.connectSource());
      }
      return;
    }
    if (this.host.loading === 'lazy' && !this.visible) {
      this.observeVisibility();
      return;
    }
    this.attachStore();
  }

  private insideProvider(): boolean {
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof Element && node.localName === 'tis-feed') return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }

  private observeVisibility(): void {
    if (this.observer || typeof IntersectionObserver === 'undefined') {
      if (!this.observer) this.attachStore();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.visible = true;
          this.observer?.disconnect();
          this.observer = undefined;
          this.connectSource();
        }
      },
      { rootMargin: '300px' },
    );
    this.observer.observe(this.host);
  }

  /** New data to render (a load, a shard, a provider's value): in turn, with the `turns` option. */
  private renderData(): void {
    if (this.turns) this.turns(this.host);
    else this.host.requestUpdate();
  }

  private attachStore(): void {
    const store = getFeedStore(this.host.src);
    this.store = store;
    this.unsubscribe = store.subscribe((state) => {
      this.announce(state);
      this.renderData();
    });
    void store.load();
    this.announce(store.state);
    this.host.requestUpdate();
  }

  private detachStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  /**
   * Fires `tis-load` for each new feed shown and `tis-error` for each new failure, once; and
   * `tis-feed-problems` when this widget is the first on the page to show a partly invalid feed.
   */
  private announce(state: FeedState): void {
    // A published index shows more as its shards arrive: that is the same feed, announced once.
    const shown = state.document ?? state.feed;
    if (state.status === 'ready' && state.feed && shown) {
      const fresh = this.lastAnnounced !== shown;
      this.lastAnnounced = shown;
      const event = fresh ? new TisLoadEvent(state.feed, state.stale) : undefined;
      // The store hands its report out once: one event per page per feed, whatever the widgets
      // (a shard's problems arrive after the index's, hence the check on every change).
      const report = state.url ? getFeedStore(state.url).takeProblemReport() : undefined;
      if (!event && !report) return;
      void this.host.updateComplete.then(async () => {
        if (event) this.host.dispatchEvent(event);
        const taken = await report;
        if (!taken) return;
        // A widget removed meanwhile cannot be heard from: tell the document instead.
        const target = this.host.isConnected ? this.host : this.host.ownerDocument;
        target.dispatchEvent(
          taken instanceof FeedError
            ? new TisErrorEvent(taken)
            : new TisFeedProblemsEvent(taken.url, taken.problems, taken.counts),
        );
      });
    } else if (state.status === 'error' && state.error && this.lastAnnounced !== state.error) {
      this.lastAnnounced = state.error;
      const event = new TisErrorEvent(state.error);
      void this.host.updateComplete.then(() => this.host.dispatchEvent(event));
    }
  }
}
