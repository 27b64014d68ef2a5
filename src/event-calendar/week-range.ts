/**
 * Which days a week shows and how its title reads: the small part of the week view that the
 * toolbar and the agenda fallback need before (or without) the time grid's lazy module.
 */
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/localize.js';
import { addDays, dayToDate, parseDayKey, weekdayIndex, type DayKey } from '../data/event-dates.js';

interface WeekInfo {
  firstDay?: number;
}

/**
 * The first day of the week, 1 = Monday … 7 = Sunday: Monday in French, else what `Intl` says
 * of the page's language tag (`en-US`: Sunday, `en-GB`: Monday), Monday when it cannot tell.
 */
export function firstDayOfWeek(lang: Lang, tag?: string | null): number {
  if (lang === 'fr') return 1;
  try {
    const locale = new Intl.Locale(
      tag?.toLowerCase().startsWith(lang) ? tag : 'en-GB',
    ) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const first = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    if (first && first >= 1 && first <= 7) return first;
  } catch {
    // An invalid tag: Monday.
  }
  return 1;
}

/** The first day of the week holding `day`. */
export function weekStartOf(day: DayKey, firstDay = 1): DayKey {
  return addDays(day, -((weekdayIndex(day) + 1 - firstDay + 7) % 7));
}

/** The seven days from `start`. */
export function weekDays(start: DayKey): DayKey[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/**
 * "du 7 au 13 décembre 2026", "du 28 décembre 2026 au 3 janvier 2027";
 * "7 to 13 December 2026" in English. Month and year are said once when they are shared.
 */
export function weekTitle(first: DayKey, last: DayKey, lang: Lang): string {
  const a = parseDayKey(first);
  const b = parseDayKey(last);
  const day = (key: DayKey) =>
    lang === 'fr' && parseDayKey(key).day === 1 ? '1er' : String(parseDayKey(key).day);
  const date = (key: DayKey, options: Intl.DateTimeFormatOptions) =>
    formatDate(dayToDate(key), lang, { ...options, timeZone: 'UTC' });
  const end = `${day(last)} ${date(last, { month: 'long', year: 'numeric' })}`;
  const start =
    a.year !== b.year
      ? `${day(first)} ${date(first, { month: 'long', year: 'numeric' })}`
      : a.month !== b.month
        ? `${day(first)} ${date(first, { month: 'long' })}`
        : day(first);
  return lang === 'fr' ? `du ${start} au ${end}` : `${start} to ${end}`;
}
