/**
 * The per-feed work the initiative feed does once so that each keystroke stays cheap with
 * thousands of initiatives:
 *
 * - every initiative's search text is normalised once, in slices of a few milliseconds run in
 *   the browser's idle moments once the first page shows (normalising 5,000 texts in one go is a
 *   long task of several hundred milliseconds on a slow machine);
 * - each sort order is computed once, also in slices (a merge sort that can pause: sorting
 *   5,000 titles with `Intl.Collator` takes 30 to 90 ms here); a filter then keeps items in
 *   that order, so filtering is one linear pass with no sort.
 *
 * `FeedIndex.filterInitiatives` gives the same answers (the tests compare both) but sorts on
 * every call and normalises its search text all at once on the first query.
 */
import { TRANSITIONS } from '../data/format.js';
import { yieldToMain } from '../data/parse-core.js';
import { normalizeText, type FeedIndex, type InitiativeSort } from '../data/queries.js';
import type { Initiative } from '../data/schema.js';
import { localize, type Lang } from '../i18n/localize.js';

/**
 * Waits for an idle moment of the browser (at most `IDLE_WAIT` ms, so the work still gets done
 * on a page that is never idle); a plain yield where idle callbacks are missing (Safari).
 */
const whenIdle = (): Promise<{ timeRemaining(): number } | void> =>
  typeof requestIdleCallback === 'function'
    ? new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_WAIT }))
    : yieldToMain();

const bump = (counts: Map<string, number>, key: string, by: number) => {
  const count = (counts.get(key) ?? 0) + by;
  if (count) counts.set(key, count);
  else counts.delete(key);
};

/** How long one slice of preparation may run, in ms (well under the 50 ms of a long task). */
const SLICE = 8;
/** The longest wait for an idle moment between two slices of background preparation, in ms. */
const IDLE_WAIT = 200;

export class InitiativeSearch {
  readonly index: FeedIndex;
  private readonly texts: string[] = [];
  private readonly sorters = new Map<string, Sorter<Initiative>>();
  private readonly positions = new Map<Initiative, number>();
  /** Theme id → the position of its transition in `TRANSITIONS`. */
  private readonly transitionBits = new Map<string, number>();
  private preparing?: Promise<void>;
  /** A search waits for the preparation: no more waiting for idle moments. */
  private urgent = false;

  constructor(index: FeedIndex) {
    this.index = index;
    index.feed.initiatives.forEach((item, position) => this.positions.set(item, position));
    for (const theme of index.feed.themes)
      this.transitionBits.set(theme.id, TRANSITIONS.indexOf(theme.transition));
  }

  /** True once every search text is normalised. */
  get ready(): boolean {
    return this.texts.length >= this.index.feed.initiatives.length;
  }

  /**
   * Normalises the search texts in slices; resolves when all are done. Safe to call often.
   * `background` (ahead of any search, while the visitor reads the first page) runs the slices
   * in the browser's idle moments, so they never compete with the first paint or with the
   * page's own work; a search waiting for them (the default) runs the rest at once, slice after
   * slice.
   */
  prepare(priority: 'background' | 'now' = 'now'): Promise<void> {
    if (priority === 'now') this.urgent = true;
    this.preparing ??= (async () => {
      while (!this.ready) {
        // Urgent: one slice, then a yield. Else as many slices as an idle moment has room for.
        const idle = this.urgent ? undefined : await whenIdle();
        do this.prepareSlice();
        while (!this.ready && !this.urgent && idle && idle.timeRemaining() > SLICE);
        if (this.urgent && !this.ready) await yieldToMain();
      }
    })();
    return this.preparing;
  }

  /**
   * Adds `by` (1 or -1) to the counters of an item's themes and, once each, of the transitions
   * they belong to (`themeCounts`); a counter back at 0 is removed. Allocates nothing: counting
   * the themes of thousands of matches on each keystroke creates no garbage.
   */
  countThemes(counts: Map<string, number>, item: Initiative, by: 1 | -1): void {
    let seen = 0;
    const themes = item.themes;
    // An indexed loop: the first count of a page runs unoptimised, where `for…of` costs an
    // iterator per item.
    for (let i = 0; i < themes.length; i++) {
      const id = themes[i]!;
      bump(counts, id, by);
      const transition = this.transitionBits.get(id);
      if (transition !== undefined && !(seen & (1 << transition))) {
        seen |= 1 << transition;
        bump(counts, TRANSITIONS[transition]!, by);
      }
    }
  }

