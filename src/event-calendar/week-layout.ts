/**
 * The week's time grid as numbers, with no DOM: which events go in the band above the grid
 * (all-day and multi-day), where each timed piece sits in its day column (wall-clock minutes in
 * the visitor's zone, so 9 h stays at 9 h across daylight-saving changes), which lane it takes
 * beside the events it overlaps, the hours the axis covers, and the order the keyboard follows.
 */
import type { FeedEvent } from '../data/schema.js';
import { zonedParts } from '../i18n/format.js';
import { addDays, dayKey, dayOf, eventSpan, startOfDay, type DayKey } from '../data/event-dates.js';

/** The axis when the week has no timed event: 08:00–20:00. */
export const DEFAULT_AXIS = { from: 8 * 60, to: 20 * 60 } as const;
/** A piece is drawn (and laid out beside others) at least this tall, in minutes. */
export const MIN_MINUTES = 30;
/** Timed pieces this long or longer go in the band, like all-day events. */
const BAND_AFTER_MS = 24 * 3600_000;
const DAY_MINUTES = 24 * 60;

interface Piece {
  event: FeedEvent;
  /** Index of the event's part, when the event has parts. */
  part?: number;
  start: number;
  end: number;
}

/** A timed piece in a day column. */
export interface TimedSlot extends Piece {
  kind: 'timed';
  day: DayKey;
  column: number;
  /** Wall-clock minutes from the column's midnight, in the visitor's zone (0–1440). */
  top: number;
  bottom: number;
  lane: number;
  lanes: number;
  /** The piece began the day before / goes on the next day. */
  continued: boolean;
  continues: boolean;
}

/** An all-day or multi-day piece in the band, over columns `first`…`last`. */
export interface BandSegment extends Piece {
  kind: 'band';
  first: number;
  last: number;
  row: number;
  /** The piece began before the week / goes on after it. */
  continued: boolean;
  continues: boolean;
}

export type WeekItem = TimedSlot | BandSegment;

export interface WeekLayout {
  days: DayKey[];
  band: BandSegment[];
  bandRows: number;
  slots: TimedSlot[];
  /** Whole hours, in minutes from midnight. */
  axis: { from: number; to: number };
  /** Today's column and the current minute, when today is in the week and within the axis. */
  now?: { column: number; minute: number };
  /** Every item in time order: by day, the band's before the timed, then by start. */
  order: WeekItem[];
  /** Distinct events shown. */
  count: number;
  /** For each day, whether the clocks change that day (it is not 24 hours long). */
  clocksChange: boolean[];
}

/** Feed items never change once parsed: their pieces are parsed once, not once per week shown. */
const piecesCache = new WeakMap<FeedEvent, Piece[]>();

/** The pieces of an event: its parts, each in its own slot, or the event itself. */
function piecesOf(event: FeedEvent): Piece[] {
  let pieces = piecesCache.get(event);
  if (!pieces) {
    pieces = parsePieces(event);
    piecesCache.set(event, pieces);
  }
  return pieces;
}

function parsePieces(event: FeedEvent): Piece[] {
  if (event.parts?.length) {
    return event.parts.map((part, index) => ({
      event,
      part: index,
      start: Date.parse(part.start),
      end: Math.max(Date.parse(part.start), Date.parse(part.end)),
    }));
  }
  const start = Date.parse(event.start);
  return [{ event, start, end: Math.max(start, Date.parse(event.end)) }];
}

/** Wall-clock minutes of an instant on `day` in `zone` (1440 for the next midnight). */
function minutesOn(instant: number, day: DayKey, zone: string): number {
  const p = zonedParts(instant, zone);
  const minutes = p.hour * 60 + p.minute;
  return dayKey(p.year, p.month, p.day) === day ? minutes : DAY_MINUTES + minutes;
}

/** Gives each band segment the first row free over all its columns. */
function stackBand(segments: BandSegment[]): number {
  segments.sort((a, b) => a.first - b.first || b.last - a.last || a.start - b.start);
  const rowEnds: number[] = [];
  for (const segment of segments) {
    let row = rowEnds.findIndex((end) => end < segment.first);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = segment.last;
    segment.row = row;
  }
  return rowEnds.length;
}

/**
 * Side by side: pieces of one column that overlap (directly or through a chain) form a cluster;
 * each takes the first lane free at its start, and all of a cluster share its number of lanes.
 */
function assignLanes(slots: TimedSlot[]): void {
  slots.sort((a, b) => a.top - b.top || b.bottom - a.bottom || a.start - b.start);
  let cluster: TimedSlot[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const slot of cluster) slot.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const slot of slots) {
    const bottom = Math.max(slot.bottom, slot.top + MIN_MINUTES);
    if (slot.top >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= slot.top);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = bottom;
    slot.lane = lane;
    cluster.push(slot);
    clusterEnd = Math.max(slot.top >= clusterEnd ? 0 : clusterEnd, bottom);
  }
  close();
}

/**
 * Lays out `events` on the seven `days` (visitor's day keys). Timed pieces are placed by their
 * wall-clock time in `zone` (the visitor's); all-day events on their own dates.
 */
