/**
 * What `<tis-territory-counter>` shows, computed from the feed: the count, the goal and its
 * milestones, the restriction line, the freshness line and the breakdown rows. Pure functions
 * of the feed, its index and the counter's settings: no DOM, no Lit.
 */
import { countByPlaces, placesResolver } from '../data/places.js';
import { upcomingEvents, type FeedIndex } from '../data/queries.js';
import type { Feed, FeedSummary, TerritoryKind } from '../data/schema.js';
import type { FeedNeed } from '../data/shards.js';
import { localize, type Lang } from '../i18n/localize.js';
import { counterMessages, kindLabel, type CounterMetric } from './messages.js';

export type CounterBreakdown = 'none' | 'region' | 'departement' | 'kind';

const METRICS: readonly CounterMetric[] = ['territories', 'initiatives', 'networks', 'events'];
/** Milestones when the campaign names none: quarters of the goal (250, 500, 750, 1 000). */
const DEFAULT_MILESTONE_SHARES = [0.25, 0.5, 0.75, 1];
/** The key of the "other" breakdown row (outside any territory of the level). */
const OTHER = '';

/**
 * One counted thing (a territory, an initiative, an event, a network's contribution) and where
 * it is. `key` tells apart the things counted once however many items name them (a network's
 * contributions); the feed's own items, whose ids are unique, need none.
 */
interface Counted {
  key?: string;
  territories: readonly string[];
}

/** A row of the breakdown. */
export interface BreakdownRow {
  id: string;
  label: string;
  count: number;
}

export interface Freshness {
  name: string;
  at: number;
}

/** Everything the counter shows, computed once per render from the feed. */
export interface CounterModel {
  metric: CounterMetric;
  count: number;
  goal?: number;
  milestones: number[];
  scope?: string;
  network?: string;
  freshness?: Freshness;
  breakdown: BreakdownRow[];
}

/** The counter's settings a model depends on (territory and network already resolved). */
export interface CounterQuery {
  /** The `metric` attribute, as written (an unknown one counts territories). */
  metric: CounterMetric;
  territory?: string;
  network?: string;
  /** The fixed current time, if any (`Date.now()` otherwise). */
  now?: number;
  lang: Lang;
  /** The `goal` attribute, if any. */
  goal?: number;
  /** The breakdown drawn (see `breakdownShown`). */
  breakdown: CounterBreakdown;
}

const metricOf = (metric: CounterMetric): CounterMetric =>
  METRICS.includes(metric) ? metric : 'territories';

/** The breakdown drawn: with the map, its level (départements unless `region`). */
export function breakdownShown(breakdown: CounterBreakdown, view: string): CounterBreakdown {
  if (view !== 'map') return breakdown;
  return breakdown === 'region' ? 'region' : 'departement';
}

/** The data a count needs, when a published feed's figures cannot answer. */
export function needOf(query: CounterQuery): FeedNeed {
  const territory = query.territory;
  const scope = territory ? { territory } : ('all' as const);
  switch (metricOf(query.metric)) {
    case 'initiatives':
      return { initiatives: scope };
    case 'events': {
      const now = query.now ?? Date.now();
      return { events: { from: now, to: now + 5 * 365 * 864e5 } };
    }
    case 'networks':
      return territory || query.breakdown !== 'none'
        ? { initiatives: scope, events: 'all', territories: scope }
        : {};
    default:
      return { territories: scope };
  }
}

/**
 * The model from a published index's figures, for the counts they hold (territories or
 * initiatives of the whole campaign, any breakdown); `undefined` otherwise.
 */
export function modelFromSummary(
  feed: Feed,
  index: FeedIndex,
  summary: FeedSummary | undefined,
  query: CounterQuery,
): CounterModel | undefined {
  const metric = metricOf(query.metric);
  const figures =
    metric === 'territories'
      ? summary?.territories
      : metric === 'initiatives'
        ? summary?.initiatives
        : undefined;
  if (!figures || query.territory || query.network) return undefined;
  const groups = new Map<string, number>();
  const breakdown = query.breakdown;
  if (breakdown === 'region' || breakdown === 'departement' || breakdown === 'kind') {
    const counts =
      breakdown === 'region'
        ? figures.byRegion
        : breakdown === 'departement'
          ? figures.byDepartement
          : figures.byKind;
    for (const [id, count] of Object.entries(counts ?? {})) if (count > 0) groups.set(id, count);
    const outside = figures.outside?.[breakdown];
    if (outside) groups.set(OTHER, outside);
  }
  const goal = goalFor(query, metric, feed);
  return {
    metric,
    count: figures.total,
    goal,
    milestones: goal ? milestonesFor(goal, feed) : [],
    freshness: figures.latest
      ? { name: localize(figures.latest.name, query.lang), at: Date.parse(figures.latest.at) }
      : undefined,
    breakdown: rowsOf(
      groups,
      breakdown === 'region' || breakdown === 'departement' ? breakdown : undefined,
      index,
      query.lang,
    ),
  };
}

