/**
 * The counter's count-up: a number that rises from 0 to its final value once, when the
 * element is first seen, and the "first seen" observation itself (also used to delay the
 * announcement).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

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
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    stop();
    onSeen();
  }, config);
  // Observes while the host is in the page (Lit calls `hostConnected` at once if it is).
  const controller: ReactiveController = {
    hostConnected: () => observer.observe(host),
    hostDisconnected: () => observer.disconnect(),
  };
  const stop = () => {
    observer.disconnect();
    host.removeController(controller);
  };
  host.addController(controller);
  return stop;
}

/**
 * Counts up once, when the host is first seen: `shown` is 0 from the moment the count-up is
 * decided until the host is seen; then `run` starts the animations that show the rising digits
 * (Web Animations, which the compositor plays: no script, style or layout per frame on the main
 * thread), and `shown` is back to `undefined` (the final value) when they finish. Never runs with
 * reduced motion, nor without `IntersectionObserver`; whether the browser can run the animations
 * is the host's to say, through `enabled` (the counter asks `canCountUp`).
 */
export class CountUp implements ReactiveController {
  /** The value shown while counting up; `undefined` shows the final value. */
  shown?: number;
  private decided = false;
  /** The target being counted to, and the animations counting. */
  private counting?: { target: number; animations: readonly Animation[] };
  private stopWaiting?: () => void;
  private readonly host: Host;
  private readonly duration: number;
  private readonly run: (duration: number) => { target: number; animations: readonly Animation[] };

  /**
   * @param duration Length of the count-up, in ms.
   * @param run Starts the count-up's animations, from 0 to the host's current value (returned
   *   with them), over `duration`.
   */
  constructor(
    host: Host,
    duration: number,
    run: (duration: number) => { target: number; animations: readonly Animation[] },
  ) {
    this.host = host;
    this.duration = duration;
    this.run = run;
    host.addController(this);
  }

  /**
   * Decides, from `willUpdate`, once the final value is known: with something to count and the
   * count-up enabled, the number starts from 0 and waits to be seen. Turning `enabled` off
   * later, or a new final value while counting, shows the final value at once.
   */
  prepare(target: number | undefined, enabled: boolean): void {
    if (!enabled && this.shown !== undefined) this.stop();
    if (this.counting && target !== this.counting.target) this.stop();
    if (target === undefined || this.decided) return;
    this.decided = true;
    // With nothing to count, nothing moves; nor with reduced motion, nor without the observer.
    if (
      target > 0 &&
      enabled &&
      typeof IntersectionObserver !== 'undefined' &&
      !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    )
      this.shown = 0;
  }

  hostUpdated(): void {
    if (this.shown === undefined || this.counting || this.stopWaiting) return;
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

  /** Stops any pending observation or animation and shows the final value. */
  stop(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    for (const animation of this.counting?.animations ?? []) animation.cancel();
    const changed = this.shown !== undefined;
    this.counting = undefined;
    this.shown = undefined;
    if (changed) this.host.requestUpdate();
  }

  /** Starts the animations; the final update (`shown` back to undefined) renders the text. */
  private start(): void {
    const counting = this.run(this.duration);
    if (!counting.animations.length) {
      this.stop();
      return;
    }
    this.counting = counting;
    Promise.all(counting.animations.map((animation) => animation.finished)).then(
      () => {
        if (this.counting === counting) this.stop();
      },
      // Cancelled: `stop()` already showed the final value.
      () => {},
    );
  }
}
