/** What the fixed and the generated events share: the list that names and sorts them, places. */
import { MINUTE, offsetMinutes } from './dates.js';
import { eventTexts } from './data.js';
import { slugify } from './text.js';
import { communeOf } from './territories.js';

/** The page of an event on its network's (fictional) site. */
export const eventUrl = (network, slug) => `https://example.org/${network}/evenements/${slug}`;

/** A commune by its code, or an error naming it. */
export function knownCommune(code) {
  const commune = communeOf.get(code);
  if (!commune) throw new Error(`commune ${code} not found`);
  return commune;
}

/** A venue in `commune` (a random one unless `venue` is given), at a made-up address. */
export function locationIn(random, used, commune, venue) {
  return {
    name: venue ?? random.pick(eventTexts.venues),
    address: `${random.int(1, 48)} ${random.pick(eventTexts.streets)}, ${commune.postcode} ${commune.name}`,
    territory: used.commune(commune),
  };
}

/** Events as they are added: each gets its id, and the list sorts them by start instant. */
export class EventList {
  entries = [];
  ids = new Set();

  get length() {
    return this.entries.length;
  }

  /** Adds `event` (no id yet), starting at wall time `startWall` in `zone`. */
  add(event, startWall, zone) {
    const { fr, en } = typeof event.title === 'string' ? { fr: event.title } : event.title;
    // Every event of the demo is a fictional example, and says so where a reader sees it.
    if (!fr.endsWith(' (exemple)') || (en !== undefined && !en.endsWith(' (example)')))
      throw new Error(`event "${fr}" is not marked as an example`);
    const slug = slugify(fr.replace(/\s*\(exemple\)$/, ''), 60);
    let id = `${event.network}/${slug}-${new Date(startWall).toISOString().slice(0, 10).replace(/-/g, '')}`;
    if (this.ids.has(id)) id = `${id}-${this.entries.length + 1}`;
    this.ids.add(id);
    this.entries.push({
      item: { id, ...event, example: true },
      sortKey: startWall - offsetMinutes(zone, startWall) * MINUTE,
    });
  }

  /** Events added so far per month of their start (`2027-04`). */
  perMonth() {
    const counts = new Map();
    for (const { item } of this.entries) {
      const key = item.start.slice(0, 7);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  /** The events, earliest first. */
  sorted() {
    return [...this.entries]
      .sort((a, b) => a.sortKey - b.sortKey || (a.item.id < b.item.id ? -1 : 1))
      .map((e) => e.item);
  }
}