/**
 * A `computeModel` that computes again only when what the model depends on changes: the
 * updates that start and end the count-up (and any purely visual attribute) do not scan the
 * feed again. Without a fixed `now`, upcoming events depend on the clock: that metric is
 * always computed afresh.
 */
export function memoizedModel(): (
  feed: Feed,
  index: FeedIndex,
  query: CounterQuery,
) => CounterModel {
  let last: { feed: Feed; index: FeedIndex; key: string; model: CounterModel } | undefined;
  return (feed, index, query) => {
    const key = JSON.stringify([
      query.metric,
      query.territory,
      query.network,
      query.now,
      query.lang,
      query.goal,
      query.breakdown,
    ]);
    const timeless = query.now !== undefined || query.metric !== 'events';
    if (timeless && last?.feed === feed && last.index === index && last.key === key)
      return last.model;
    const model = computeModel(feed, index, query);
    last = { feed, index, key, model };
    return model;
  };
}

/** The model, counted from the feed's items. */
export function computeModel(feed: Feed, index: FeedIndex, query: CounterQuery): CounterModel {
  const metric = metricOf(query.metric);
  const { territory, network, lang } = query;
  const now = query.now ?? Date.now();
  const filter = { territory, network };
  let items: Counted[];
  let count: number;
  let freshness: Freshness | undefined;
  switch (metric) {
    case 'initiatives': {
      // The whole campaign is every initiative: no filter to run, and no order needed to count.
      const initiatives =
        territory || network ? index.filterInitiatives(filter, 'recent') : feed.initiatives;
      items = initiatives;
      count = initiatives.length;
      const latest = latestOf(
        initiatives.filter((i) => i.updatedAt),
        (i) => Date.parse(i.updatedAt!),
        index.compareRecent,
      );
      if (latest)
        freshness = {
          name: localize(latest.title, lang),
          at: Date.parse(latest.updatedAt!),
        };
      break;
    }
    case 'events': {
      const events = upcomingEvents(feed, now, filter);
      items = events.map((e) => ({
        territories: [
          ...(e.territories ?? []),
          ...(e.location?.territory ? [e.location.territory] : []),
        ],
      }));
      count = events.length;
      const next = events[0];
      if (next) freshness = { name: localize(next.title, lang), at: Date.parse(next.start) };
      break;
    }
    case 'networks': {
      items = [
        ...index
          .joinedTerritories(filter)
          .flatMap((t) => (t.networks ?? []).map((key) => ({ key, territories: [t.id] }))),
        ...index
          .filterInitiatives(filter)
          .map((i) => ({ key: i.network, territories: i.territories })),
        ...index
          .filterEvents(filter)
          .map((e) => ({ key: e.network, territories: e.territories ?? [] })),
      ].filter((item) => !network || item.key === network);
      // Every partner network counts; within a territory, those active there.
      count = territory
        ? new Set(items.map((item) => item.key)).size
        : feed.networks.filter((n) => !network || n.id === network).length;
      break;
    }
    default: {
      // With no restriction, the joined territories in feed order (the count needs no sort).
      const joined =
        territory || network
          ? index.joinedTerritories(filter)
          : feed.territories.filter((t) => t.joinedAt !== undefined);
      items = joined.map((t) => ({ territories: [t.id] }));
      count = joined.length;
      const latest = latestOf(joined, (t) => Date.parse(t.joinedAt!));
      if (latest) freshness = { name: latest.name, at: Date.parse(latest.joinedAt!) };
    }
  }
  const goal = goalFor(query, metric, feed);
  return {
    metric,
    count,
    goal,
    milestones: goal ? milestonesFor(goal, feed) : [],
    scope: territory ? (index.territories.get(territory)?.name ?? territory) : undefined,
    network: network ? localize(index.networks.get(network)?.name, lang) || network : undefined,
    freshness,
    breakdown: breakdownOf(items, index, query),
  };
}

