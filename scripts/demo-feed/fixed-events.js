/**
 * The events written by hand in `data/fixed-events.json`: the campaign's co-construction webinar
 * (8 April, two parts), regional meetings over several days, and events that exercise the edge
 * cases (overseas and Pacific zones, no territory, postponed). Nouvelle-Calédonie is not among
 * the 101 départements, so its events have a location but no territory id. Times are wall-clock
 * times in the event's `timeZone` (Europe/Paris when it has none): the offsets are added here.
 */
import { DAY, HOUR, isoInZone, PARIS, wall } from './dates.js';
import { fixedEvents } from './data.js';
import { eventUrl, knownCommune, locationIn } from './event-list.js';
import { ALL_THEMES } from './library.js';
import { guestsOf } from './networks.js';
import { atFr, fill, slugify } from './text.js';

/** A wall time from `2027-04-08T09:00` or `2027-04-08`. */
function wallOf(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`fixed event: "${text}" is not a local date-time`);
  const [year, month, day, hour, minute] = match.slice(1).map((n) => Number(n ?? 0));
  return wall(year, month, day, hour, minute);
}

/** Territory ids as written; communes and EPCI are noted in `used` so the feed lists them. */
function territoryIds(ids, used) {
  return ids.map((id) => {
    const [kind, code] = id.split(':');
    if (kind === 'commune') return used.commune(knownCommune(code));
    if (kind === 'epci') return used.epci(code);
    return id;
  });
}

/** One event as written, its times given their offset, `"all"` guests and venues resolved. */
function addWritten(list, random, used, entry) {
  const zone = entry.timeZone ?? PARIS;
  const iso = (text) => isoInZone(wallOf(text), zone);
  const event = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'invitedNetworks') event[key] = value === 'all' ? guestsOf(entry.network) : value;
    else if (key === 'territories') event[key] = territoryIds(value, used);
    else if (key === 'start' || key === 'end') event[key] = iso(value);
    else if (key === 'parts')
      event[key] = value.map((part) => ({ ...part, start: iso(part.start), end: iso(part.end) }));
    else if (key === 'location' && value.commune)
      event[key] = locationIn(random, used, knownCommune(value.commune), value.name);
    else event[key] = value;
  }
  list.add(event, wallOf(entry.start), zone);
}

/** A meeting over several days in a commune, 9:00 to 17:00 each day, with guests and themes drawn. */
function addMeeting(list, random, used, { network, title, commune: code, firstDay, status, days }) {
  const commune = knownCommune(code);
  const zone = commune.zone;
  const first = wallOf(firstDay);
  const parts = days.map((dayTitle, i) => ({
    title: dayTitle,
    start: isoInZone(first + i * DAY + 9 * HOUR, zone),
    end: isoInZone(first + i * DAY + 17 * HOUR, zone),
  }));
  const slug = slugify(title.fr.replace(/\s*\(exemple\)$/, ''));
  const { description, venue } = fixedEvents.meeting;
  list.add(
    {
      title,
      description: {
        fr: fill(description.fr, { days: days.length, place: atFr(commune.name) }),
        en: fill(description.en, { days: days.length, place: `in ${commune.name}` }),
      },
      url: eventUrl(network, slug),
      network,
      invitedNetworks: random.sample(guestsOf(network), 4),
      themes: random.sample(ALL_THEMES, 3),
      territories: [used.commune(commune)],
      start: parts[0].start,
      end: parts[parts.length - 1].end,
      timeZone: zone,
      parts,
      status,
      attendance: 'mixed',
      location: locationIn(random, used, commune, venue),
      onlineUrl: `https://example.org/${network}/visio/${slug}`,
      registrationUrl: eventUrl(network, `${slug}/inscription`),
    },
    first + 9 * HOUR,
    zone,
  );
}

/** Adds the fixed events to `list`, in their order in the data file (ids and draws depend on it). */
export function addFixedEvents(list, random, used) {
  for (const entry of fixedEvents.events) {
    if (entry.kind === 'meeting') addMeeting(list, random, used, entry);
    else addWritten(list, random, used, entry);
  }
}
