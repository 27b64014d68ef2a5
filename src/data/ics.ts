/**
 * A small, pure iCalendar (RFC 5545) writer for feed events, plus "add to calendar" links for
 * Google Calendar and Outlook on the web. No DOM: the command-line tools reuse it to publish
 * `.ics` feeds.
 *
 * Choices:
 * - Timed events are written in UTC (`DTSTART:20261208T080000Z`). A `TZID` would oblige us to
 *   ship a `VTIMEZONE` definition for every zone; UTC instants are exact and every calendar
 *   shows them in its owner's zone.
 * - All-day events use `VALUE=DATE` with an exclusive end date, as RFC 5545 §3.6.1 says.
 * - Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character.
 * - An event whose parts fall on different days (sessions on 6 and 13 April) is written as one
 *   VEVENT per part, not one VEVENT spanning the week between. Their UIDs share the event's:
 *   `<event id>@1000territoires` names the event, `<event id>#<n>@1000territoires` its n-th
 *   part (in time order), and each part says `RELATED-TO;RELTYPE=PARENT:<event UID>`. Parts on
 *   one day are a programme: one VEVENT, the parts listed in its description.
 * - An online-only event (or one moved online) has its joining link as LOCATION, never a place
 *   made from its territory.
 */
import type { EventStatus, FeedEvent } from './schema.js';
import { localize } from '../i18n/localize.js';
import { zonedParts } from '../i18n/format.js';

/** What one VEVENT needs, already localised. */
export interface IcsEvent {
  /** Globally unique id (`<feed event id>@1000territoires`). */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** ISO 8601 date-time with offset. */
  start: string;
  end: string;
  allDay?: boolean;
  /** Zone the all-day dates are read in (default Europe/Paris). */
  timeZone?: string;
  status?: EventStatus;
  /** Category labels (`CATEGORIES`), e.g. the event's themes. */
  categories?: readonly string[];
  /** UID of the event this VEVENT is a part of (`RELATED-TO`). */
  relatedTo?: string;
}

export interface IcsCalendarOptions {
  /** The DTSTAMP of every event: when the file was generated. */
  now: Date | number;
  /** Calendar name shown by subscribing clients (`X-WR-CALNAME`). */
  name?: string;
  /** Calendar description shown by subscribing clients (`X-WR-CALDESC`). */
  description?: string;
  /**
   * How often subscribers should refresh, as an RFC 5545 duration (`PT6H`): written as
   * `REFRESH-INTERVAL` (RFC 7986) and `X-PUBLISHED-TTL` (Outlook, Apple).
   */
  refreshInterval?: string;
  prodId?: string;
}

