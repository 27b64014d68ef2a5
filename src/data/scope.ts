/**
 * How a widget's fixed scope (the page's `territory`, `theme`, `network` attributes) and the
 * visitor's selection (its own pick, or the one shared by `<tis-feed>`) combine.
 *
 * The scope is an outer bound the visitor cannot remove; the selection narrows it. Both are
 * single values, and territories and themes nest (a commune lies in its département; a theme
 * belongs to its transition), so the intersection of two values is always the narrower one,
 * or nothing at all. One definition for the initiative feed and the calendar.
 */
import type { FeedIndex } from './queries.js';

/** The narrower of two values; `null` when the scope and the selection cannot both hold. */
export type Narrowed = string | undefined | null;

/** Territories nest: the picked one if it lies in the scope, the scope if it lies in the pick. */
export function narrowTerritory(index: FeedIndex, scope?: string, picked?: string): Narrowed {
  if (!scope || !picked) return picked || scope;
  if (index.isWithin(picked, scope)) return picked;
  if (index.isWithin(scope, picked)) return scope;
  return null;
}

/** Themes nest in transitions: compared by the theme ids each one covers. */
export function narrowTheme(index: FeedIndex, scope?: string, picked?: string): Narrowed {
  if (!scope || !picked) return picked || scope;
  const outer = index.themeIds(scope);
  const inner = index.themeIds(picked);
  if ([...inner].every((id) => outer.has(id))) return picked;
  if ([...outer].every((id) => inner.has(id))) return scope;
  return null;
}

/** Networks do not nest: the same one, or nothing. */
export function narrowNetwork(scope?: string, picked?: string): Narrowed {
  if (!scope || !picked) return picked || scope;
  return scope === picked ? picked : null;
}

export interface NarrowedScope {
  territory?: string;
  theme?: string;
  network?: string;
}

/** Every dimension narrowed at once; `null` when any of them excludes the other. */
export function narrowScope(
  index: FeedIndex,
  scope: NarrowedScope,
  picked: NarrowedScope,
): NarrowedScope | null {
  const territory = narrowTerritory(index, scope.territory, picked.territory);
  const theme = narrowTheme(index, scope.theme, picked.theme);
  const network = narrowNetwork(scope.network, picked.network);
  if (territory === null || theme === null || network === null) return null;
  return { territory, theme, network };
}
