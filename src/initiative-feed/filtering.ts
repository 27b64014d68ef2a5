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
  /** Counts per theme and per transition over the same query without the visitor's theme. */
  themeCounts: Map<string, number>;
  /** Items matching everything but the visitor's theme, sorted: where a longer query starts. */
  matched: Initiative[];
  /** Everything but the text that `matched` depends on, and the words it matched. */
  base: string;
  words: string[];
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
 * Runs the query in one linear pass over the pre-sorted initiatives, or only over the previous
 * matches when the visitor typed more of the same query. Returns `undefined` while the search
 * texts a text query needs (`search.prepare()`) or the sort order (`search.prepareOrder()`) are
 * still being prepared.
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
  const source =
    previous && previous.base === base && previous.words.length && refines(previous.words, words)
      ? previous.matched
      : search.ordered(sort, lang);
  if (!source) return undefined;
  const scopeThemes = scope.theme ? index.themeIds(scope.theme) : undefined;
  const pickedThemes = theme && theme !== scope.theme ? index.themeIds(theme) : undefined;
  const items: Initiative[] = [];
  const matched: Initiative[] = [];
  const themeCounts = new Map<string, number>();
  const bump = (key: string) => themeCounts.set(key, (themeCounts.get(key) ?? 0) + 1);
  for (const item of source) {
    if (network && item.network !== network) continue;
    if (scopeThemes && !item.themes.some((id) => scopeThemes.has(id))) continue;
    if (territory && !item.territories.some((id) => index.isWithin(id, territory))) continue;
    if (words.length) {
      const haystack = search.textOf(item)!;
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    matched.push(item);
    for (const key of search.countKeysOf(item)) bump(key);
    if (theme === null) continue;
    if (pickedThemes && !item.themes.some((id) => pickedThemes.has(id))) continue;
    items.push(item);
  }
  return { items, themeCounts, matched, base, words };
}
