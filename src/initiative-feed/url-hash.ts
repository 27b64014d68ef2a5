/**
 * The feed's `sync-url`: the visitor's filters in the page's URL hash, written as they change
 * and read once the data is there, then on every `hashchange` (a shared link, back/forward).
 * A reactive controller over the pure reading and writing of `url-state.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlFilters, writeUrlFilters, type UrlFilters } from './url-state.js';

export interface UrlHashOptions {
  /** Whether the host syncs its filters with the hash now (its `sync-url`). */
  enabled: () => boolean;
  /** The host's filters now. */
  filters: () => UrlFilters;
  /** Applies filters read from the hash. */
  apply: (filters: UrlFilters) => void;
}

export class UrlHash implements ReactiveController {
  /** The hash has been read once: from then on, the hash follows the filters. */
  private read = false;
  /** The hash last written, not to be read back as a visitor's navigation. */
  private lastHash?: string;
  private readonly options: UrlHashOptions;

  constructor(host: ReactiveControllerHost, options: UrlHashOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Reads the hash once, when the data is there (after the current update: applying changes state). */
  start(): void {
    if (!this.options.enabled() || this.read) return;
    this.read = true;
    queueMicrotask(() => this.apply());
  }

  /** Writes the filters in the hash, once it has been read. */
  write(): void {
    if (!this.options.enabled() || !this.read) return;
    const filters = this.options.filters();
    // Nothing to say and nothing of ours in the hash: leave a plain anchor alone.
    if (!Object.values(filters).some(Boolean) && !location.hash.includes('tis-')) return;
    const hash = writeUrlFilters(location.hash, filters);
    if (hash === location.hash) return;
    this.lastHash = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** Takes the visitor's filters from the URL hash. */
  private apply(): void {
    this.options.apply(readUrlFilters(location.hash));
  }

  private readonly onHashChange = (): void => {
    if (this.options.enabled() && this.read && location.hash !== this.lastHash) this.apply();
  };
}