  /** The normalised text of an item ("École" → "ecole"), or `undefined` before `prepare()`. */
  textOf(item: Initiative): string | undefined {
    const position = this.positions.get(item);
    return position === undefined ? undefined : this.texts[position];
  }

  /**
   * Every initiative in one order, or `undefined` while that order is still being sorted in
   * slices (`prepareOrder`). A feed of up to `SORT_AT_ONCE` initiatives gets one slice here
   * (enough for it on most machines); a larger one whose order needs a title sort (`alpha`, or
   * many equal times) none, and its first page comes from `provisional` meanwhile.
   */
  ordered(sort: InitiativeSort, lang: Lang): Initiative[] | undefined {
    const sorter = this.sorter(sort, lang);
    if (!sorter.result && this.index.feed.initiatives.length <= SORT_AT_ONCE)
      sorter.step(performance.now() + SLICE);
    return sorter.result;
  }

  /**
   * The initiatives within a territory (`FeedIndex.initiativesWithin`) in one order, or
   * `undefined` while that order is being sorted: no test of any item's territories.
   */
  orderedWithin(territory: string, sort: InitiativeSort, lang: Lang): Initiative[] | undefined {
    const ordered = this.ordered(sort, lang);
    if (!ordered) return undefined;
    const within = new Set(this.index.initiativesWithin(territory));
    return ordered.filter((item) => within.has(item));
  }

  /**
   * `items` (initiatives of this feed, in any order) with their first `count` in the order
   * `sort`, then the others as they came: what a first page shows while the whole order is still
   * being sorted. One pass that keeps the best `count` so far, which costs about one comparison
   * per item (of times, for the recent order), not a sort of all of them. `head` is how many
   * items lead in their final order.
   */
  provisional(
    items: readonly Initiative[],
    sort: InitiativeSort,
    lang: Lang,
    count: number,
  ): { items: Initiative[]; head: number } {
    const { compare } = this.sorter(sort, lang);
    const positions = this.positions;
    // Equal items keep the feed's order, as in the stable sort.
    const before = (a: number, b: number) => (compare(a, b) || a - b) < 0;
    const best: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const position = positions.get(items[i]!)!;
      if (best.length === count && !before(position, best[count - 1]!)) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(position, best[middle]!)) high = middle;
        else low = middle + 1;
      }
      best.splice(low, 0, position);
      if (best.length > count) best.pop();
    }
    const all = this.index.feed.initiatives;
    const leading = new Set(best);
    const out = best.map((position) => all[position]!);
    for (let i = 0; i < items.length; i++)
      if (!leading.has(positions.get(items[i]!)!)) out.push(items[i]!);
    return { items: out, head: best.length };
  }

  /**
   * Sorts in slices of a few milliseconds, each in its own task (none in the caller's: that may
   * be a first render); resolves when the order is ready.
   */
  prepareOrder(sort: InitiativeSort, lang: Lang): Promise<void> {
    const sorter = this.sorter(sort, lang);
    return (sorter.sorting ??= (async () => {
      do await yieldToMain();
      while (!sorter.step(performance.now() + SLICE));
    })());
  }

  private sorter(sort: InitiativeSort, lang: Lang): Sorter<Initiative> {
    const key = `${sort}|${lang}`;
    let sorter = this.sorters.get(key);
    if (!sorter) {
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      const items = this.index.feed.initiatives;
      // A title is localised when first compared: the recent order compares few.
      const titles: string[] = [];
      const titleOf = (position: number) =>
        (titles[position] ??= localize(items[position]!.title, lang));
      const byTitle = (a: number, b: number) => collator.compare(titleOf(a), titleOf(b));
      if (sort === 'alpha') sorter = new SlicedSort(items, byTitle);
      else {
        // Recent first; undated items last, then by title (as `FeedIndex.sortInitiatives`).
        const times = items.map((item) => (item.updatedAt ? Date.parse(item.updatedAt) : 0));
        const byRecent = (a: number, b: number) => times[b]! - times[a]! || byTitle(a, b);
        sorter = byTime(items, times, byTitle, byRecent) ?? new SlicedSort(items, byRecent);
      }
      this.sorters.set(key, sorter);
    }
    return sorter;
  }

  private prepareSlice(): boolean {
    const items = this.index.feed.initiatives;
    const end = performance.now() + SLICE;
    while (this.texts.length < items.length && performance.now() < end) {
      // Several items per clock read: `performance.now()` is not free either.
      for (let i = 0; i < 16 && this.texts.length < items.length; i++) {
        this.texts.push(this.searchText(items[this.texts.length]!));
      }
    }
    return this.ready;
  }

  private searchText(item: Initiative): string {
    const parts: string[] = [...Object.values(item.title)];
    if (item.summary) parts.push(...Object.values(item.summary));
    if (item.carrier) parts.push(item.carrier);
    for (const id of item.territories) parts.push(this.index.territories.get(id)?.name ?? '');
    const network = this.index.networks.get(item.network);
    if (network) parts.push(...Object.values(network.name));
    return normalizeText(parts.join(' '));
  }
}

