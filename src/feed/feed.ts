import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { getFeedStore, type FeedStore } from '../data/client.js';
import { feedContext, type FeedContextValue, type Selection } from '../shared/context.js';
import { VERSION } from '../shared/define.js';

/**
 * Loads the feed once and provides it, its load state and a shared selection (territory,
 * theme, network) to every widget inside it: a territory picked in the initiative feed also
 * filters the calendar and the counter.
 *
 * @summary Optional provider: widgets inside share one feed and one selection.
 * @tag tis-feed
 * @slot - The widgets (and any other content).
 */
export class TisFeed extends LitElement {
  static readonly version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: {},
    territory: {},
    theme: {},
    network: {},
  };

  private readonly provider = new ContextProvider(this, { context: feedContext });
  private store?: FeedStore;
  private unsubscribe?: () => void;
  private selection: Selection = {};

  /** Feed URL (default: the campaign's public feed). */
  src?: string;

  /** Initial territory selection (`kind:code`), e.g. `departement:29`. */
  territory?: string;

  /** Initial theme or transition selection. */
  theme?: string;

  /** Initial network selection. */
  network?: string;

  override connectedCallback(): void {
    this.selection = {
      territory: this.territory || undefined,
      theme: this.theme || undefined,
      network: this.network || undefined,
    };
    // Publish before connecting the provider: widgets that were waiting for this element to
    // upgrade are answered as soon as it connects, and must get a value, not `undefined`.
    this.attach();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (
      changed.has('src') &&
      this.isConnected &&
      this.store &&
      this.store.url !== getFeedStore(this.src).url
    ) {
      this.unsubscribe?.();
      this.store = undefined;
      this.attach();
    }
    const presets = (['territory', 'theme', 'network'] as const).filter((key) => changed.has(key));
    if (presets.length && changed.get(presets[0]!) !== undefined) {
      // A page changing a preset after start-up changes the shared selection too.
      const change: Partial<Selection> = {};
      for (const key of presets) change[key] = this[key] || undefined;
      this.applySelection(change);
    }
  }

  private attach(): void {
    const store = getFeedStore(this.src);
    this.store = store;
    this.unsubscribe = store.subscribe(() => this.publish());
    this.publish();
    void store.load();
  }

  private applySelection(change: Partial<Selection>): void {
    this.selection = { ...this.selection, ...change };
    this.publish();
  }

  private publish(): void {
    const store = this.store;
    if (!store) return;
    // A new object each time: consumers compare by identity to know they must re-render.
    const value: FeedContextValue = {
      state: store.state,
      selection: this.selection,
      select: (change) => this.applySelection(change),
      refresh: () => void store.refresh(),
    };
    this.provider.setValue(value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-feed': TisFeed;
  }
}
