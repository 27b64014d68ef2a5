import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/territory-counter/define.js';
import { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import {
  NOW,
  digits,
  feedWithJoined,
  liveText,
  loaded,
  shadow,
  status,
  statusText,
} from './helpers.js';

let network: MockNetwork;
const realMatchMedia = window.matchMedia;
const realAnimate = Element.prototype.animate;

/** Emulates `prefers-reduced-motion: reduce` (every other query answers as usual). */
function emulateReducedMotion() {
  window.matchMedia = (query: string) =>
    query.includes('prefers-reduced-motion')
      ? ({
          matches: true,
          media: query,
          addEventListener() {},
          removeEventListener() {},
        } as unknown as MediaQueryList)
      : realMatchMedia.call(window, query);
}

/**
 * The count-up's animations on a manual clock: each is paused as it starts, and the test moves
 * them to the time it wants, so the count-up is checked deterministically (a background tab
 * throttles real frames).
 */
function manualFrames() {
  const animations: Animation[] = [];
  let start: number | undefined;
  Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
    const animation = realAnimate.apply(this, args);
    animation.pause();
    animations.push(animation);
    return animation;
  };
  const live = () =>
    animations.filter((animation) => !['finished', 'idle'].includes(animation.playState));
  return {
    /** Animations started: one per column (character) of the number. */
    get requested() {
      return animations.length;
    },
    /** Animations neither finished nor cancelled. */
    get pending() {
      return live().length;
    },
    /**
     * Moves the running count-up to `time` ms (its first call after it starts is its time 0);
     * past its duration, its animations finish. Then lets their promises settle.
     */
    async run(time: number) {
      for (const animation of live()) {
        start ??= time;
        const duration = Number(animation.effect!.getTiming().duration);
        if (time - start >= duration) animation.finish();
        else animation.currentTime = time - start;
      }
      await new Promise((resolve) => setTimeout(resolve));
    },
  };
}

