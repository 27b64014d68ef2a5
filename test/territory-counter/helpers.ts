/**
 * Shared helpers of the counter tests: the element's visible parts, and counts computed
 * straight from the raw fixture (not through FeedIndex), so a bug in the queries shows up.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TisTerritoryCounter } from '../../src/territory-counter/territory-counter.js';
import { smallFeed } from '../fixtures/small-feed.js';

export type RawFeed = ReturnType<typeof smallFeed>;
export interface RawTerritory {
  id: string;
  kind: string;
  name: string;
  parents?: string[];
  joinedAt?: string;
  networks?: string[];
}

/** The fixture's territories, typed (the fixture builds them as loose records). */
export const territoriesOf = (feed: RawFeed) => feed.territories as unknown as RawTerritory[];

/** Collapses every kind of space (including U+202F and U+00A0) to one plain space. */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: TisTerritoryCounter) => el.shadowRoot!;
/**
 * The number as drawn: the digits' text, or while counting up, the row each column's strip shows
 * through the column (read from where they are laid out and moved, as a visitor sees them).
 */
export const digits = (el: TisTerritoryCounter) => {
  const box = shadow(el).querySelector('.digits');
  const columns = box?.querySelectorAll<HTMLElement>('.column');
  if (!columns?.length) return box?.textContent ?? '';
  return [...columns]
    .map((column) => {
      const strip = column.firstElementChild!;
      const { top, height } = column.getBoundingClientRect();
      const row = Math.round((top - strip.getBoundingClientRect().top) / height);
      return strip.textContent!.split('\n')[row] ?? '';
    })
    .join('');
};
/** The live region: the count is said there once the count-up finished in view. */
export const status = (el: TisTerritoryCounter) => shadow(el).querySelector('[role="status"]')!;
export const liveText = (el: TisTerritoryCounter) => norm(status(el).textContent);
/** The counter's sentence, its text for assistive technologies (the headline is hidden). */
export const statusText = (el: TisTerritoryCounter) =>
  norm(shadow(el).querySelector('.sentence')?.textContent);
export const visibleText = (el: TisTerritoryCounter, selector: string) =>
  norm(shadow(el).querySelector(selector)?.textContent);

/** Renders the template and waits until the counter shows data. */
export async function loaded<T extends Element = TisTerritoryCounter>(
  template: TemplateResult,
): Promise<T> {
  const root = await fixture<Element>(template);
  const el = (
    root.localName === 'tis-territory-counter' ? root : root.querySelector('tis-territory-counter')!
  ) as TisTerritoryCounter;
  await waitUntil(() => el.value !== undefined, 'the counter never got its feed', {
    timeout: 4000,
  });
  await el.updateComplete;
  return root as T;
}

/** The territory and everything above it, from the raw `parents` lists. */
export function rawAncestors(feed: RawFeed, id: string): Set<string> {
  const parents = new Map(territoriesOf(feed).map((t) => [t.id, t.parents ?? []]));
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...(parents.get(next) ?? []));
  }
  return out;
}

const within = (feed: RawFeed, ids: readonly string[], scope?: string) =>
  !scope || ids.some((id) => rawAncestors(feed, id).has(scope));

export function rawJoined(feed: RawFeed, scope?: string, network?: string) {
  return territoriesOf(feed).filter(
    (t) =>
      t.joinedAt &&
      within(feed, [t.id], scope) &&
      (!network || (t.networks ?? []).includes(network)),
  );
}

export function rawInitiatives(feed: RawFeed, scope?: string, network?: string) {
  return feed.initiatives.filter(
    (i) => within(feed, i.territories, scope) && (!network || i.network === network),
  );
}

export function rawUpcoming(feed: RawFeed, now: number, scope?: string, network?: string) {
  return feed.events.filter((e) => {
    const ids = [...((e as { territories?: string[] }).territories ?? [])];
    const place = (e as { location?: { territory?: string } }).location?.territory;
    if (place) ids.push(place);
    return (
      Date.parse(e.end) >= now &&
      e.status !== 'cancelled' &&
      within(feed, ids, scope) &&
      (!network || e.network === network)
    );
  });
}

/** A feed where no fixture territory joined, plus `count` generated communes that did. */
export function feedWithJoined(count: number): RawFeed {
  const feed = smallFeed();
  const territories: RawTerritory[] = territoriesOf(feed).map((t) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    ...(t.parents ? { parents: t.parents } : {}),
  }));
  for (let i = 0; i < count; i++) {
    territories.push({
      id: `commune:${String(10000 + i)}`,
      kind: 'commune',
      name: `Commune ${i}`,
      parents: ['departement:29'],
      joinedAt: new Date(Date.UTC(2026, 0, 20) + i * 60000).toISOString(),
      networks: ['cis'],
    });
  }
  (feed as { territories: unknown }).territories = territories;
  return feed;
}

/** 28 November 2026, noon in Paris: three days after Figeac joined. */
export const NOW = Date.parse('2026-11-28T12:00:00+01:00');
