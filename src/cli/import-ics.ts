/// <reference types="node" />
/**
 * `tis-feed import ics`: turns a network's existing calendar (an `.ics` file or subscription
 * URL) into a format v1 contribution.
 *
 * Parsing is ical.js's (line unfolding, escapes, parameters, VTIMEZONE, RRULE, EXDATE and
 * RECURRENCE-ID overrides). This module decides what each occurrence means in the format:
 *
 * - Times: `DTSTART;TZID=Europe/Paris:...` is read with the IANA zone (through `Intl`, so the
 *   calendar's own VTIMEZONE is not even needed); a zone that is not an IANA name (Outlook's
 *   `Romance Standard Time`) is read with the file's VTIMEZONE; UTC stays UTC; floating times
 *   are read in `--time-zone` (default Europe/Paris). Every instant is written with the offset
 *   of its zone on that date, as the format asks.
 * - All-day events (`VALUE=DATE`): local midnight to local midnight (exclusive end), `allDay`.
 * - Recurring events are expanded over a bounded window (`--from`, `--to`), each occurrence
 *   becoming one event whose id ends with its original date, so it stays stable when moved.
 * - `STATUS:CANCELLED` becomes `status: "cancelled"`; the event is kept so calendars show it
 *   as cancelled instead of silently dropping it.
 * - Links other than http(s) are dropped with a warning, as the feed parser would.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { toSafeUrl } from '../data/url.js';
import { isKnownTimeZone, LIMITS } from '../data/format.js';
import { IMPORT_GENERATOR } from './contribution-rules.js';
import { stableStringify, compareCodePoints } from './feed-io.js';

export interface ImportOptions {
  network: string;
  networkName?: string;
  /** Zone for floating times and for non-IANA TZIDs' display (default Europe/Paris). */
  timeZone: string;
  from: number;
  to: number;
  /** Territory ids given to every imported event. */
  territories?: string[];
  now: number;
  /** Most occurrences kept per recurring event. */
  maxOccurrences?: number;
}

export interface ImportNote {
  severity: 'error' | 'warning';
  uid?: string;
  message: { fr: string; en: string };
}

export interface ImportResult {
  text: string;
  count: number;
  notes: ImportNote[];
}

const isIana = (zone: string | undefined): zone is string =>
  !!zone && zone !== 'floating' && isKnownTimeZone(zone);

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function wallClock(ms: number, zone: string): Wall {
  let formatter = partsCache.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(zone, formatter);
  }
  const out: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms))
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

