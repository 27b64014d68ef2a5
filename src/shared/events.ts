/**
 * Typed events fired by the widgets. All are prefixed `tis-`, bubble and are composed so the
 * host page hears them from inside shadow roots.
 */
import type { FeedError } from '../data/errors.js';
import type { Feed } from '../data/schema.js';
import type { Selection } from './context.js';

const init = { bubbles: true, composed: true } as const;

/** The feed was loaded (or a newer version replaced it) and the widget rendered it. */
export class TisLoadEvent extends Event {
  static readonly eventName = 'tis-load';
  readonly feed: Feed;
  readonly stale: boolean;
  constructor(feed: Feed, stale: boolean) {
    super(TisLoadEvent.eventName, init);
    this.feed = feed;
    this.stale = stale;
  }
}

/** The feed could not be loaded; the widget shows its fallback. */
export class TisErrorEvent extends Event {
  static readonly eventName = 'tis-error';
  readonly error: FeedError;
  constructor(error: FeedError) {
    super(TisErrorEvent.eventName, init);
    this.error = error;
  }
}

/** The visitor changed the territory, theme or network selection. */
export class TisSelectEvent extends Event {
  static readonly eventName = 'tis-select';
  readonly selection: Readonly<Selection>;
  constructor(selection: Readonly<Selection>) {
    super(TisSelectEvent.eventName, init);
    this.selection = selection;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tis-load': TisLoadEvent;
    'tis-error': TisErrorEvent;
    'tis-select': TisSelectEvent;
  }
}