const RUN = 32;
/** The most initiatives whose order gets a first slice of sorting in the first render. */
const SORT_AT_ONCE = 1000;
/** The most items sharing a time that the recent order sorts by title at once. */
const MOST_TIED = 400;

/** An order being computed: `result` once done. */
interface Sorter<T> {
  result?: T[];
  /** The order, over positions in the feed's list. */
  compare: (a: number, b: number) => number;
  /** The slices of `prepareOrder` under way, once asked for. */
  sorting?: Promise<void>;
  /** Works until `deadline` (ms, `performance.now()` clock); true when sorted. */
  step(deadline: number): boolean;
}

/**
 * The recent order at once, when few items share a time: the engine's stable sort by time
 * (numbers, no collator), then each run of equal times by title. `undefined` when more than
 * `MOST_TIED` items share times (an undated or bulk-imported feed): that order is a title sort,
 * which `SlicedSort` runs in slices. The same order as one stable sort by time, then title.
 */
function byTime<T>(
  items: readonly T[],
  times: readonly number[],
  byTitle: (a: number, b: number) => number,
  compare: (a: number, b: number) => number,
): Sorter<T> | undefined {
  const order = items.map((_, position) => position).sort((a, b) => times[b]! - times[a]!);
  let tied = 0;
  for (let i = 1; i < order.length; i++)
    if (times[order[i]!] === times[order[i - 1]!] && ++tied > MOST_TIED) return undefined;
  for (let start = 0, end = 1; start < order.length; start = end++) {
    while (end < order.length && times[order[end]!] === times[order[start]!]) end++;
    if (end - start > 1) order.splice(start, end - start, ...order.slice(start, end).sort(byTitle));
  }
  return { result: order.map((position) => items[position]!), compare, step: () => true };
}

/**
 * A stable bottom-up merge sort of positions that can stop at a deadline and resume: insertion
 * sort on runs of 32, then merges of doubling width, checking the clock between merges.
 */
class SlicedSort<T> implements Sorter<T> {
  result?: T[];
  sorting?: Promise<void>;
  readonly compare: (a: number, b: number) => number;
  private readonly items: readonly T[];
  private from: number[];
  private to: number[];
  private runs = 0;
  private width = RUN;
  private start = 0;

  constructor(items: readonly T[], compare: (a: number, b: number) => number) {
    this.items = items;
    this.compare = compare;
    this.from = items.map((_, position) => position);
    this.to = new Array<number>(items.length);
  }

  /** Works until `deadline` (ms, `performance.now()` clock); true when sorted. */
  step(deadline: number): boolean {
    const n = this.items.length;
    const { compare } = this;
    while (!this.result) {
      if (this.runs < n) {
        const end = Math.min(this.runs + RUN, n);
        for (let i = this.runs + 1; i < end; i++) {
          const value = this.from[i]!;
          let j = i - 1;
          while (j >= this.runs && compare(this.from[j]!, value) > 0) {
            this.from[j + 1] = this.from[j]!;
            j--;
          }
          this.from[j + 1] = value;
        }
        this.runs = end;
      } else if (this.width >= n) {
        this.result = this.from.map((position) => this.items[position]!);
        break;
      } else {
        const { from, to, start, width } = this;
        const middle = Math.min(start + width, n);
        const end = Math.min(start + 2 * width, n);
        let left = start;
        let right = middle;
        let out = start;
        while (left < middle && right < end)
          to[out++] = compare(from[left]!, from[right]!) <= 0 ? from[left++]! : from[right++]!;
        while (left < middle) to[out++] = from[left++]!;
        while (right < end) to[out++] = from[right++]!;
        this.start = end;
        if (this.start >= n) {
          this.from = to;
          this.to = from;
          this.width *= 2;
          this.start = 0;
        }
      }
      if (performance.now() >= deadline) break;
    }
    return this.result !== undefined;
  }
}

const searches = new WeakMap<FeedIndex, InitiativeSearch>();

/** The search helper of a feed index, shared by every initiative feed on the page. */
export function getInitiativeSearch(index: FeedIndex): InitiativeSearch {
  let search = searches.get(index);
  if (!search) {
    search = new InitiativeSearch(index);
    searches.set(index, search);
  }
  return search;
}
