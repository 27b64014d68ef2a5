/** Events specific to `<tis-banner>`. Same pattern as `src/shared/events.ts`. */

/** The visitor closed the banner. */
export class TisDismissEvent extends Event {
  static readonly eventName = 'tis-dismiss';
  /** The campaign whose banner was closed. */
  readonly campaignId: string;
  /**
   * When the dismissal expires (ms since the epoch), or `undefined` when it was not stored
   * (storage unavailable, or `dismiss-days="0"`): the banner stays closed for this page view only.
   */
  readonly until?: number;
  constructor(campaignId: string, until?: number) {
    super(TisDismissEvent.eventName, { bubbles: true, composed: true });
    this.campaignId = campaignId;
    this.until = until;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tis-dismiss': TisDismissEvent;
  }
}