/** An IntersectionObserver the test drives: `FakeObserver.showAll()` makes every target visible. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  private readonly callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback;
    FakeObserver.instances.push(this);
  }
  static showAll() {
    for (const observer of [...FakeObserver.instances]) {
      if (observer.disconnected || !observer.targets.size) continue;
      const entries = [...observer.targets].map(
        (target) =>
          ({
            target,
            isIntersecting: true,
            intersectionRatio: 1,
          }) as unknown as IntersectionObserverEntry,
      );
      observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
}

const RealObserver = window.IntersectionObserver;

beforeEach(() => {
  FakeObserver.instances = [];
  window.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  resetFeedClient({ retries: 0 });
  network = mockNetwork({ '/feed.json': jsonResponse(feedWithJoined(412)) });
});
afterEach(() => {
  network.restore();
  window.matchMedia = realMatchMedia;
  Element.prototype.animate = realAnimate;
  window.IntersectionObserver = RealObserver;
});

const counter = () =>
  html`<tis-territory-counter src="/feed.json" lang="fr" .now=${NOW}></tis-territory-counter>`;

describe('<tis-territory-counter> count-up', () => {
  it('counts up from 0 to the final value in under 2 seconds, status text unchanged', async () => {
    expect(TisTerritoryCounter.animationDuration).to.be.below(2000);
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    const texts: string[] = [statusText(el)];
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      texts.push(statusText(el));
      said.push(liveText(el));
    });
    observer.observe(shadow(el).querySelector('.sentence')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    observer.observe(status(el), { subtree: true, childList: true, characterData: true });
    expect(digits(el)).to.equal('0');
    FakeObserver.showAll();
    const seen: number[] = [];
    for (let time = 1000; time <= 1000 + TisTerritoryCounter.animationDuration; time += 100) {
      await frames.run(time);
      await el.updateComplete;
      seen.push(Number(digits(el).replace(/\D/g, '')));
    }
    observer.disconnect();
    expect(digits(el)).to.equal('412');
    expect(frames.pending).to.equal(0);
    // The digits rose through intermediate values, never down.
    expect(seen.filter((value) => value > 0 && value < 412).length).to.be.greaterThan(5);
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(seen);
    // The sentence held the final value throughout; the live region said it once, at the end.
    expect(texts[0]).to.equal('412 territoires engagés sur 1 000.');
    expect(new Set(texts).size).to.equal(1);
    expect(said.filter(Boolean)).to.deep.equal(['412 territoires engagés sur 1 000.']);
    expect(liveText(el)).to.equal('412 territoires engagés sur 1 000.');
    // The progress bar's value is final from the start too.
    expect(
      el.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow'),
    ).to.equal('412');
  });

  it('draws the bar at its final width from the start: only the digits move', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    const fill = () => el.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    const fillValue = () => fill().style.getPropertyValue('--_fill');
    // Before it is seen, the digits wait at 0 and the bar already holds the final value.
    expect(digits(el)).to.equal('0');
    expect(fillValue()).to.equal('0.412');
    FakeObserver.showAll();
    await el.updateComplete;
    await frames.run(1000);
    await frames.run(1300);
    await el.updateComplete;
    expect(Number(digits(el))).to.be.within(1, 411);
    expect(fillValue()).to.equal('0.412');
    expect(getComputedStyle(fill()).transitionDuration).to.equal('0s');
    await frames.run(1000 + TisTerritoryCounter.animationDuration);
    await el.updateComplete;
    expect(digits(el)).to.equal('412');
    expect(fillValue()).to.equal('0.412');
  });

  it('counts in rows of the line-height a page gives the number through ::part(number)', async () => {
    const style = document.createElement('style');
    style.textContent = 'tis-territory-counter::part(number) { line-height: 1.6; }';
    document.head.append(style);
    try {
      const frames = manualFrames();
      const el = await loaded<TisTerritoryCounter>(counter());
      FakeObserver.showAll();
      await frames.run(1000);
      await frames.run(1300);
      expect(Number(digits(el))).to.be.within(1, 411);
      const number = shadow(el).querySelector('.number')!;
      const lineHeight = parseFloat(getComputedStyle(number).fontSize) * 1.6;
      // Each column is one line high, and each strip sits a whole number of lines up.
      for (const column of shadow(el).querySelectorAll('.column')) {
        const box = column.getBoundingClientRect();
        expect(box.height).to.be.closeTo(lineHeight, 0.5);
        const offset = box.top - column.firstElementChild!.getBoundingClientRect().top;
        expect(offset / lineHeight).to.be.closeTo(Math.round(offset / lineHeight), 0.01);
      }
      await frames.run(1000 + TisTerritoryCounter.animationDuration);
      await el.updateComplete;
      expect(digits(el)).to.equal('412');
    } finally {
      style.remove();
    }
  });

  it('keeps counting through a re-render in the middle of the count-up', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    FakeObserver.showAll();
    await frames.run(1000);
    await frames.run(1400);
    await el.updateComplete;
    const before = Number(digits(el));
    expect(before).to.be.within(1, 411);
    // Any update of the widget (here an attribute) must neither reset nor finish the count.
    el.hideFreshness = true;
    await el.updateComplete;
    expect(Number(digits(el))).to.equal(before);
    await frames.run(1600);
    await el.updateComplete;
    expect(Number(digits(el))).to.be.within(before, 411);
    await frames.run(1000 + TisTerritoryCounter.animationDuration);
    await el.updateComplete;
    expect(digits(el)).to.equal('412');
    expect(frames.pending).to.equal(0);
  });

  it('shows the final value at once with prefers-reduced-motion: reduce', async () => {
    emulateReducedMotion();
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(digits(el)).to.equal('412');
    FakeObserver.showAll();
    expect(frames.requested).to.equal(0);
    // One observer only: the one that waits for the counter to be seen before speaking.
    expect(FakeObserver.instances.length).to.equal(1);
  });

  it('shows the final value at once with no-animation', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(
      html`<tis-territory-counter src="/feed.json" lang="fr" no-animation></tis-territory-counter>`,
    );
    expect(el.noAnimation).to.equal(true);
    expect(digits(el)).to.equal('412');
    FakeObserver.showAll();
    expect(frames.requested).to.equal(0);
  });

  it('still honours the deprecated animate="false", with one console warning', async () => {
    const frames = manualFrames();
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await loaded<TisTerritoryCounter>(
        html`<tis-territory-counter
          src="/feed.json"
          lang="fr"
          animate="false"
        ></tis-territory-counter>`,
      );
      expect(el.countUp).to.equal(false);
      expect(digits(el)).to.equal('412');
      FakeObserver.showAll();
      expect(frames.requested).to.equal(0);
    } finally {
      console.warn = warn;
    }
    const deprecation = warnings.filter((args) => String(args[0]).includes('no-animation'));
    // The only deprecated use on this test page: warned exactly once.
    expect(deprecation.length).to.equal(1);
  });

  it('starts only when it comes into view', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    await frames.run(0);
    await el.updateComplete;
    expect(frames.requested).to.equal(0);
    expect(digits(el)).to.equal('0');
    expect(FakeObserver.instances.at(-1)!.targets.has(el)).to.equal(true);
    FakeObserver.showAll();
    // One animation per character of "412", started together.
    expect(frames.requested).to.equal(3);
    expect(FakeObserver.instances.every((observer) => observer.disconnected)).to.equal(true);
  });

  it('stops when disconnected, leaving no frame running, and shows the final value', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    FakeObserver.showAll();
    await frames.run(0);
    await frames.run(200);
    await el.updateComplete;
    expect(Number(digits(el))).to.be.within(1, 411);
    const parent = el.parentElement!;
    el.remove();
    expect(frames.pending).to.equal(0);
    const requested = frames.requested;
    // Back in the page, it shows the final value and does not count again.
    parent.append(el);
    await waitUntil(() => digits(el) === '412', 'the final value never showed');
    FakeObserver.showAll();
    expect(frames.requested).to.equal(requested);
  });

  it('stops observing visibility when removed before being seen', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(FakeObserver.instances.length).to.be.greaterThan(0);
    el.remove();
    expect(FakeObserver.instances.every((observer) => observer.disconnected)).to.equal(true);
    expect(frames.requested).to.equal(0);
  });

  it('does not animate zero', async () => {
    network.restore();
    network = mockNetwork({ '/feed.json': jsonResponse(feedWithJoined(0)) });
    const frames = manualFrames();
    const el = await fixture<TisTerritoryCounter>(counter());
    await waitUntil(() => el.value === 0);
    FakeObserver.showAll();
    expect(frames.requested).to.equal(0);
    // One observer only: the one that waits for the counter to be seen before speaking.
    expect(FakeObserver.instances.length).to.equal(1);
  });
});

describe('<tis-territory-counter> count-up switched off while waiting', () => {
  it('shows the final value when no-animation is set before it is seen', async () => {
    const frames = manualFrames();
    const el = await loaded<TisTerritoryCounter>(counter());
    expect(digits(el)).to.equal('0');
    el.setAttribute('no-animation', '');
    await el.updateComplete;
    expect(digits(el)).to.equal('412');
    // The count-up's observer is gone; only the announcement's still waits.
    expect(FakeObserver.instances.filter((observer) => !observer.disconnected)).to.have.length(1);
    FakeObserver.showAll();
    expect(frames.requested).to.equal(0);
  });
});
