import { createContext } from '@lit/context';
import type { FeedState } from '../data/client.js';

/** What the visitor picked; shared by every widget inside one `<tis-feed>`. */
export interface Selection {
  territory?: string;
  theme?: string;
  network?: string;
}

/** What `<tis-feed>` provides to the widgets inside it. */
export interface FeedContextValue {
  readonly state: FeedState;
  readonly selection: Readonly<Selection>;
  /** Changes the shared selection (a key set to `undefined` clears it). */
  select(change: Partial<Selection>): void;
  /** Fetches the feed again. */
  refresh(): void;
}

/**
 * `Symbol.for` rather than a plain symbol: two copies of the library on one page (npm and CDN)
 * still find each other's provider.
 */
export const feedContext = createContext<FeedContextValue>(Symbol.for('tis-feed-context'));