const CRLF = '\r\n';
const DEFAULT_PRODID = '-//1000territoires//widgets//FR';
const UID_DOMAIN = '1000territoires';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts in their 75 octets. Never splits a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (size + octets > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += octets;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `20261208T080000Z` */
export function formatUtc(value: Date | number | string): string {
  const date = new Date(value);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `20261208`: the calendar date of an instant in a zone. */
export function formatDateValue(value: Date | number | string, timeZone = 'Europe/Paris'): string {
  const { year, month, day } = zonedParts(new Date(value), timeZone);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** The day after a `YYYYMMDD` date. */
function nextDate(value: string): string {
  const date = new Date(
    Date.UTC(+value.slice(0, 4), +value.slice(4, 6) - 1, +value.slice(6, 8) + 1),
  );
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** First and exclusive last date of an all-day event (an end at midnight ends the day before). */
export function allDayRange(event: Pick<IcsEvent, 'start' | 'end' | 'timeZone'>): [string, string] {
  const zone = event.timeZone ?? 'Europe/Paris';
  const start = formatDateValue(event.start, zone);
  const endMs = Math.max(Date.parse(event.start), Date.parse(event.end) - 1);
  const last = formatDateValue(endMs, zone);
  return [start, nextDate(last < start ? start : last)];
}

const ICS_STATUS: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  full: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The content lines of one VEVENT, unfolded. */
function eventLines(event: IcsEvent, dtstamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${dtstamp}`];
  if (event.allDay) {
    const [start, end] = allDayRange(event);
    lines.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`);
  } else {
    lines.push(`DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length)
    lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.relatedTo) lines.push(`RELATED-TO;RELTYPE=PARENT:${escapeText(event.relatedTo)}`);
  lines.push(`STATUS:${ICS_STATUS[event.status ?? 'scheduled']}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR document with CRLF line endings and folded lines. */
export function buildIcs(events: readonly IcsEvent[], options: IcsCalendarOptions): string {
  const dtstamp = formatUtc(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? DEFAULT_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  if (options.description) lines.push(`X-WR-CALDESC:${escapeText(options.description)}`);
  if (options.refreshInterval && /^P(T?\d+[WDHMS])+$/.test(options.refreshInterval)) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${options.refreshInterval}`);
    lines.push(`X-PUBLISHED-TTL:${options.refreshInterval}`);
  }
  for (const event of events) lines.push(...eventLines(event, dtstamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export interface FeedEventContext {
  /** Interface language of the texts. */
  lang: string;
  /** Place text (name, address, territory) already composed by the caller. */
  location?: string;
  /** Extra description lines (parts, links) added after the feed's description. */
  extra?: readonly string[];
}

/** Maps a feed event to what the writer needs. */
export function toIcsEvent(event: FeedEvent, context: FeedEventContext): IcsEvent {
  const description = [localize(event.description, context.lang), ...(context.extra ?? [])]
    .filter(Boolean)
    .join('\n\n');
  const online = event.attendance === 'online' || event.status === 'moved-online';
  return {
    uid: `${event.id}@${UID_DOMAIN}`,
    title: localize(event.title, context.lang),
    description: description || undefined,
    location: online ? event.onlineUrl : context.location || undefined,
    url: event.url ?? event.registrationUrl ?? event.onlineUrl,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    timeZone: event.timeZone,
    status: event.status,
  };
}

/** The parts of an event, in time order, when they fall on more than one day; else none. */
export function separateParts(event: FeedEvent): NonNullable<FeedEvent['parts']> {
  const parts = [...(event.parts ?? [])].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const zone = event.timeZone ?? 'Europe/Paris';
  const days = new Set(parts.map((part) => formatDateValue(part.start, zone)));
  return days.size > 1 ? parts : [];
}

/**
 * The VEVENTs of one feed event: itself, or one per part when its parts fall on different days
 * (see the scheme at the top of this file).
 */
export function toIcsEvents(event: FeedEvent, context: FeedEventContext): IcsEvent[] {
  const whole = toIcsEvent(event, context);
  const parts = separateParts(event);
  if (parts.length === 0) return [whole];
  return parts.map((part, index) => ({
    ...whole,
    uid: `${event.id}#${index + 1}@${UID_DOMAIN}`,
    title: `${whole.title} — ${localize(part.title, context.lang)} (${index + 1}/${parts.length})`,
    start: part.start,
    end: part.end,
    relatedTo: whole.uid,
  }));
}

/** A safe file name for the download: `webinaire-coconstruction.ics`. */
export function icsFileName(event: Pick<FeedEvent, 'id'>): string {
  const base = event.id
    .split('/')
    .pop()!
    .replace(/[^a-z0-9._-]+/gi, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${base || 'evenement'}.ics`;
}

/** Google Calendar "create event" template link (opens in the visitor's account; no request here). */
export function googleCalendarUrl(event: IcsEvent): string {
  const dates = event.allDay
    ? allDayRange(event).join('/')
    : `${formatUtc(event.start)}/${formatUtc(event.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates });
  if (event.description) params.set('details', event.description);
  if (event.location) params.set('location', event.location);
  if (event.timeZone) params.set('ctz', event.timeZone);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Outlook on the web "compose event" deep link. */
export function outlookCalendarUrl(event: IcsEvent): string {
  const iso = (value: string) => new Date(value).toISOString().replace(/\.000Z$/, 'Z');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: iso(event.start),
    enddt: iso(event.end),
  });
  if (event.allDay) {
    const [start, end] = allDayRange(event);
    params.set('startdt', `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6)}`);
    params.set('enddt', `${end.slice(0, 4)}-${end.slice(4, 6)}-${end.slice(6)}`);
    params.set('allday', 'true');
  }
  if (event.description) params.set('body', event.description);
  if (event.location) params.set('location', event.location);
  return `https://outlook.live.com/calendar/0/action/compose?${params.toString()}`;
}

export { toWebcalUrl } from './url.js';
