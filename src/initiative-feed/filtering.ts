/**
 * How the widget's fixed scope (the page's `territory`, `theme`, `network`, `query` attributes)
 * and the visitor's selection combine into one query over the feed index (the narrowing rules are
 * those of src/data/scope.ts, shared with the calendar).
 */
import { normalizeText, type InitiativeSort } from '../data/queries.js';
import type { Initiative } from '../data/schema.js';
import { narrowNetwork, narrowTerritory, narrowTheme } from '../data/scope.js';
import type { Lang } from '../i18n/localize.js';
import type { Selection } from '../shared/context.js';
import type { InitiativeSearch } from './search.js';

/** The fixed scope set by the embedding page. */
export interface Scope {
  territory?: string;
  theme?: string;
  network?: string;
  query?: string;
}

export interface Results {
  /** What the list shows, sorted. */
  items: Initiative[];
  /**
   * Counts per theme and per transition over the same query without the visitor's theme. Counted
   * when first asked for (`themeCountsOf`): only the open theme panel shows them, so a keystroke
   * with the panel closed counts nothing.
   */
  themeCounts?: Map<string, number>;
  /** Items matching everything but the visitor's theme, sorted: where a longer query starts. */
  matched: Initiative[];
  /** Everything but the text that `matched` depends on, and the words it matched. */
  base: string;
  words: string[];
  /** The search texts of `matched`, item by item, when the query has words. */
  texts?: string[];
  /**
   * Where each word is first found in `texts`, word by word, item by item: a longer word that
   * contains a word of the previous query is searched from there, not from the text's start.
   */
  found?: number[][];
  /** The visitor's theme narrowed by the scope's, that `items` kept (`null`: none can match). */
  theme?: string | null;
  /**
   * Set while the order is still being sorted (a large feed, `InitiativeSearch.provisional`): how
   * many leading items of `items` stand in their final order; the others (and `matched`) follow
   * as the feed lists them. Undefined: `items` is in order.
   */
  head?: number;
}

export const NO_RESULTS: Results = {
  items: [],
  themeCounts: new Map(),
  matched: [],
  base: '',
  words: [],
};

/** True if every item matching `next` also matches `previous` (each old word is inside a new one). */
const refines = (previous: string[], next: string[]) =>
  previous.every((old) => next.some((word) => word.includes(old)));

/**
 * Runs the query in one linear pass over the pre-sorted initiatives (over a territory's own, from
 * the feed's territory index, when a territory narrows it), or only over the previous matches
 * when the visitor typed more of the same query. Returns `undefined` while the search texts a
 * text query needs (`search.prepare()`) or the sort order (`search.prepareOrder()`) are still
 * being prepared. With `firstPage`, a query with no words does not wait for the order: its
 * results come at once, with their first `firstPage` items in order (`head`).
 */
export function runQuery(
  search: InitiativeSearch,
  scope: Scope,
  selection: Readonly<Selection>,
  text: string,
  sort: InitiativeSort,
  lang: Lang,
  /** The last results for the same index, if any. */
  previous?: Results,
  firstPage?: number,
): Results | undefined {
  const index = search.index;
  const territory = narrowTerritory(index, scope.territory, selection.territory);
  const network = narrowNetwork(scope.network, selection.network);
  const theme = narrowTheme(index, scope.theme, selection.theme);
  if (territory === null || network === null) return NO_RESULTS;
  const words = normalizeText([scope.query, text].filter(Boolean).join(' '))
    .split(' ')
    .filter(Boolean);
  if (words.length && !search.ready) return undefined;
  const base = JSON.stringify([territory, network, scope.theme, sort, lang]);
  const pickedThemes = theme && theme !== scope.theme ? index.themeIds(theme) : undefined;
  /** The items of `matched` the visitor's theme keeps. */
  const pick = (matched: Initiative[]) =>
    theme === null
      ? []
      : pickedThemes
        ? matched.filter((item) => item.themes.some((id) => pickedThemes.has(id)))
        : matched;
  if (previous && previous.base === base && previous.words.length && refines(previous.words, words))
    return refine(search, previous, words, theme, pick);
  let source: readonly Initiative[] | undefined = territory
    ? search.orderedWithin(territory, sort, lang)
    : search.ordered(sort, lang);
  const sorted = Boolean(source);
  if (!source) {
    if (words.length || !firstPage) return undefined;
    source = territory ? index.initiativesWithin(territory) : index.feed.initiatives;
  }
  const scopeThemes = scope.theme ? index.themeIds(scope.theme) : undefined;
  const matched: Initiative[] = [];
  const texts: string[] | undefined = words.length ? [] : undefined;
  const found: number[][] | undefined = texts && words.map(() => []);
  scan(search, source, network, scopeThemes, words, matched, texts, found);
  if (sorted) return { items: pick(matched), matched, base, words, texts, found, theme };
  const first = search.provisional(pick(matched), sort, lang, firstPage!);
  return { items: first.items, matched, base, words, texts, found, theme, head: first.head };
}

/**
 * The items of `source` in the network and the scope's themes whose text has every word, into
 * `matched`; with words, their texts into `texts` and where each word is into `found`. Alone in
 * its function, with nothing after the loop, for the reason `findWords` gives.
 */
