/**
 * Dates in a time zone, with the right offset (DST included), without any clock. A "wall" time
 * is a local wall-clock time held as milliseconds, read as if it were UTC.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const pad = (n) => String(n).padStart(2, '0');
const formatters = new Map();

/** Offset of `zone` from UTC at the instant `utcMs`, in minutes. */
export function offsetMinutes(zone, utcMs) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((asUtc - utcMs) / 60000);
}

/** A local wall-clock time, as milliseconds (the wall time read as if it were UTC). */
export const wall = (year, month, day, hour = 0, minute = 0) =>
  Date.UTC(year, month - 1, day, hour, minute);
export const weekday = (wallMs) => new Date(wallMs).getUTCDay();

/** ISO 8601 with the offset `zone` has at that wall time: `2027-04-08T09:00:00+02:00`. */
export function isoInZone(wallMs, zone) {
  let offset = offsetMinutes(zone, wallMs);
  offset = offsetMinutes(zone, wallMs - offset * MINUTE);
  const d = new Date(wallMs);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Time zone of a département (overseas ones have their own). */
const ZONES = {
  971: 'America/Guadeloupe',
  972: 'America/Martinique',
  973: 'America/Cayenne',
  974: 'Indian/Reunion',
  976: 'Indian/Mayotte',
};
export const PARIS = 'Europe/Paris';
export const zoneOfDepartement = (code) => ZONES[code] ?? PARIS;
