/**
 * Pure queries over a parsed feed, shared by every widget: territory hierarchy, filters,
 * French-friendly text search, facets and counts. The index is built once per feed object.
 */
import { localize } from '../i18n/localize.js';
import type {
  Feed,
  FeedEvent,
  Initiative,
  Network,
  Territory,
  TerritoryKind,
  Theme,
  Transition,
} from './schema.js';
import { TRANSITIONS } from './format.js';

/**
 * Lower-cases, strips accents and ligatures, reads hyphens as spaces, collapses spaces:
 * "École  Œuvre" → "ecole oeuvre", "Saint-Denis" → "saint denis" (what people type).
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’']/g, "'")
    .replace(/[-\u2010-\u2013]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the visitor or the embedding page asks for. Every field is optional; all must match. */
export interface ItemFilter {
  /** A territory id (`departement:29`): matches items tagged with it or anything below it. */
  territory?: string;
  /** A theme id, or a whole transition (`ecologique`, `economique`, `modes-de-vie`). */
  theme?: string;
  /** A network id. */
  network?: string;
  /** Free text; every word must appear (case- and accent-insensitive). */
  query?: string;
}

export interface EventFilter extends ItemFilter {
  /** Keep events that end at or after this instant. */
  from?: Date | number;
  /** Keep events that start before this instant. */
  to?: Date | number;
}

export type InitiativeSort = 'recent' | 'alpha';

export interface Facets {
  themes: Map<string, number>;
  transitions: Map<Transition, number>;
  networks: Map<string, number>;
  territoryKinds: Map<TerritoryKind, number>;
}

const isTransition = (value: string): value is Transition =>
  (TRANSITIONS as readonly string[]).includes(value);

const time = (value: Date | number) => (typeof value === 'number' ? value : value.getTime());

export class FeedIndex {
  readonly feed: Feed;
  readonly territories = new Map<string, Territory>();
  readonly networks = new Map<string, Network>();
  readonly themes = new Map<string, Theme>();
  private readonly ancestorCache = new Map<string, ReadonlySet<string>>();
  /** Territory id → the initiatives tagged with it or with anything below it, in feed order. */
  private within?: Map<string, readonly Initiative[]>;
  private readonly searchText = new WeakMap<object, string>();
  private readonly collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

  constructor(feed: Feed) {
    this.feed = feed;
    // An indexed loop: thousands of territories, in a fresh page, before the engine optimises
    // this constructor (`for…of` costs an iterator step per territory).
    const territories = feed.territories;
    for (let i = 0; i < territories.length; i++)
      this.territories.set(territories[i]!.id, territories[i]!);
    for (const network of feed.networks) this.networks.set(network.id, network);
    for (const theme of feed.themes) this.themes.set(theme.id, theme);
  }

  /** The territory and every territory above it (EPCI, département, région...), cycle-safe. */
  ancestors(territoryId: string): ReadonlySet<string> {
    const cached = this.ancestorCache.get(territoryId);
    if (cached) return cached;
    const result = new Set<string>();
    const stack = [territoryId];
    while (stack.length) {
      const id = stack.pop()!;
      if (result.has(id)) continue;
      result.add(id);
      for (const parent of this.territories.get(id)?.parents ?? []) stack.push(parent);
    }
    this.ancestorCache.set(territoryId, result);
    return result;
  }

  /**
   * The initiatives a territory filter keeps (those tagged with `territoryId` or with a territory
   * below it), in feed order: the same items as `filterInitiatives({ territory })`, without
   * walking every initiative. The territory → initiatives index behind it is built once per
   * feed, on first use, through every initiative's territories and their ancestors.
   */
  initiativesWithin(territoryId: string): readonly Initiative[] {
    return this.withinIndex().get(territoryId) ?? [];
  }

  /** The territory → initiatives index of `initiativesWithin`, built on first use. */
  private withinIndex(): Map<string, readonly Initiative[]> {
    if (!this.within) {
      const within = new Map<string, Initiative[]>();
      for (const item of this.feed.initiatives) {
        for (const id of item.territories ?? []) {
          for (const ancestor of this.ancestors(id)) {
            const list = within.get(ancestor);
            // Items are visited in order, so an item already listed is the list's last one.
            if (!list) within.set(ancestor, [item]);
            else if (list[list.length - 1] !== item) list.push(item);
          }
        }
      }
      this.within = within;
    }
    return this.within;
  }

