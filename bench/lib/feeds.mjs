/**
 * Benchmark feeds, made from the demo feed (`demo/feed.json`, real territories, fictional
 * initiatives and events) so that every item is valid and every reference resolves:
 * - `scaledFeed`: N initiatives and M events, cycling through the demo items (copies get a
 *   suffixed id, so ids stay unique);
 * - `calendarFeed`: 300 events in each of 13 consecutive months (Paris time), for the month grid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

let demo;
export function demoFeed() {
  demo ??= JSON.parse(readFileSync(join(ROOT, 'demo', 'feed.json'), 'utf8'));
  return demo;
}

/** A title with the copy's number after it, in each of its languages ("Titre 2", or { fr, en }). */
const numbered = (title, n) =>
  typeof title === 'string'
    ? `${title} ${n}`
    : Object.fromEntries(Object.entries(title).map(([lang, text]) => [lang, `${text} ${n}`]));

function cycle(items, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / items.length);
    const item = items[i % items.length];
    out.push(
      copy === 0
        ? item
        : { ...item, id: `${item.id}-c${copy}`, title: numbered(item.title, copy + 1) },
    );
  }
  return out;
}

export function scaledFeed({ initiatives, events }) {
  const base = demoFeed();
  return {
    ...base,
    initiatives: cycle(base.initiatives, initiatives),
    events: cycle(base.events, events),
  };
}

/** "+01:00" or "+02:00": the Paris offset at that wall-clock time (good enough away from the switch hour). */
function parisOffset(year, month, day, hour) {
  const guess = Date.UTC(year, month - 1, day, hour);
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Paris',
    timeZoneName: 'longOffset',
  })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d, h, min) =>
  `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:00${parisOffset(y, m, d, h)}`;

/** The first month of the calendar feed. */
export const CALENDAR_FROM = { year: 2027, month: 1 };

export function calendarFeed({ perMonth = 300, months = 13 } = {}) {
  const base = demoFeed();
  const templates = base.events.filter((event) => !event.parts);
  const events = [];
  for (let k = 0; k < months; k++) {
    const year = CALENDAR_FROM.year + Math.floor((CALENDAR_FROM.month - 1 + k) / 12);
    const month = ((CALENDAR_FROM.month - 1 + k) % 12) + 1;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let i = 0; i < perMonth; i++) {
      const template = templates[(k * perMonth + i) % templates.length];
      const day = 1 + (i % days);
      const hour = 8 + (i % 11);
      const minute = (i % 2) * 30;
      const rest = { ...template };
      delete rest.parts;
      events.push({
        ...rest,
        id: `${template.id}-m${year}${pad(month)}-${i}`,
        start: iso(year, month, day, hour, minute),
        end: iso(year, month, day, hour + 2, minute),
        timeZone: 'Europe/Paris',
      });
    }
  }
  return { ...base, initiatives: base.initiatives.slice(0, 50), events };
}

/** The same events as FullCalendar wants them (title, start, end; times in the visitor's zone). */
export function fullCalendarEvents(feed) {
  return feed.events.map((event) => ({
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
  }));
}

/** The first Monday of the week feed (11 January 2027). */
export const WEEK_FROM = { year: 2027, month: 1, day: 11 };

/**
 * `perWeek` events in each of `weeks` consecutive weeks (Paris time), for the week's time grid:
 * every day from 8 h to 19 h, one to three hours long so that many overlap, and two all-day
 * events a week (a one-day and a three-day one).
 */
export function weekFeed({ perWeek = 60, weeks = 13 } = {}) {
  const base = demoFeed();
  const templates = base.events.filter((event) => !event.parts);
  const events = [];
  for (let w = 0; w < weeks; w++) {
    const monday = new Date(Date.UTC(WEEK_FROM.year, WEEK_FROM.month - 1, WEEK_FROM.day + 7 * w));
    for (let i = 0; i < perWeek; i++) {
      const template = templates[(w * perWeek + i) % templates.length];
      const date = new Date(monday.getTime() + (i % 7) * 864e5);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const rest = { ...template };
      delete rest.parts;
      const id = `${template.id}-w${w}-${i}`;
      if (i < 2) {
        const last = new Date(date.getTime() + (i === 0 ? 1 : 3) * 864e5);
        events.push({
          ...rest,
          id,
          allDay: true,
          start: iso(y, m, d, 0, 0),
          end: iso(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate(), 0, 0),
          timeZone: 'Europe/Paris',
        });
        continue;
      }
      const hour = 8 + ((i * 5) % 11);
      const minute = (i % 2) * 30;
      events.push({
        ...rest,
        id,
        start: iso(y, m, d, hour, minute),
        end: iso(y, m, d, hour + 1 + (i % 3), minute),
        timeZone: 'Europe/Paris',
      });
    }
  }
  return { ...base, initiatives: base.initiatives.slice(0, 50), events };
}

/** The week feed as FullCalendar wants it: French titles, all-day events as dates. */
export function fullCalendarWeekEvents(feed) {
  return feed.events.map((event) => ({
    id: event.id,
    title: typeof event.title === 'string' ? event.title : event.title.fr,
    start: event.allDay ? event.start.slice(0, 10) : event.start,
    end: event.allDay ? event.end.slice(0, 10) : event.end,
    allDay: Boolean(event.allDay),
  }));
}
