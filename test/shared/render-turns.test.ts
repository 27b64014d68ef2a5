import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { requestDataRender, scheduleInTurn } from '../../src/shared/render-turns.js';

const log: string[] = [];

/** A widget whose render costs `cost` ms of main thread. */
class TurnTaker extends LitElement {
  cost = 0;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, () => super.scheduleUpdate());
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    log.push(this.id);
    const end = performance.now() + this.cost;
    while (performance.now() < end) {
      // Busy: the main thread is taken, as by a large render.
    }
  }
}
customElements.define('render-turns-test', TurnTaker);

async function widgets(cost: number): Promise<TurnTaker[]> {
  const list = ['a', 'b', 'c'].map((id) => {
    const el = document.createElement('render-turns-test') as TurnTaker;
    el.id = id;
    el.cost = cost;
    document.body.append(el);
    return el;
  });
  await Promise.all(list.map((el) => el.updateComplete));
  // Past the task of the first renders.
  await new Promise((resolve) => setTimeout(resolve, 20));
  log.length = 0;
  return list;
}

/** Notes, from the first render's task, when that task has ended (a timer queued behind it). */
function markTaskEnd(): void {
  setTimeout(() => log.push('next task'));
}

describe('render turns: widgets that new data reaches at once', () => {
  // The test pins the yield to `setTimeout` (the fallback where `scheduler.yield` is missing),
  // so "a later task" is observable: a timer queued first runs first.
  let scheduler: PropertyDescriptor | undefined;
  beforeEach(() => {
    scheduler = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true });
  });
  afterEach(() => {
    if (scheduler) Object.defineProperty(globalThis, 'scheduler', scheduler);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
    for (const el of document.querySelectorAll('render-turns-test')) el.remove();
  });

  it('render in turns once a render has taken the task: one long render per task at most', async () => {
    const [a, b, c] = await widgets(20);
    for (const el of [a!, b!, c!]) requestDataRender(el);
    markTaskEnd();
    await Promise.all([a!, b!, c!].map((el) => el.updateComplete));
    expect(log).to.deep.equal(['a', 'next task', 'b', 'c']);
  });

  it('cheap renders share the task, and updateComplete waits for a render that waits its turn', async () => {
    const [a, b, c] = await widgets(0);
    for (const el of [a!, b!, c!]) requestDataRender(el);
    markTaskEnd();
    await c!.updateComplete;
    expect(log).to.deep.equal(['a', 'b', 'c']);
  });

  it('a hidden page renders at once: no input to block, and timers are throttled there', async () => {
    const [a, b, c] = await widgets(20);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      for (const el of [a!, b!, c!]) requestDataRender(el);
      markTaskEnd();
      await Promise.all([a!, b!, c!].map((el) => el.updateComplete));
      expect(log).to.deep.equal(['a', 'b', 'c']);
    } finally {
      // The own property shadowed the prototype's getter: the page is visible again.
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it("a visitor's action renders at once, whatever rendered before it in the task", async () => {
    const [a, b] = await widgets(20);
    requestDataRender(a!);
    b!.requestUpdate();
    markTaskEnd();
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(log).to.deep.equal(['a', 'b']);
  });
});
