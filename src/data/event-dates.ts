/**
 * Calendar arithmetic on plain day keys (`2026-12-08`): no `Date` in local time, so the
 * visitor's zone and daylight-saving changes never shift a day. Instants are placed on days in
 * the event's own time zone (the day its organiser announced).
 */
import { zonedParts } from '../i18n/format.js';
import type { FeedEvent } from './schema.js';

/** `YYYY-MM-DD` */
export type DayKey = string;

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
/** A multi-day event is shown on at most this many days (a junk end date must not flood a grid). */
const MAX_SPAN_DAYS = 62;

const pad = (value: number) => String(value).padStart(2, '0');

export function dayKey(year: number, month: number, day: number): DayKey {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function parseDayKey(key: DayKey): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The day an instant falls on in a zone. */
export function dayOf(value: Date | number | string, timeZone?: string): DayKey {
  const { year, month, day } = zonedParts(new Date(value), timeZone);
  return dayKey(year, month, day);
}

export function addDays(key: DayKey, days: number): DayKey {
  const { year, month, day } = parseDayKey(key);
  return dayKey(year, month, day + days);
}

/** Same day of another month, clamped to its last day (31 January + 1 month = 28 February). */
export function addMonths(key: DayKey, months: number): DayKey {
  const { year, month, day } = parseDayKey(key);
  const last = daysInMonth(year, month + months);
  return dayKey(year, month + months, Math.min(day, last));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(key: DayKey): number {
  const { year, month, day } = parseDayKey(key);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** `2026-12` */
export function monthKey(key: DayKey): string {
  return key.slice(0, 7);
}

export function firstOfMonth(key: DayKey): DayKey {
  return `${key.slice(0, 7)}-01`;
}

/** The weeks (Monday first) covering a month, with the leading and trailing days of its neighbours. */
export function monthWeeks(month: DayKey): DayKey[][] {
  const first = firstOfMonth(month);
  const { year, month: m } = parseDayKey(first);
  const last = dayKey(year, m, daysInMonth(year, m));
  let cursor = addDays(first, -weekdayIndex(first));
  const weeks: DayKey[][] = [];
  while (cursor <= last) {
    const week: DayKey[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor);
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Noon UTC of a day: a safe `Date` to format a day key with `Intl` in UTC. */
export function dayToDate(key: DayKey): Date {
  const { year, month, day } = parseDayKey(key);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** The instant a day starts in a zone (midnight, or the first hour after a DST gap). */
export function startOfDay(key: DayKey, timeZone?: string): number {
  const { year, month, day } = parseDayKey(key);
  // Guess from UTC midnight, then correct by the zone's offset (twice: the offset may differ).
  let guess = Date.UTC(year, month - 1, day);
  for (let i = 0; i < 2; i++) {
    const parts = zonedParts(guess, timeZone);
    const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    guess += Date.UTC(year, month - 1, day) - shown;
  }
  return guess;
}

export const eventZone = (event: Pick<FeedEvent, 'timeZone'>) =>
  event.timeZone ?? DEFAULT_TIME_ZONE;

/** First and last day of an event in its zone (an end at midnight belongs to the day before). */
export function eventSpan(event: Pick<FeedEvent, 'start' | 'end' | 'timeZone'>): [DayKey, DayKey] {
  const zone = eventZone(event);
  const start = Date.parse(event.start);
  const end = Math.max(start, Date.parse(event.end) - 1);
  const first = dayOf(start, zone);
  const last = dayOf(end, zone);
  return [first, last < first ? first : last];
}

function spanDays(event: Pick<FeedEvent, 'start' | 'end' | 'timeZone'>): DayKey[] {
  const [first, last] = eventSpan(event);
  const days: DayKey[] = [];
  for (let day = first; day <= last && days.length < MAX_SPAN_DAYS; day = addDays(day, 1))
    days.push(day);
  return days;
}

/**
 * Every day an event takes place, capped. A multi-part event (a training course in sessions)
 * takes place on the days of its parts, not on every day between the first and the last.
 */
export function eventDays(
  event: Pick<FeedEvent, 'start' | 'end' | 'timeZone' | 'parts'>,
): readonly DayKey[] {
  let days = daysOfEvent.get(event);
  if (!days) {
    days = event.parts?.length ? partDays(event) : spanDays(event);
    daysOfEvent.set(event, days);
  }
  return days;
}

/**
 * Feed items are never changed after parsing, and placing an event on its days costs two
 * `Intl` calls: once per event, not once per event and per rendered month.
 */
const daysOfEvent = new WeakMap<object, readonly DayKey[]>();

function partDays(event: Pick<FeedEvent, 'timeZone' | 'parts'>): DayKey[] {
  const days = new Set<DayKey>();
  for (const part of event.parts ?? []) {
    for (const day of spanDays({ ...part, timeZone: event.timeZone })) days.add(day);
  }
  return [...days].sort().slice(0, MAX_SPAN_DAYS);
}

/** `2026-12`, `2026-12-08` or an ISO date-time: the first day of that month, else undefined. */
export function parseMonth(value: string | undefined | null): DayKey | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return `${match[1]}-${match[2]}-01`;
}
