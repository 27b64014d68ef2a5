/**
 * Events: the fixed ones, then generated ones month by month up to each month's count (quieter
 * at Christmas and in August), in real communes, online, in person or mixed.
 */
import { DAY, isoInZone, MINUTE, pad, PARIS, wall, weekday } from './dates.js';
import { eventTexts, subjects } from './data.js';
import { EventList, eventUrl, locationIn } from './event-list.js';
import { addFixedEvents } from './fixed-events.js';
import { ALL_THEMES, themeOf } from './library.js';
import { guestsOf, pickNetwork } from './networks.js';
import { Random, WeightedList } from './random.js';
import { atFr, fill, lowerFirst, slugify } from './text.js';
import { overseasCommunes, townWeight } from './territories.js';

/** Event formats, in the order their weights are drawn in: title, attendance, schedule. */
const FORMATS = Object.entries(eventTexts.formats).map(([id, format]) => ({ id, ...format }));
const FORMAT_WEIGHTS = FORMATS.map((format) => [format, format.weight]);
/** Public holidays in France over the period: no event is generated on them. */
const HOLIDAYS = new Set(eventTexts.holidays);

/** `"09:30"` → `[9, 30]`. */
const clock = (text) => text.split(':').map(Number);

/** An attendance: fixed (`"online"`), or `{ chance, then, else }`. */
const attendanceOf = (random, { attendance: a }) =>
  typeof a === 'string' ? a : random.chance(a.chance) ? a.then : a.else;

/**
 * The days of the month an event of `format` may start on: no public holiday, nothing after
 * 19 December, room for every day of a seminar (not starting on a Friday) and for the three
 * weekly sessions of a course; no weekend, except that open days skip only Saturdays, so some
 * fall on a Sunday.
 */
function candidateDays(format, year, month) {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const candidates = [];
  for (let d = 1; d <= daysInMonth; d++) {
    const wd = weekday(wall(year, month, d));
    if (month === 12 && d > 19) continue;
    if (HOLIDAYS.has(`${year}-${pad(month)}-${pad(d)}`)) continue;
    if (format.allDay ? wd === 6 : wd === 0 || wd === 6) continue;
    if (format.days && (wd === 5 || d + format.days - 1 > daysInMonth)) continue;
    if (format.sessions && d > 14) continue;
    candidates.push(d);
  }
  return candidates;
}

/** When the event happens, as wall times, and its `parts` (sessions, days) if it has any. */
function scheduleOf(random, format, year, month, day, zone) {
  if (format.allDay) {
    const startWall = wall(year, month, day);
    return { startWall, endWall: startWall + DAY };
  }
  if (format.sessions) {
    // One session a week, at the same time.
    const { start, minutes } = random.pick(format.times);
    const [hour, minute] = clock(start);
    const walls = format.sessions.map((_, i) => {
      const s = wall(year, month, day + 7 * i, hour, minute);
      return { s, e: s + minutes * MINUTE };
    });
    return {
      startWall: walls[0].s,
      endWall: walls[walls.length - 1].e,
      parts: walls.map((p, i) => ({
        title: { ...format.sessions[i] },
        start: isoInZone(p.s, zone),
        end: isoInZone(p.e, zone),
      })),
    };
  }
  if (format.days) {
    // 9:00 to 17:00 each day; half of them list the days as parts.
    const startWall = wall(year, month, day, 9);
    const endWall = wall(year, month, day + format.days - 1, 17);
    if (!random.chance(0.5)) return { startWall, endWall };
    const parts = Array.from({ length: format.days }, (_, i) => ({
      title: {
        fr: fill(format.dayTitle.fr, { n: i + 1 }),
        en: fill(format.dayTitle.en, { n: i + 1 }),
      },
      start: isoInZone(wall(year, month, day + i, 9), zone),
      end: isoInZone(wall(year, month, day + i, 17), zone),
    }));
    return { startWall, endWall, parts };
  }
  const { start, minutes } = random.pick(format.times);
  const [hour, minute] = clock(start);
  const startWall = wall(year, month, day, hour, minute);
  return { startWall, endWall: startWall + minutes * MINUTE };
}

/** Mostly scheduled; an online event, an open day or a field visit never moves online. */
function statusOf(random, format, attendance) {
  return random.weighted([
    ['scheduled', 78],
    ['cancelled', 6],
    ['full', 6],
    ['postponed', 3],
    ['rescheduled', 4],
    ['moved-online', attendance === 'online' || format.allDay || format.id === 'visite' ? 0 : 4],
  ]);
}