export function layoutWeek(
  events: readonly FeedEvent[],
  days: readonly DayKey[],
  zone: string,
  now?: number,
): WeekLayout {
  const first = days[0]!;
  const last = days.at(-1)!;
  // Where each day starts (and the week ends): the one place the zone's rules are asked, so
  // placing a piece is arithmetic, except on a day the clocks change.
  const starts = [...days, addDays(last, 1)].map((day) => startOfDay(day, zone));
  const weekStart = starts[0]!;
  const weekEnd = starts[days.length]!;
  const column = (day: DayKey) => days.indexOf(day);
  const columnAt = (instant: number) => {
    let i = 0;
    while (i < days.length - 1 && instant >= starts[i + 1]!) i++;
    return i;
  };
  const minutesIn = (instant: number, i: number) =>
    starts[i + 1]! - starts[i]! === 864e5
      ? (instant - starts[i]!) / 60_000
      : minutesOn(instant, days[i]!, zone);
  const band: BandSegment[] = [];
  const slots: TimedSlot[] = [];
  const shown = new Set<FeedEvent>();

  for (const event of events) {
    for (const piece of piecesOf(event)) {
      if (event.allDay || piece.end - piece.start >= BAND_AFTER_MS) {
        // All-day: the event's own dates; a long timed piece: the visitor's days it touches.
        const [from, to] = event.allDay
          ? eventSpan({
              start: new Date(piece.start).toISOString(),
              end: new Date(piece.end).toISOString(),
              timeZone: event.timeZone,
            })
          : [dayOf(piece.start, zone), dayOf(Math.max(piece.start, piece.end - 1), zone)];
        if (to < first || from > last) continue;
        band.push({
          ...piece,
          kind: 'band',
          first: from < first ? 0 : column(from),
          last: to > last ? days.length - 1 : column(to),
          row: 0,
          continued: from < first,
          continues: to > last,
        });
        shown.add(event);
        continue;
      }
      if (piece.end < weekStart || (piece.end === weekStart && piece.end > piece.start)) continue;
      if (piece.start >= weekEnd) continue;
      // A piece over midnight is cut at each midnight: one slot per day it touches.
      for (let i = columnAt(Math.max(piece.start, weekStart)); i < days.length; i++) {
        const dayStart = starts[i]!;
        const dayEnd = starts[i + 1]!;
        if (dayStart >= piece.end && piece.end > piece.start) break;
        const start = Math.max(piece.start, dayStart);
        const end = Math.min(piece.end, dayEnd);
        const top = minutesIn(start, i);
        let bottom = end >= dayEnd ? DAY_MINUTES : minutesIn(end, i);
        // The hour that exists twice (late October): when the wall clock went back past the
        // start, the piece keeps its real duration.
        if (bottom <= top && end > start)
          bottom = Math.min(DAY_MINUTES, top + (end - start) / 60_000);
        slots.push({
          ...piece,
          kind: 'timed',
          day: days[i]!,
          column: i,
          top,
          bottom,
          lane: 0,
          lanes: 1,
          continued: piece.start < dayStart,
          continues: piece.end > dayEnd,
        });
        shown.add(event);
        if (piece.end <= dayEnd) break;
      }
    }
  }

  const bandRows = stackBand(band);
  const byColumn = days.map(() => [] as TimedSlot[]);
  for (const slot of slots) byColumn[slot.column]!.push(slot);
  for (const list of byColumn) assignLanes(list);

  let axis: { from: number; to: number } = { ...DEFAULT_AXIS };
  if (slots.length) {
    let low = DAY_MINUTES;
    let high = 0;
    for (const slot of slots) {
      low = Math.min(low, slot.top);
      high = Math.max(high, Math.max(slot.bottom, slot.top + MIN_MINUTES));
    }
    const from = Math.floor(low / 60) * 60;
    axis = { from, to: Math.max(from + 60, Math.min(DAY_MINUTES, Math.ceil(high / 60) * 60)) };
  }

  let nowMark: WeekLayout['now'];
  if (now !== undefined && now >= weekStart && now < weekEnd) {
    const today = columnAt(now);
    const minute = minutesIn(now, today);
    if (minute >= axis.from && minute <= axis.to) nowMark = { column: today, minute };
  }

  const columnOf = (item: WeekItem) => (item.kind === 'band' ? item.first : item.column);
  const within = (item: WeekItem) => (item.kind === 'band' ? item.row : item.top * 100 + item.lane);
  const order: WeekItem[] = [...band, ...slots].sort(
    (a, b) =>
      columnOf(a) - columnOf(b) ||
      (a.kind === b.kind ? 0 : a.kind === 'band' ? -1 : 1) ||
      within(a) - within(b),
  );

  const clocksChange = days.map((_, i) => starts[i + 1]! - starts[i]! !== 864e5);
  return {
    days: [...days],
    band,
    bandRows,
    slots,
    axis,
    now: nowMark,
    order,
    count: shown.size,
    clocksChange,
  };
}

/** A stable key of an item (event, part, column), for the roving tab stop. */
export function itemKey(item: WeekItem): string {
  return `${item.event.id}|${item.part ?? ''}|${item.kind === 'band' ? `b${item.first}` : item.column}`;
}
