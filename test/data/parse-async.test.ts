import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedAsync } from '../../src/data/parse.js';
import { smallFeed } from '../fixtures/small-feed.js';

/** The fixture feed scaled up (copies with their own ids), with some broken items in it. */
function largeFeed(copies: number) {
  const feed = smallFeed();
  const base = feed.initiatives;
  const initiatives: unknown[] = [];
  for (let c = 0; c < copies; c += 1)
    for (const item of base) initiatives.push({ ...item, id: `${item.id}-${c}` });
  initiatives.splice(7, 0, { id: 'broken', title: 42 }, { ...base[0] }, 'not an item');
  return { ...feed, initiatives };
}

describe('parseFeedAsync', () => {
  it('gives exactly what parseFeed gives, problems included', async () => {
    for (const input of [
      smallFeed(),
      largeFeed(40),
      { version: 2 },
      null,
      { version: 1, events: {} },
    ]) {
      const sync = parseFeed(structuredClone(input));
      const sliced = await parseFeedAsync(structuredClone(input), 0);
      expect(JSON.stringify(sliced)).to.equal(JSON.stringify(sync));
    }
  });

  it('yields to the page between slices of a large feed', async () => {
    // Count the yields: scheduler.yield() where the browser has it, else timers.
    const holder = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const scheduler = holder.scheduler;
    const original = scheduler?.yield;
    let yields = 0;
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    if (scheduler && original)
      scheduler.yield = () => {
        yields += 1;
        return original.call(scheduler);
      };
    try {
      const result = await parseFeedAsync(largeFeed(200), 0);
      expect(result.feed!.initiatives.length).to.be.greaterThan(1000);
    } finally {
      clearInterval(timer);
      if (scheduler && original) delete (scheduler as { yield?: unknown }).yield;
    }
    expect(yields + ticks, 'the page got the thread back between slices').to.be.greaterThan(3);
  });

  it('explains hundreds of dropped items in slices too, with the same reasons', async () => {
    const feed = smallFeed();
    const template = feed.initiatives[0]!;
    const junk = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      id: `junk-${i}`,
      title: i,
    }));
    const input = { ...feed, initiatives: [...feed.initiatives, ...junk] };
    const sync = parseFeed(structuredClone(input));
    expect(sync.problems.filter((p) => p.code === 'invalid-item')).to.have.length(300);
    const holder = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const scheduler = holder.scheduler;
    const original = scheduler?.yield;
    let yields = 0;
    if (scheduler && original)
      scheduler.yield = () => {
        yields += 1;
        return original.call(scheduler);
      };
    // A clock that moves 1 ms each time it is read: with slices of 0 ms, every step (a batch
    // of the parse, ten explanations) ends with a pause, whatever the machine's speed.
    const realNow = performance.now;
    let fakeNow = 0;
    performance.now = () => (fakeNow += 1);
    let sliced;
    try {
      sliced = await parseFeedAsync(structuredClone(input), 0);
    } finally {
      performance.now = realNow;
      if (scheduler && original) delete (scheduler as { yield?: unknown }).yield;
    }
    expect(JSON.stringify(sliced)).to.equal(JSON.stringify(sync));
    // The precise path (the title), not the provisional one (the item).
    const first = sliced.problems.find((p) => p.code === 'invalid-item')!;
    expect(first.path).to.equal(`initiatives[${feed.initiatives.length}].title`);
    // 300 dropped items: 30 steps of explanations, 29 pauses between them (and the parse's own).
    if (scheduler && original) expect(yields, 'pauses').to.be.at.least(29);
  });
});