const wallMs = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The instant a wall-clock time in `zone` stands for (the later one in a DST gap). */
export function instantIn(wall: Wall, zone: string): number {
  const target = wallMs(wall);
  let guess = target;
  for (let i = 0; i < 3; i += 1) {
    const shown = wallMs(wallClock(guess, zone));
    if (shown === target) return guess;
    guess += target - shown;
  }
  return guess;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** `2027-04-08T09:30:00+02:00`: the instant with the offset `zone` has at that moment. */
export function isoInZone(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  const offset = Math.round((wallMs(w) - Math.floor(ms / 1000) * 1000) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const o = Math.abs(offset);
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    (offset === 0 && zone === 'UTC' ? 'Z' : `${sign}${pad(Math.floor(o / 60))}:${pad(o % 60)}`)
  );
}

type Time = ICAL.Time;

function tzidOf(time: Time): string | undefined {
  const zone = time.zone as { tzid?: string } | undefined;
  if (zone?.tzid && zone.tzid !== 'floating') return zone.tzid;
  return (time as unknown as { timezone?: string }).timezone;
}

const wallOf = (time: Time): Wall => ({
  year: time.year,
  month: time.month,
  day: time.day,
  hour: time.hour,
  minute: time.minute,
  second: time.second,
});

/** The exact instant of an ICAL time, and the IANA zone it is meant in (if one is known). */
function instantOf(time: Time, fallbackZone: string, hint?: string): { ms: number; zone?: string } {
  // A time derived by ical.js (DURATION, an occurrence) may lose the TZID it was read with.
  const tzid = tzidOf(time) ?? (time.zone === ICAL.Timezone.utcTimezone ? undefined : hint);
  if (tzid === 'UTC' || tzid === 'Z') return { ms: time.toUnixTime() * 1000, zone: undefined };
  if (isIana(tzid)) return { ms: instantIn(wallOf(time), tzid), zone: tzid };
  const zone = time.zone as { tzid?: string } | undefined;
  if (tzid && zone?.tzid === tzid) return { ms: time.toUnixTime() * 1000 }; // from VTIMEZONE
  return { ms: instantIn(wallOf(time), fallbackZone), zone: fallbackZone }; // floating
}

function clip(value: string | undefined | null, max: number): string | undefined {
  const text = value?.replace(/\r\n?/g, '\n').trim();
  if (!text) return undefined;
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A format id from an iCalendar UID: `Atelier 12@agenda.example.org` → `atelier-12`. */
function slug(value: string): string {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '');
  const max = 80;
  if (cleaned && cleaned.length <= max) return cleaned;
  const hash = createHash('sha1').update(value).digest('hex').slice(0, 10);
  return cleaned ? `${cleaned.slice(0, max - 11).replace(/[-.]+$/, '')}-${hash}` : hash;
}

const compactDate = (time: Time) =>
  time.isDate
    ? `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}`
    : `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}`;

export function importIcs(text: string, options: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    notes.push({
      severity: 'error',
      message: {
        fr: `fichier iCalendar illisible : ${String((error as Error).message ?? error)}`,
        en: `unreadable iCalendar file: ${String((error as Error).message ?? error)}`,
      },
    });
    return { text: '', count: 0, notes };
  }
  const calendar = root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  if (!calendar) {
    notes.push({
      severity: 'error',
      message: { fr: 'aucun VCALENDAR dans ce fichier', en: 'no VCALENDAR in this file' },
    });
    return { text: '', count: 0, notes };
  }
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = zone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid))
      ICAL.TimezoneService.register(zone);
  }

  // Group by UID: the series, and its overridden occurrences (RECURRENCE-ID).
  const series = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  let anonymous = 0;
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const uid = String(component.getFirstPropertyValue('uid') ?? `sans-uid-${(anonymous += 1)}`);
    const entry = series.get(uid) ?? { exceptions: [] };
    if (component.hasProperty('recurrence-id')) entry.exceptions.push(component);
    else entry.master = component;
    series.set(uid, entry);
  }

  // Short ids: the part of the UID before `@` when that stays unique in this calendar.
  const local = new Map<string, number>();
  for (const uid of series.keys()) {
    const key = slug(uid.split('@')[0]!);
    local.set(key, (local.get(key) ?? 0) + 1);
  }
  const idOf = (uid: string) => {
    const short = slug(uid.split('@')[0]!);
    return local.get(short) === 1 ? short : slug(uid);
  };

  const events: Array<Record<string, unknown>> = [];
  const max = options.maxOccurrences ?? 366;

  const toEvent = (
    uid: string,
    item: ICAL.Event,
    start: Time,
    end: Time | undefined,
    suffix: string | undefined,
    seriesTzid?: string,
  ) => {
    const id = `${options.network}/${idOf(uid)}${suffix ? `/${suffix}` : ''}`;
    const title = clip(item.summary, LIMITS.title);
    if (!title) {
      notes.push({
        severity: 'warning',
        uid,
        message: {
          fr: `« ${uid} » ignoré : pas de titre (SUMMARY)`,
          en: `"${uid}" skipped: no title (SUMMARY)`,
        },
      });
      return;
    }
    const record: Record<string, unknown> = { id, network: options.network, title };
    let startMs: number;
    let endMs: number;
    let zone: string;
    if (start.isDate) {
      zone = options.timeZone;
      startMs = instantIn({ ...wallOf(start), hour: 0, minute: 0, second: 0 }, zone);
      if (end && end.isDate && end.compare(start) > 0) {
        endMs = instantIn({ ...wallOf(end), hour: 0, minute: 0, second: 0 }, zone);
      } else {
        const next = start.clone();
        next.adjust(1, 0, 0, 0);
        endMs = instantIn({ ...wallOf(next), hour: 0, minute: 0, second: 0 }, zone);
      }
      record.allDay = true;
    } else {
      const hint = tzidOf(start) ?? seriesTzid;
      const s = instantOf(start, options.timeZone, hint);
      zone = s.zone ?? options.timeZone;
      startMs = s.ms;
      endMs = end ? instantOf(end, options.timeZone, hint).ms : startMs;
      if (endMs < startMs) endMs = startMs;
    }
    if (endMs < options.from || startMs > options.to) return;
    record.start = isoInZone(startMs, zone);
    record.end = isoInZone(endMs, zone);
    record.timeZone = zone;
    const description = clip(item.description, LIMITS.description);
    if (description) record.description = description;
    const location = item.location?.trim();
    const locationUrl = location ? toSafeUrl(location) : undefined;
    if (locationUrl && /^https?:\/\/\S+$/i.test(location!)) {
      record.attendance = 'online';
      record.onlineUrl = locationUrl;
    } else if (location) {
      record.location = { name: clip(location, LIMITS.shortText) };
    }
    const rawUrl = item.component.getFirstPropertyValue('url');
    if (rawUrl !== null && rawUrl !== undefined) {
      const url = toSafeUrl(String(rawUrl));
      if (url) record.url = url;
      else
        notes.push({
          severity: 'warning',
          uid,
          message: {
            fr: `« ${id} » : lien retiré (seuls http et https sont acceptés) : ${String(rawUrl).slice(0, 80)}`,
            en: `"${id}": link removed (only http and https are allowed): ${String(rawUrl).slice(0, 80)}`,
          },
        });
    }
    const status = String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') record.status = 'cancelled';
    if (options.territories?.length) record.territories = options.territories;
    events.push(record);
  };

  for (const [uid, entry] of series) {
    if (!entry.master) {
      // Overrides without their series: import each as a single event.
      for (const exception of entry.exceptions) {
        const event = new ICAL.Event(exception);
        toEvent(uid, event, event.startDate, event.endDate, compactDate(event.recurrenceId));
      }
      continue;
    }
    const event = new ICAL.Event(entry.master, {
      exceptions: entry.exceptions,
      strictExceptions: false,
    });
    if (!event.startDate) {
      notes.push({
        severity: 'warning',
        uid,
        message: { fr: `« ${uid} » ignoré : pas de DTSTART`, en: `"${uid}" skipped: no DTSTART` },
      });
      continue;
    }
    if (!event.isRecurring()) {
      toEvent(uid, event, event.startDate, event.endDate, undefined);
      continue;
    }
    const iterator = event.iterator();
    let kept = 0;
    let steps = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if ((steps += 1) > 100_000) break;
      const details = event.getOccurrenceDetails(next);
      const seriesTzid = tzidOf(event.startDate);
      const startMs = instantOf(details.startDate, options.timeZone, seriesTzid).ms;
      if (startMs > options.to && instantOf(next, options.timeZone, seriesTzid).ms > options.to)
        break;
      const before = events.length;
      toEvent(
        uid,
        details.item,
        details.startDate,
        details.endDate,
        compactDate(details.recurrenceId),
        seriesTzid,
      );
      if (events.length > before && (kept += 1) >= max) {
        notes.push({
          severity: 'warning',
          uid,
          message: {
            fr: `« ${uid} » : seules les ${max} premières occurrences sont gardées`,
            en: `"${uid}": only the first ${max} occurrences are kept`,
          },
        });
        break;
      }
    }
  }

  events.sort(
    (a, b) =>
      Date.parse(a.start as string) - Date.parse(b.start as string) ||
      compareCodePoints(a.id as string, b.id as string),
  );
  // Two occurrences mapped to the same id (a rare UID clash): keep the first.
  const seen = new Set<string>();
  const unique = events.filter((event) => {
    const id = event.id as string;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const document = {
    version: 1,
    // Lets `merge` apply its rule: a network's hand-written file wins over its ICS import.
    generator: IMPORT_GENERATOR,
    generatedAt: isoInZone(options.now - (options.now % 1000), 'UTC'),
    networks: [{ id: options.network, name: options.networkName ?? options.network }],
    events: unique,
  };
  return { text: stableStringify(document), count: unique.length, notes };
}
