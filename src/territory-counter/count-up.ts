/**
 * The counter's count-up: a number that rises from 0 to its final value once, when the
 * element is first seen, and the "first seen" observation itself (also used to delay the
 * announcement). Visibility goes through `@lit-labs/observers`' `IntersectionController`.
 */
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * An `IntersectionController` that can stop for good (no observation, no reconnection), and
 * that hears of intersections from the observer only: not from the host's update (the base
 * class takes the pending records there, so being seen would schedule an update from an update).
 */
class OnceIntersectionController extends IntersectionController {
  override async hostUpdated(): Promise<void> {}

  stop(host: Host): void {
    this.unobserve(host);
    this.disconnect();
    host.removeController(this);
  }
}

/**
 * Calls `onSeen` once, the first time `host` intersects the viewport (as `config` has it), then
 * stops observing for good. Without `IntersectionObserver`, calls it at once. Returns a function
 * that stops waiting. A host taken out of the page stops observing until it is back.
 */
export function whenSeen(
  host: Host,
  onSeen: () => void,
  config?: IntersectionObserverInit,
): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onSeen();
    return () => {};
  }
  let controller: OnceIntersectionController | undefined;
  const stop = () => {
    controller?.stop(host);
    controller = undefined;
  };
  controller = new OnceIntersectionController(host, {
    config,
    callback: (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      stop();
      onSeen();
    },
  });
  return stop;
}

/**
 * Counts up once, when the host is first seen: `shown` is 0 from the moment the count-up is
 * decided until the host is seen, then the frames write the rising digits through `write`,
 * and `shown` is back to `undefined` (the final value) at the end. Starting the frames needs no
 * update of the host: only the digits move. Never runs with reduced motion, nor without
 * `IntersectionObserver` or `requestAnimationFrame`.
 */
export class CountUp implements ReactiveController {
  /** The value shown while counting up; `undefined` shows the final value. */
  shown?: number;
  private decided = false;
  private frame?: number;
  private stopWaiting?: () => void;
  private readonly host: Host;
  private readonly duration: number;
  private readonly target: () => number;
  private readonly write: (value: number) => void;

  /**
   * @param duration Length of the count-up, in ms.
   * @param target The final value (read on every frame: it may change while counting).
   * @param write Shows an intermediate value. Called from the frame callback with no Lit
   *   update: it writes the digits' text directly.
   */
  constructor(host: Host, duration: number, target: () => number, write: (value: number) => void) {
    this.host = host;
    this.duration = duration;
    this.target = target;
    this.write = write;
    host.addController(this);
  }

  /**
   * Decides, from `willUpdate`, once the final value is known: with something to count and the
   * count-up enabled, the number starts from 0 and waits to be seen. Turning `enabled` off
   * later shows the final value at once.
   */
  prepare(target: number | undefined, enabled: boolean): void {
    if (!enabled && this.shown !== undefined) this.stop();
    if (target === undefined || this.decided) return;
    this.decided = true;
    // With nothing to count, nothing moves; nor with reduced motion, nor without the APIs.
    if (
      target > 0 &&
      enabled &&
      typeof IntersectionObserver !== 'undefined' &&
      typeof requestAnimationFrame !== 'undefined' &&
      !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    )
      this.shown = 0;
  }

  hostUpdated(): void {
    if (this.shown === undefined || this.frame !== undefined || this.stopWaiting) return;
    this.stopWaiting = whenSeen(
      this.host,
      () => {
        this.stopWaiting = undefined;
        this.start();
      },
      // Start once the top of the counter, where the number is, is well inside the viewport.
      { threshold: 0, rootMargin: '0px 0px -15% 0px' },
    );
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops any pending observation or frame and shows the final value. */
  stop(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    const changed = this.shown !== undefined;
    this.frame = undefined;
    this.shown = undefined;
    if (changed) this.host.requestUpdate();
  }

  /**
   * Counts up by writing the digits from the frame callback: no Lit update, style or layout
   * read per frame (a whole re-render per frame cost about 3x countUp.js). The final update
   * (`shown` back to undefined) renders the final number.
   */
  private start(): void {
    let start: number | undefined;
    let written = 0;
    const step = (time: number) => {
      start ??= time;
      const progress = Math.min(1, (time - start) / this.duration);
      if (progress >= 1) {
        this.frame = undefined;
        this.stop();
        return;
      }
      // The ease-out's last frames often round to the value shown (14 of 84 counting to 412):
      // writing the same digits again would still cost the browser a text layout and a paint.
      const value = Math.round(easeOutCubic(progress) * this.target());
      if (value !== written) this.write((written = value));
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }
}