  /**
   * How many initiatives lie in each région (`level: 'region'`) or département, and how many in
   * none (`outside`), over `items` (default: every initiative of the feed, read from the
   * territory index). An item counts once per area, as in `placesOf(item.territories)`.
   */
  countByPlace(
    level: 'region' | 'departement',
    items?: readonly Initiative[],
  ): { counts: Map<string, number>; outside: number } {
    const counts = new Map<string, number>();
    if (!items) {
      const placed = new Set<Initiative>();
      for (const [id, list] of this.withinIndex()) {
        const kind = this.territories.get(id)?.kind ?? id.split(':')[0];
        if (kind !== level) continue;
        counts.set(id, list.length);
        for (const item of list) placed.add(item);
      }
      return { counts, outside: this.feed.initiatives.length - placed.size };
    }
    let outside = 0;
    for (const item of items) {
      const ids = this.placesOf(item.territories)[level === 'region' ? 'regions' : 'departements'];
      if (!ids.size) outside += 1;
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return { counts, outside };
  }

  /** True if `territoryId` is `scopeId` or lies within it. */
  isWithin(territoryId: string, scopeId: string): boolean {
    return this.ancestors(territoryId).has(scopeId);
  }

  /** The ids a theme filter stands for: one theme, or every theme of a transition. */
  themeIds(theme: string): ReadonlySet<string> {
    if (isTransition(theme)) {
      return new Set(this.feed.themes.filter((t) => t.transition === theme).map((t) => t.id));
    }
    return new Set([theme]);
  }

  /** The transitions an item's themes belong to. */
  transitionsOf(themeIds: readonly string[] = []): Transition[] {
    const out = new Set<Transition>();
    for (const id of themeIds) {
      const theme = this.themes.get(id);
      if (theme) out.add(theme.transition);
    }
    return [...out];
  }

  filterInitiatives(filter: ItemFilter = {}, sort: InitiativeSort = 'recent'): Initiative[] {
    const match = this.matcher(filter);
    const result = this.feed.initiatives.filter(match);
    return this.sortInitiatives(result, sort);
  }

  sortInitiatives(items: Initiative[], sort: InitiativeSort): Initiative[] {
    if (sort === 'alpha') {
      const titles = new Map(items.map((i) => [i, localize(i.title, 'fr')]));
      return items.sort((a, b) => this.collator.compare(titles.get(a)!, titles.get(b)!));
    }
    return items.sort(this.compareRecent);
  }

  /** The `recent` order of initiatives: latest `updatedAt` first, undated last, then by title. */
  readonly compareRecent = (a: Initiative, b: Initiative): number => {
    const byDate =
      (b.updatedAt ? Date.parse(b.updatedAt) : 0) - (a.updatedAt ? Date.parse(a.updatedAt) : 0);
    return byDate || this.collator.compare(localize(a.title, 'fr'), localize(b.title, 'fr'));
  };

  /** Events matching the filter, earliest first. */
  filterEvents(filter: EventFilter = {}): FeedEvent[] {
    const match = this.matcher(filter);
    const from = filter.from === undefined ? -Infinity : time(filter.from);
    const to = filter.to === undefined ? Infinity : time(filter.to);
    return this.feed.events
      .filter((event) => {
        if (Date.parse(event.end) < from || Date.parse(event.start) >= to) return false;
        return match(event);
      })
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  /** Counts per theme, transition, network and territory kind over the given items. */
  facets(items: ReadonlyArray<Initiative | FeedEvent>): Facets {
    const facets: Facets = {
      themes: new Map(),
      transitions: new Map(),
      networks: new Map(),
      territoryKinds: new Map(),
    };
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const item of items) {
      for (const theme of item.themes ?? []) bump(facets.themes, theme);
      for (const transition of this.transitionsOf(item.themes))
        bump(facets.transitions, transition);
      bump(facets.networks, item.network);
      const kinds = new Set<TerritoryKind>();
      for (const id of item.territories ?? []) {
        const kind = this.territories.get(id)?.kind;
        if (kind) kinds.add(kind);
      }
      for (const kind of kinds) bump(facets.territoryKinds, kind);
    }
    return facets;
  }

  /** Territories that joined the campaign, optionally within a territory or brought by a network. */
  joinedTerritories(filter: Pick<ItemFilter, 'territory' | 'network'> = {}): Territory[] {
    return this.feed.territories
      .filter(
        (t) =>
          t.joinedAt !== undefined &&
          (!filter.territory || this.isWithin(t.id, filter.territory)) &&
          (!filter.network || (t.networks ?? []).includes(filter.network)),
      )
      .sort((a, b) => Date.parse(b.joinedAt!) - Date.parse(a.joinedAt!));
  }

  /**
   * The régions and départements a list of territories lies in (each territory itself
   * included), through their ancestors. A parent the feed names but does not define counts by
   * the kind its id says (`region:53`).
   */
  placesOf(territoryIds: readonly string[]): { regions: Set<string>; departements: Set<string> } {
    const regions = new Set<string>();
    const departements = new Set<string>();
    for (const id of territoryIds)
      for (const ancestor of this.ancestors(id)) {
        const kind = this.territories.get(ancestor)?.kind ?? ancestor.split(':')[0];
        if (kind === 'region') regions.add(ancestor);
        else if (kind === 'departement') departements.add(ancestor);
      }
    return { regions, departements };
  }

  /** The région(s) a territory belongs to (itself if it is one). */
  regionsOf(territoryId: string): Territory[] {
    const out: Territory[] = [];
    for (const id of this.ancestors(territoryId)) {
      const territory = this.territories.get(id);
      if (territory?.kind === 'region') out.push(territory);
    }
    return out;
  }

  /** Territories matching a name search (accent-insensitive), best matches first. */
  searchTerritories(query: string, limit = 20): Territory[] {
    const q = normalizeText(query);
    if (!q) return [];
    const scored: Array<[number, Territory]> = [];
    for (const territory of this.feed.territories) {
      const name = normalizeText(territory.name);
      const at = name.indexOf(q);
      if (at === -1 && !territory.id.endsWith(`:${query.trim()}`)) continue;
      scored.push([at === 0 ? 0 : at === -1 ? 2 : 1, territory]);
    }
    return scored
      .sort((a, b) => a[0] - b[0] || this.collator.compare(a[1].name, b[1].name))
      .slice(0, limit)
      .map(([, territory]) => territory);
  }

  private matcher(filter: ItemFilter): (item: Initiative | FeedEvent) => boolean {
    const themes = filter.theme ? this.themeIds(filter.theme) : undefined;
    const words = filter.query ? normalizeText(filter.query).split(' ').filter(Boolean) : [];
    return (item) => {
      if (filter.network && item.network !== filter.network) return false;
      if (themes && !(item.themes ?? []).some((theme) => themes.has(theme))) return false;
      if (filter.territory) {
        const scope = filter.territory;
        const ids = [...(item.territories ?? [])];
        if ('location' in item && item.location?.territory) ids.push(item.location.territory);
        if (!ids.some((id) => this.isWithin(id, scope))) return false;
      }
      if (words.length) {
        const haystack = this.searchTextOf(item);
        for (const word of words) if (!haystack.includes(word)) return false;
      }
      return true;
    };
  }

  private searchTextOf(item: Initiative | FeedEvent): string {
    let text = this.searchText.get(item);
    if (text === undefined) {
      const parts: string[] = [...Object.values(item.title)];
      if ('summary' in item && item.summary) parts.push(...Object.values(item.summary));
      if ('carrier' in item && item.carrier) parts.push(item.carrier);
      if ('description' in item && item.description) parts.push(...Object.values(item.description));
      if ('location' in item && item.location) {
        parts.push(item.location.name ?? '', item.location.address ?? '');
      }
      for (const id of item.territories ?? []) parts.push(this.territories.get(id)?.name ?? '');
      const network = this.networks.get(item.network);
      if (network) parts.push(...Object.values(network.name));
      text = normalizeText(parts.join(' '));
      this.searchText.set(item, text);
    }
    return text;
  }
}

const indexes = new WeakMap<Feed, FeedIndex>();

/** The index of a feed, built once and shared by every widget showing that feed. */
export function getFeedIndex(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) {
    index = new FeedIndex(feed);
    indexes.set(feed, index);
  }
  return index;
}

/** Events still to come at `now` (not ended, not cancelled). */
export function upcomingEvents(
  feed: Feed,
  now: Date | number,
  filter: ItemFilter = {},
): FeedEvent[] {
  return getFeedIndex(feed)
    .filterEvents({ ...filter, from: now })
    .filter((event) => event.status !== 'cancelled');
}
