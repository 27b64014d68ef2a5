/**
 * A part of a widget in a chunk of its own, loaded on first use (the map of France, the banner's
 * overlay variants): asked for once per element, and if it cannot load (network, CSP, SRI), the
 * element fires one `tis-error` (`kind: "script"`, naming the file) and renders again without it.
 */
import type { ReactiveControllerHost } from 'lit';
import { scriptError } from '../data/errors.js';
import { TisErrorEvent } from './events.js';

export class LazyPart {
  /** The part could not load: the widget shows what it can without it. */
  failed = false;
  /** Settles once the part is loaded or has failed (after `request()`). */
  settled?: Promise<void>;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly load: () => Promise<unknown>;

  constructor(host: ReactiveControllerHost & HTMLElement, load: () => Promise<unknown>) {
    this.host = host;
    this.load = load;
  }

  /** Starts loading the part, once per element (the module itself is fetched once per page). */
  request(): void {
    this.settled ??= this.load().then(
      () => undefined,
      (error: unknown) => {
        this.failed = true;
        // A widget removed meanwhile cannot be heard from: tell the document instead.
        const target = this.host.isConnected ? this.host : this.host.ownerDocument;
        target.dispatchEvent(new TisErrorEvent(scriptError(error)));
        this.host.requestUpdate();
      },
    );
  }
}
