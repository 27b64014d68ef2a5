/**
 * Numbers, dates and times through `Intl`, with formatters cached per locale and options
 * (creating an `Intl` formatter is costly; widgets format thousands of values).
 */
import { localeOf, type Lang } from './localize.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  lang: Lang,
  options: object,
  make: (locale: string) => T,
): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(localeOf(lang));
    cache.set(key, formatter);
  }
  return formatter;
}

/** "1 000" in French (narrow no-break space), "1,000" in English. */
export function formatNumber(
  value: number,
  lang: Lang,
  options: Intl.NumberFormatOptions = {},
): string {
  return cached('n', lang, options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

export function formatDate(
  value: Date | number | string,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return cached('d', lang, options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

/** Parts of a date in a time zone, for grouping by day and placing in a month grid. */
export function zonedParts(value: Date | number, timeZone?: string) {
  const formatter = cached(
    'p',
    'en',
    { timeZone },
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(value)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/**
 * A time of day: "9 h", "9 h 30" in French; "9:00 AM" in English; with no-break spaces, so a time
 * never wraps across two lines (one function for every widget and the CLI).
 */
export function formatTime(value: Date | number | string, lang: Lang, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (lang === 'fr') {
    const { hour, minute } = zonedParts(date, timeZone);
    return minute ? `${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}` : `${hour}\u00a0h`;
  }
  return formatDate(date, lang, { hour: 'numeric', minute: '2-digit', timeZone }).replace(
    / /g,
    '\u00a0',
  );
}
