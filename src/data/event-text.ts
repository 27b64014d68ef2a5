/**
 * Human-readable dates, times and places of an event, in the widget's language:
 * "mardi 8 décembre, 9 h – 12 h", with the visitor's own time added when it differs.
 */
import type { FeedIndex } from './queries.js';
import type { FeedEvent } from './schema.js';
import { formatDate, formatTime, zonedParts } from '../i18n/format.js';
import { localeOf, localize, type Lang } from '../i18n/localize.js';
import { dayOf, eventDays, eventSpan, eventZone, type DayKey } from './event-dates.js';
import { isKnownTimeZone } from './format.js';
import { eventMessages } from '../i18n/event-messages.js';

const zoneNames = new Map<string, string>();

/** "heure de La Réunion", "Réunion Time". */
export function zoneName(timeZone: string, lang: Lang, at: number): string {
  const key = `${lang}|${timeZone}|${new Date(at).getUTCFullYear()}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      name =
        new Intl.DateTimeFormat(localeOf(lang), { timeZone, timeZoneName: 'longGeneric' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    zoneNames.set(key, name);
  }
  return name;
}

/** The visitor's zone (the browser's), unless the page or a test sets one. */
export function visitorZone(override?: string): string {
  // An unknown zone name falls back to the browser's.
  if (override && isKnownTimeZone(override)) return override;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function dateLabel(
  value: string | number,
  lang: Lang,
  timeZone: string,
  withYear: boolean,
): string {
  return formatDate(new Date(value), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone,
  });
}

/** "mardi 8 décembre, 9 h – 12 h" in a given zone. */
export function rangeIn(
  event: Pick<FeedEvent, 'start' | 'end' | 'allDay' | 'timeZone'>,
  lang: Lang,
  timeZone: string,
  now: number,
): string {
  const m = eventMessages(lang);
  const withYear =
    zonedParts(Date.parse(event.start), timeZone).year !== zonedParts(now, timeZone).year;
  if (event.allDay) {
    const [first, last] = eventSpan(event);
    const a = dateLabel(event.start, lang, eventZone(event), withYear);
    if (first === last) return `${a}, ${m.allDay}`;
    return `${a} – ${dateLabel(Date.parse(event.end) - 1, lang, eventZone(event), withYear)}`;
  }
  const start = Date.parse(event.start);
  const end = Date.parse(event.end);
  const startDay = dateLabel(start, lang, timeZone, withYear);
  const startTime = formatTime(start, lang, timeZone);
  if (end <= start) return `${startDay}, ${startTime}`;
  const endTime = formatTime(end, lang, timeZone);
  if (dayOf(start, timeZone) === dayOf(end, timeZone))
    return `${startDay}, ${startTime} – ${endTime}`;
  return `${startDay}, ${startTime} – ${dateLabel(end, lang, timeZone, withYear)}, ${endTime}`;
}

/** True when the event's wall-clock times differ between its zone and the visitor's. */
export function zonesDiffer(
  event: Pick<FeedEvent, 'start' | 'end' | 'allDay' | 'timeZone'>,
  visitor: string,
): boolean {
  if (event.allDay) return false;
  const zone = eventZone(event);
  if (zone === visitor) return false;
  return [event.start, event.end].some((value) => {
    const a = zonedParts(Date.parse(value), zone);
    const b = zonedParts(Date.parse(value), visitor);
    return a.day !== b.day || a.hour !== b.hour || a.minute !== b.minute;
  });
}

export interface EventTimes {
  /** In the event's zone. */
  main: string;
  /** The event's zone name, when the visitor's differs. */
  zone?: string;
  /** In the visitor's zone, when it differs. */
  local?: string;
}

export function eventTimes(event: FeedEvent, lang: Lang, visitor: string, now: number): EventTimes {
  const zone = eventZone(event);
  const partDays = event.parts?.length ? eventDays(event) : [];
  if (partDays.length > 1) {
    // Sessions on several days: the dates and the number of sessions; each part has its times.
    const withYear = zonedParts(Date.parse(event.start), zone).year !== zonedParts(now, zone).year;
    const first = dateLabel(event.start, lang, zone, withYear);
    const last = dateLabel(Date.parse(event.end) - 1, lang, zone, withYear);
    return { main: `${first} – ${last}, ${eventMessages(lang).sessions(event.parts!.length)}` };
  }
  const main = rangeIn(event, lang, zone, now);
  if (!zonesDiffer(event, visitor)) return { main };
  return {
    main,
    zone: zoneName(zone, lang, Date.parse(event.start)),
    local: eventMessages(lang).yourTime(rangeIn(event, lang, visitor, now)),
  };
}

/**
 * How an event shows on one day of the grid: its start time that day, and continuation marks.
 * The day is the event's own (the one its organiser announced); the time is read in `visitor`'s
 * zone, so chips sorted by instant read in order (a 19 h event in Nouméa shows 9 h in Paris).
 * The details give the time in the event's zone too.
 */
export function occurrenceOn(
  event: FeedEvent,
  day: DayKey,
  lang: Lang,
  visitor?: string,
): { time: string; continued: boolean; continues: boolean } {
  const zone = eventZone(event);
  const part = event.parts?.find(
    (p) =>
      dayOf(p.start, zone) <= day &&
      day <= dayOf(Math.max(Date.parse(p.start), Date.parse(p.end) - 1), zone),
  );
  const range = part ?? event;
  const first = dayOf(range.start, zone);
  const last = dayOf(Math.max(Date.parse(range.start), Date.parse(range.end) - 1), zone);
  const continued = part ? first < day : eventDays(event)[0]! < day;
  return {
    time:
      continued || event.allDay ? '' : formatTime(Date.parse(range.start), lang, visitor ?? zone),
    continued,
    continues: last > day,
  };
}

/** "Halle exemple, 1 place exemple, Rennes (Rennes)": the place and its territory. */
export function placeText(event: FeedEvent, index: FeedIndex | undefined): string {
  const territoryId = event.location?.territory ?? event.territories?.[0];
  const territory = territoryId ? index?.territories.get(territoryId)?.name : undefined;
  const parts = [event.location?.name, event.location?.address].filter(Boolean) as string[];
  if (territory && !parts.some((part) => part.includes(territory))) parts.push(territory);
  return parts.join(', ');
}

export function networkName(id: string, index: FeedIndex | undefined, lang: Lang): string {
  const network = index?.networks.get(id);
  return network ? localize(network.name, lang) : id;
}
