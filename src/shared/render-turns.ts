/**
 * Widgets that new data reaches at the same moment (one feed for several widgets of a page, or a
 * `<tis-feed>` and its children) take turns to render it: once the widgets' data renders of the
 * current task have run for `TASK_BUDGET` ms, the next one waits for a task of its own. Each
 * render stays whole (no half-drawn widget), but the page never gets one long task holding all
 * of them, which blocks its visitors' input (total blocking time) on slow phones.
 *
 * Only renders caused by data (a feed loaded, a shard arrived, a provider's new value) take
 * turns; a visitor's action renders at once. The widgets that render more than the feed's index
 * take turns (the counter, the feed, the calendar: `FeedController`'s `turns` option and their
 * `scheduleUpdate`); a banner's render is small, and a banner-only page never downloads this.
 */
import type { ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../data/parse-core.js';

/** How long the data renders of one task may run before the next widget's waits, in ms. */
const TASK_BUDGET = 12;

/** When the first data render of the current task started; `undefined` once that task is over. */
let taskStart: number | undefined;
/** Posts a message that runs after the current task: the end of its turn. */
let taskEnd: MessagePort | undefined;

function claimTask(): void {
  taskStart = performance.now();
  if (!taskEnd && typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      taskStart = undefined;
    };
    // Under Node (a test runner's DOM), an open port would keep the process alive.
    (channel.port1 as { unref?: () => void }).unref?.();
    taskEnd = channel.port2;
  }
  taskEnd?.postMessage(0);
}

const dataRenders = new WeakSet<object>();

/** Asks `host` to render new data: its update takes its turn (see `scheduleInTurn`). */
export function requestDataRender(host: ReactiveControllerHost): void {
  dataRenders.add(host);
  host.requestUpdate();
}

/**
 * The body of a widget's `scheduleUpdate`: runs `schedule` (Lit's own) now, or once the widget's
 * turn has come (the next task) when its update renders new data and the task is taken. A widget
 * whose turn it is claims that task; `updateComplete` waits for the turn.
 */
export function scheduleInTurn(
  host: object,
  schedule: () => void | Promise<unknown>,
): void | Promise<unknown> {
  if (!dataRenders.delete(host)) return schedule();
  // A hidden page has no visitor input to block, and throttles the timers a turn may wait on.
  if (globalThis.document?.visibilityState === 'hidden') return schedule();
  if (taskStart === undefined || performance.now() - taskStart < TASK_BUDGET) {
    if (taskStart === undefined) claimTask();
    return schedule();
  }
  return yieldToMain().then(() => {
    claimTask();
    return schedule();
  });
}