function scan(
  search: InitiativeSearch,
  source: readonly Initiative[],
  network: string | undefined,
  scopeThemes: ReadonlySet<string> | undefined,
  words: string[],
  matched: Initiative[],
  texts: string[] | undefined,
  found: number[][] | undefined,
): void {
  const at: number[] = [];
  // An indexed loop: the first page of a feed runs it unoptimised, where `for…of` costs more.
  for (let i = 0; i < source.length; i++) {
    const item = source[i]!;
    if (network && item.network !== network) continue;
    if (scopeThemes && !item.themes.some((id) => scopeThemes.has(id))) continue;
    if (texts) {
      const haystack = search.textOf(item)!;
      let all = true;
      for (let w = 0; all && w < words.length; w++)
        all = (at[w] = haystack.indexOf(words[w]!)) >= 0;
      if (!all) continue;
      texts.push(haystack);
      for (let w = 0; w < words.length; w++) found![w]!.push(at[w]!);
    }
    matched.push(item);
  }
}

/** The theme counts of `results`, counted over its matches on first use and kept with them. */
export function themeCountsOf(search: InitiativeSearch, results: Results): Map<string, number> {
  if (!results.themeCounts) {
    const counts = new Map<string, number>();
    const { matched } = results;
    for (let i = 0; i < matched.length; i++) search.countThemes(counts, matched[i]!, 1);
    results.themeCounts = counts;
  }
  return results.themeCounts;
}

/**
 * Which of `texts` hold every word of `words`, each searched from `starts[i] - shift` (where a
 * shorter word inside it was found) or from the start: returns the indexes of those texts, and
 * writes where each word is in them to `fresher` (one list per word).
 *
 * The loop is alone in this function on purpose. When the engine compiles a long loop while it
 * runs (on-stack replacement, during the first keystroke), the code after it has not run yet, and
 * the compiled code bailed out there on every later keystroke (V8's `--trace-deopt`: "insufficient
 * type feedback"), which then ran the rest of the loop unoptimised. Nothing follows this loop
 * but the return of a variable.
 */
function findWords(
  texts: string[],
  words: string[],
  from: { starts?: number[]; shift: number }[],
  fresher: number[][],
): number[] {
  const kept: number[] = [];
  // Indexed loops, no iterator or callback per item.
  for (let i = 0; i < texts.length; i++) {
    const haystack = texts[i]!;
    let all = true;
    for (let f = 0; all && f < words.length; f++) {
      const { starts, shift } = from[f]!;
      const at = haystack.indexOf(words[f]!, starts ? starts[i]! - shift : 0);
      fresher[f]!.push(at);
      all = at >= 0;
    }
    if (all) kept.push(i);
    else for (let f = 0; f < words.length; f++) fresher[f]!.length = kept.length;
  }
  return kept;
}

/**
 * A longer query over the previous matches: only its new words are tested, each from where the
 * previous word it contains was first found (typing "jardi" after "jard" looks at the few
 * letters after each "jard", not at the whole text again). When the previous theme counts were
 * counted (the theme panel is open), the new ones are those counts less the items that drop out,
 * unless fewer stay than go (the second letter typed often keeps one match in six): they are then
 * counted over the kept items when asked for. When none drops out (the next letter of a word most
 * matches share), the lists and counts are the previous ones.
 */
function refine(
  search: InitiativeSearch,
  previous: Results,
  words: string[],
  theme: string | null | undefined,
  pick: (matched: Initiative[]) => Initiative[],
): Results {
  let { matched, texts, themeCounts } = previous;
  // `texts` and `found` are there: a query with words keeps its matches' texts and positions.
  let found = words.map((word) => previous.found![previous.words.indexOf(word)]);
  const fresh: number[] = [];
  for (let w = 0; w < words.length; w++) if (!found[w]) fresh.push(w);
  if (fresh.length) {
    // For each new word, the longest previous word inside it, and where it sits in the new one.
    const from = fresh.map((w) => {
      let best = -1;
      for (let o = 0; o < previous.words.length; o++)
        if (
          words[w]!.includes(previous.words[o]!) &&
          (best < 0 || previous.words[o]!.length > previous.words[best]!.length)
        )
          best = o;
      return {
        starts: best < 0 ? undefined : previous.found![best]!,
        shift: best < 0 ? 0 : words[w]!.indexOf(previous.words[best]!),
      };
    });
    const fresher = fresh.map(() => [] as number[]);
    const kept = findWords(
      texts!,
      fresh.map((w) => words[w]!),
      from,
      fresher,
    );
    for (let f = 0; f < fresh.length; f++) found[fresh[f]!] = fresher[f];
    if (kept.length < matched.length) {
      if (themeCounts && kept.length * 2 >= matched.length) {
        themeCounts = new Map(themeCounts);
        for (let i = 0, k = 0; i < matched.length; i++)
          if (kept[k] === i) k++;
          else search.countThemes(themeCounts, matched[i]!, -1);
      } else themeCounts = undefined;
      const keep = <T>(list: T[]) => kept.map((i) => list[i]!);
      matched = keep(matched);
      texts = keep(texts!);
      found = found.map((positions, w) => (fresh.includes(w) ? positions : keep(positions!)));
    }
  }
  const items =
    matched === previous.matched && theme === previous.theme ? previous.items : pick(matched);
  return {
    items,
    themeCounts,
    matched,
    base: previous.base,
    words,
    texts,
    found: found as number[][],
    theme,
  };
}
