/**
 * Relative times ("il y a 3 jours"), apart from format.ts: only the territory counter says how
 * long ago its figure changed, so the other widgets' pages do not download this (vite.config.ts,
 * `WIDGET_ONLY`).
 */
import { localeOf, type Lang } from './localize.js';

/** One formatter per language (creating an `Intl` formatter is costly). */
const formatters = new Map<Lang, Intl.RelativeTimeFormat>();

/** "il y a 3 jours", "in 2 hours": the largest unit that fits. */
export function formatRelative(
  value: Date | number | string,
  now: Date | number,
  lang: Lang,
): string {
  const ms = new Date(value).getTime() - new Date(now).getTime();
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 864e5],
    ['month', 30 * 864e5],
    ['week', 7 * 864e5],
    ['day', 864e5],
    ['hour', 36e5],
    ['minute', 6e4],
  ];
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
    formatters.set(lang, formatter);
  }
  for (const [unit, size] of units) {
    if (Math.abs(ms) >= size) return formatter.format(Math.round(ms / size), unit);
  }
  return formatter.format(0, 'minute');
}