/** The goal: the `goal` attribute, else the campaign's for territories with no restriction. */
function goalFor(query: CounterQuery, metric: CounterMetric, feed: Feed): number | undefined {
  const goal = query.goal;
  if (goal !== undefined && Number.isFinite(goal) && goal > 0) return Math.round(goal);
  if (metric !== 'territories' || query.territory || query.network) return undefined;
  return feed.campaign?.goal;
}

/** The campaign's milestones for its goal, else quarters of the goal; the goal last. */
export function milestonesFor(goal: number, feed: Feed): number[] {
  const fromFeed = feed.campaign?.goal === goal ? (feed.campaign.milestones ?? []) : [];
  const values = fromFeed.length
    ? [...fromFeed, goal]
    : DEFAULT_MILESTONE_SHARES.map((share) => Math.round(goal * share));
  return [...new Set(values.filter((value) => value > 0 && value <= goal))].sort((a, b) => a - b);
}

/**
 * The first item of the "latest first" order (ties: first by `tie`, else in feed order, as the
 * stable sort of the queries has it), in one pass: a count needs no sorted list.
 */
function latestOf<T>(
  items: readonly T[],
  at: (item: T) => number,
  tie?: (a: T, b: T) => number,
): T | undefined {
  let latest: T | undefined;
  let latestAt = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const time = at(item);
    if (!latest || time > latestAt || (time === latestAt && tie && tie(item, latest) < 0)) {
      latest = item;
      latestAt = time;
    }
  }
  return latest;
}

function breakdownOf(
  items: readonly Counted[],
  index: FeedIndex,
  query: CounterQuery,
): BreakdownRow[] {
  const { breakdown, territory: scope } = query;
  if (breakdown !== 'region' && breakdown !== 'departement' && breakdown !== 'kind') return [];
  const kind: TerritoryKind | undefined = breakdown === 'kind' ? undefined : breakdown;
  const placesOf = kind ? placesResolver(index, kind) : undefined;
  // Items are counted once per key. The feed's ids are unique (the parser drops duplicates), so
  // a plain count does unless keys repeat across items (a network's contributions).
  const counts = new Map<string, number>();
  const sets = metricOf(query.metric) === 'networks' ? new Map<string, Set<string>>() : undefined;
  if (placesOf && !scope && !sets) {
    // The common case, a whole campaign by région or département.
    const { counts: byPlace, outside } = countByPlaces(items, placesOf);
    if (outside) byPlace.set(OTHER, outside);
    return rowsOf(byPlace, kind, index, query.lang);
  }
  const add = (key: string, item: Counted) => {
    if (sets) sets.set(key, (sets.get(key) ?? new Set()).add(item.key!));
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const keys = new Set<string>();
  for (const item of items) {
    keys.clear();
    for (const id of item.territories) {
      if (scope && !index.isWithin(id, scope)) continue;
      if (placesOf) {
        // An EPCI across two régions lists both: keep only the one inside the restriction.
        for (const place of placesOf(id))
          if (!scope || index.isWithin(place, scope)) keys.add(place);
      } else {
        const territoryKind = index.territories.get(id)?.kind;
        if (territoryKind) keys.add(territoryKind);
      }
    }
    if (!keys.size) keys.add(OTHER);
    for (const key of keys) add(key, item);
  }
  if (sets) for (const [key, set] of sets) counts.set(key, set.size);
  return rowsOf(counts, kind, index, query.lang);
}

/** Breakdown rows from counts per key, largest first, "other" last. */
function rowsOf(
  groups: ReadonlyMap<string, number>,
  kind: TerritoryKind | undefined,
  index: FeedIndex,
  lang: Lang,
): BreakdownRow[] {
  const compare = new Intl.Collator(lang, { numeric: true }).compare;
  const m = counterMessages(lang);
  return [...groups]
    .map(([id, count]) => ({
      id,
      count,
      label:
        id === OTHER
          ? m.breakdownOther
          : kind
            ? (index.territories.get(id)?.name ?? id)
            : kindLabel(id as TerritoryKind, lang),
    }))
    .sort((a, b) =>
      a.id === OTHER ? 1 : b.id === OTHER ? -1 : b.count - a.count || compare(a.label, b.label),
    );
}
