/** The calendar's date texts: month and day labels, a part's time range. */
import type { FeedEvent, FeedEventPart } from '../data/schema.js';
import { formatDate, formatTime } from '../i18n/format.js';
import type { Lang } from '../i18n/localize.js';
import { dayToDate, eventDays, eventZone, type DayKey } from '../data/event-dates.js';
import { rangeIn } from '../data/event-text.js';

export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** "Octobre 2026". */
export function monthLabel(month: DayKey, lang: Lang): string {
  return capitalize(
    formatDate(dayToDate(month), lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
}

/** "jeudi 8 octobre 2026" (without the year when `withYear` is false). */
export function dayLabel(day: DayKey, lang: Lang, withYear = true): string {
  return formatDate(dayToDate(day), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** A part's time range, with its date unless every part is on the event's one day. */
export function partTime(event: FeedEvent, part: FeedEventPart, lang: Lang, now: number): string {
  const zone = eventZone(event);
  if (eventDays(event).length === 1) {
    return `${formatTime(part.start, lang, zone)} – ${formatTime(part.end, lang, zone)}`;
  }
  return rangeIn({ ...part, timeZone: event.timeZone }, lang, zone, now);
}
