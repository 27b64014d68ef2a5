/**
 * Which events the calendar shows: the page's scope narrowed by the visitor's filters, placed on
 * the days of a range. No DOM: numbers, day keys and the feed index only.
 */
import type { FeedIndex } from '../data/queries.js';
import type { FeedNeed } from '../data/shards.js';
import type { AttendanceMode, FeedEvent, Territory } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import type { Selection } from '../shared/context.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  eventDays,
  parseDayKey,
  startOfDay,
  type DayKey,
} from '../data/event-dates.js';
import { networkName } from '../data/event-text.js';
import { narrowScope, type NarrowedScope } from '../data/scope.js';

/** What the query reads from the element when it runs: its attributes and the visitor's choices. */
export interface QueryHost {
  /** The visitor's zone: day boundaries. */
  readonly zone: string;
  readonly uiLang: Lang;
  /** The page's scope (`territory`, `theme`, `network` attributes). */
  territory?: string;
  theme?: string;
  network?: string;
  /** The page's `attendance`. */
  attendance?: AttendanceMode;
  /** The visitor's attendance choice (`''`: none). */
  attendanceChoice: string;
  includeInvited: boolean;
  /** The visitor's territory, theme and network (`feedController.selection`). */
  readonly feedController: { readonly selection: Readonly<Selection> };
}

/** The choices the filters offer, and what they were computed from. */
export interface FilterOptions {
  index: FeedIndex | undefined;
  key: string;
  territories: Territory[];
  networks: string[];
  themeIds: Set<string>;
}

/** Colour-scheme values of the shared `theme` attribute: never a theme filter. */
const COLOR_SCHEMES = new Set(['dark', 'light', 'auto']);

/** One event with its times, parsed once. */
interface Timed {
  event: FeedEvent;
  start: number;
  end: number;
}

/**
 * Every event of a feed with its times, earliest first (ties in feed order): sorted once per feed
 * index, so showing a month scans numbers instead of filtering and sorting the feed again.
 */
const timelines = new WeakMap<FeedIndex, Timed[]>();

function timelineOf(index: FeedIndex): Timed[] {
  let timeline = timelines.get(index);
  if (!timeline) {
    timeline = index.feed.events
      .map((event) => ({ event, start: Date.parse(event.start), end: Date.parse(event.end) }))
      .sort((a, b) => a.start - b.start);
    timelines.set(index, timeline);
  }
  return timeline;
}

let collator: Intl.Collator | undefined;
/** French order; one collator (`localeCompare` with a locale builds one per call). */
const compareFr = (a: string, b: string) => (collator ??= new Intl.Collator('fr')).compare(a, b);

/** The events a month shows (its grid spills a week either side), as a published-feed need. */
export function monthNeed(month: DayKey): FeedNeed {
  const start = Date.parse(`${month}T00:00:00Z`);
  return { events: { from: start - 7 * 864e5, to: start + 38 * 864e5 } };
}

/**
 * The events a week shows, a day away on both sides for the zones of the events: as a
 * published-feed need, the month shards it touches (both months, for a week across two).
 */
export function weekNeed(start: DayKey): FeedNeed {
  const from = Date.parse(`${start}T00:00:00Z`);
  return { events: { from: from - 864e5, to: from + 8 * 864e5 } };
}

/** First and last day of the month starting on `month`. */
export function monthRange(month: DayKey): [DayKey, DayKey] {
  const { year, month: number } = parseDayKey(month);
  return [month, `${month.slice(0, 8)}${String(daysInMonth(year, number)).padStart(2, '0')}`];
}

/** The calendar's queries over a feed index, with the caches that outlive one render. */
export class CalendarQuery {
  private matching?: { index: FeedIndex; key: string; events: Set<FeedEvent> };
  private options?: FilterOptions;

  constructor(private readonly host: QueryHost) {}

  /** The page's scope narrowed by the visitor's selection; `null` when they exclude each other. */
  filterOf(index: FeedIndex): NarrowedScope | null {
    const { territory, theme, network, feedController } = this.host;
    const scopeTheme = theme && !COLOR_SCHEMES.has(theme) ? theme : undefined;
    return narrowScope(index, { territory, theme: scopeTheme, network }, feedController.selection);
  }

  /** Events overlapping [from, to) that pass every filter, earliest first. */
  eventsBetween(index: FeedIndex, from?: number, to?: number): FeedEvent[] {
    const filter = this.filterOf(index);
    if (!filter) return [];
    const { network, ...rest } = filter;
    const input = this.host;
    const attendance = input.attendanceChoice || input.attendance;
    return index.filterEvents({ ...rest, from, to }).filter((event) => {
      if (network && event.network !== network) {
        if (!input.includeInvited || !(event.invitedNetworks ?? []).includes(network)) return false;
      }
      if (attendance && attendance !== 'mixed') {
        const mode = event.attendance;
        if (mode !== attendance && mode !== 'mixed') return false;
      }
      return true;
    });
  }

