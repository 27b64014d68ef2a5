import type { FeedEvent } from '../data/schema.js';

/** The visitor opened the details of an event (dialog or day view). */
export class TisEventOpenEvent extends Event {
  static readonly eventName = 'tis-event-open';
  readonly event: FeedEvent;
  constructor(event: FeedEvent) {
    super(TisEventOpenEvent.eventName, { bubbles: true, composed: true });
    this.event = event;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tis-event-open': TisEventOpenEvent;
  }
}
