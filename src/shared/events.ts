/**
 * Typed events fired by the widgets. All are prefixed `tis-`, bubble and are composed so the
 * host page hears them from inside shadow roots.
 */
import type { FeedProblemCounts } from '../data/client.js';
import type { FeedError } from '../data/errors.js';
import type { FeedProblem } from '../data/parse.js';
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

/**
 * The feed loaded but some of it was left out: invalid or duplicate items dropped, unsafe links
 * removed, unknown references. The valid items render. Fired once per page per feed (by the
 * first widget that shows it), with every problem and their counts by reason.
 */
export class TisFeedProblemsEvent extends Event {
  static readonly eventName = 'tis-feed-problems';
  /** The feed address, resolved against the page. */
  readonly url: string;
  /** Each problem: `severity`, `code`, JSON `path`, `itemId`, `message.fr`/`.en`. */
  readonly problems: readonly FeedProblem[];
  /** Counts: `dropped`, `linksRemoved`, `unknownReferences`, `unlisted`, `byReason`. */
  readonly counts: FeedProblemCounts;
  constructor(url: string, problems: readonly FeedProblem[], counts: FeedProblemCounts) {
    super(TisFeedProblemsEvent.eventName, init);
    this.url = url;
    this.problems = problems;
    this.counts = counts;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tis-load': TisLoadEvent;
    'tis-error': TisErrorEvent;
    'tis-select': TisSelectEvent;
    'tis-feed-problems': TisFeedProblemsEvent;
  }
}