  /**
   * The events that pass the filters, whatever their dates (`undefined`: no filter, all of them).
   * Kept until the filters or the data change.
   */
  matchingEvents(index: FeedIndex): Set<FeedEvent> | undefined {
    const filter = this.filterOf(index);
    const input = this.host;
    const attendance = input.attendanceChoice || input.attendance;
    if (filter && !filter.territory && !filter.theme && !filter.network && !attendance)
      return undefined;
    const key = JSON.stringify([filter, attendance, input.includeInvited]);
    if (this.matching?.index !== index || this.matching.key !== key)
      this.matching = { index, key, events: new Set(this.eventsBetween(index)) };
    return this.matching.events;
  }

  /** Events placed on the days of [first, last] (day keys), in each event's own zone. */
  eventsByDay(index: FeedIndex, first: DayKey, last: DayKey): Map<DayKey, FeedEvent[]> {
    const byDay = new Map<DayKey, FeedEvent[]>();
    for (const event of this.eventsAround(index, first, last)) {
      for (const day of eventDays(event)) {
        if (day < first || day > last) continue;
        const list = byDay.get(day);
        if (list) list.push(event);
        else byDay.set(day, [event]);
      }
    }
    return byDay;
  }

  /** Events that pass the filters and overlap the days `first`…`last`, a day away both sides. */
  eventsAround(index: FeedIndex, first: DayKey, last: DayKey): FeedEvent[] {
    // A day away on both sides: the zones of the events may be ahead of or behind the visitor's.
    const zone = this.host.zone;
    const from = startOfDay(addDays(first, -1), zone);
    const to = startOfDay(addDays(last, 2), zone);
    const matching = this.matchingEvents(index);
    const events: FeedEvent[] = [];
    for (const { event, start, end } of timelineOf(index)) {
      if (start >= to) break;
      if (end >= from && (!matching || matching.has(event))) events.push(event);
    }
    return events;
  }

  /** Distinct events on the days `first`…`last`. */
  countBetween(index: FeedIndex, first: DayKey, last: DayKey): number {
    const seen = new Set<FeedEvent>();
    for (const list of this.eventsByDay(index, first, last).values())
      for (const e of list) seen.add(e);
    return seen.size;
  }

  countInMonth(index: FeedIndex, month: DayKey): number {
    return this.countBetween(index, month, addDays(addMonths(month, 1), -1));
  }

  /**
   * What the filters offer: every region, département, network and theme the events mention.
   * Scanning all the events takes a while; it is done again only when its inputs change.
   * `index` is undefined while loading: empty choices.
   */
  filterOptions(index: FeedIndex | undefined): FilterOptions {
    const { includeInvited, territory, uiLang: lang } = this.host;
    const key = JSON.stringify([includeInvited, territory, lang]);
    const cached = this.options;
    if (cached && cached.index === index && cached.key === key) return cached;
    const events = index?.feed.events ?? [];
    const territoryIds = new Set<string>();
    const networkIds = new Set<string>();
    const themeIds = new Set<string>();
    // Thousands of events name the same few hundred territories: walk each one's ancestors once.
    const seen = new Set<string>();
    const addTerritory = (id: string | undefined) => {
      if (!id || seen.has(id)) return;
      seen.add(id);
      for (const ancestor of index!.ancestors(id)) {
        const kind = index!.territories.get(ancestor)?.kind;
        if (kind === 'region' || kind === 'departement') territoryIds.add(ancestor);
      }
    };
    for (const event of events) {
      for (const id of event.territories ?? []) addTerritory(id);
      addTerritory(event.location?.territory);
      networkIds.add(event.network);
      if (includeInvited) for (const id of event.invitedNetworks ?? []) networkIds.add(id);
      for (const id of event.themes ?? []) themeIds.add(id);
    }
    const territories = [...territoryIds]
      .map((id) => index!.territories.get(id)!)
      .filter((t) => !territory || index!.isWithin(t.id, territory))
      .sort((a, b) =>
        a.kind === b.kind ? compareFr(a.name, b.name) : a.kind === 'region' ? -1 : 1,
      );
    const networks = [...networkIds].sort((a, b) =>
      compareFr(networkName(a, index!, lang), networkName(b, index!, lang)),
    );
    this.options = { index, key, territories, networks, themeIds };
    return this.options;
  }
}