/** The theme's label as it reads inside a sentence, and the event's titles (no example mark yet). */
function titlesOf(format, theme, subject, commune) {
  const { label } = themeOf(theme);
  const labelFr = lowerFirst(label.fr);
  const labelEn = lowerFirst(label.en);
  return {
    labelFr,
    labelEn,
    titleFr: fill(format.title.fr, {
      label: labelFr,
      subject: lowerFirst(subject.fr),
      place: atFr(commune.name),
    }),
    titleEn: fill(format.title.en, {
      label: labelEn,
      subject: lowerFirst(subject.en),
      place: `in ${commune.name}`,
    }),
  };
}

/** One generated event in `year`-`month`, hosted in one of `hosts` (or overseas). */
function addGeneratedEvent(list, random, used, hosts, year, month) {
  const format = random.weighted(FORMAT_WEIGHTS);
  const theme = random.pick(ALL_THEMES);
  const { subject } = random.pick(subjects[theme]);
  const overseas = random.chance(0.1);
  const commune = overseas ? overseasCommunes.pick(random) : hosts.pick(random);
  const zone = commune.zone;
  const network = pickNetwork(random, theme, commune);
  let attendance = attendanceOf(random, format);
  const day = random.pick(candidateDays(format, year, month));

  const { labelFr, labelEn, titleFr, titleEn } = titlesOf(format, theme, subject, commune);
  const english = random.chance(0.3);
  const practical = random.pick(eventTexts.practical);
  const descriptionFr = `${format.intro.fr} Thème : ${labelFr}. ${practical.fr}`;
  const descriptionEn = `${format.intro.en} Theme: ${labelEn}. ${practical.en}`;

  const { startWall, endWall, parts } = scheduleOf(random, format, year, month, day, zone);
  const status = statusOf(random, format, attendance);
  if (status === 'moved-online') attendance = 'online';

  // The order of the draws below is the order of the keys: keep both when editing.
  const slug = slugify(titleFr, 60);
  const event = {
    title: english
      ? { fr: `${titleFr} (exemple)`, en: `${titleEn} (example)` }
      : `${titleFr} (exemple)`,
    description: english ? { fr: descriptionFr, en: descriptionEn } : descriptionFr,
  };
  if (random.chance(0.8)) event.url = eventUrl(network, slug);
  event.network = network;
  if (random.chance(0.3))
    event.invitedNetworks = random.sample(guestsOf(network), random.int(1, 3));
  event.themes = random.chance(0.3)
    ? [theme, random.pick(ALL_THEMES.filter((t) => t !== theme))]
    : [theme];
  // In-person events happen in a commune; online ones may address a département or a région.
  if (attendance !== 'online' || status === 'moved-online')
    event.territories = [used.commune(commune)];
  else if (random.chance(0.5))
    event.territories = [
      random.chance(0.5) ? `departement:${commune.departement}` : `region:${commune.region}`,
    ];
  event.start = isoInZone(startWall, zone);
  event.end = isoInZone(endWall, zone);
  if (zone !== PARIS || format.allDay || random.chance(0.6)) event.timeZone = zone;
  if (format.allDay) event.allDay = true;
  if (parts) event.parts = parts;
  event.status = status;
  event.attendance = attendance;
  if (status === 'moved-online' || attendance !== 'online')
    event.location = locationIn(random, used, commune);
  if (attendance !== 'in-person') event.onlineUrl = `https://example.org/${network}/visio/${slug}`;
  if (random.chance(0.65)) event.registrationUrl = eventUrl(network, `${slug}/inscription`);
  list.add(event, startWall, zone);
}

/**
 * `count` events over the twelve months from 2026-11-01, earliest first: the fixed ones, then
 * generated ones hosted mostly in `activeCommunes` (the communes that have initiatives).
 */
export function generateEvents(activeCommunes, count, used) {
  const random = new Random('events');
  const list = new EventList();
  const hosts = new WeightedList(activeCommunes, townWeight);
  addFixedEvents(list, random, used);

  // The fixed events count in their month.
  const fixedPerMonth = list.perMonth();
  const target = Object.values(eventTexts.perMonth).reduce((sum, n) => sum + n, 0);
  if (target !== count) throw new Error(`month counts add up to ${target}, not ${count}`);
  for (const [key, monthCount] of Object.entries(eventTexts.perMonth)) {
    const [year, month] = key.split('-').map(Number);
    for (let k = fixedPerMonth.get(key) ?? 0; k < monthCount; k++)
      addGeneratedEvent(list, random, used, hosts, year, month);
  }
  if (list.length !== count) throw new Error(`generated ${list.length} events, not ${count}`);
  return list.sorted();
}
