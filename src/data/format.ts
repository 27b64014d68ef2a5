/**
 * The feed format's constants and the rules that are code, not plain checks: what the zod
 * schemas (schema.ts) and the validators generated from them (validators.ts) share.
 *
 * No zod here: the widgets validate a feed with the generated validators and these functions,
 * and load zod only to explain an item that fails (explain.ts).
 */
import type { LocalizedText } from '../i18n/localize.js';
import { reportUnsafeUrl, toSafeUrl } from './url.js';

/** Length caps: long enough for real content, short enough that junk is an error, not a layout. */
export const LIMITS = {
  id: 120,
  shortText: 200,
  title: 300,
  summary: 2000,
  description: 10000,
  url: 2048,
  alt: 500,
  listLength: 200,
} as const;

export const TRANSITIONS = ['ecologique', 'economique', 'modes-de-vie'] as const;
export const TERRITORY_KINDS = ['commune', 'epci', 'departement', 'region', 'crte'] as const;
export const EVENT_STATUSES = [
  'scheduled',
  'rescheduled',
  'postponed',
  'cancelled',
  'moved-online',
  'full',
] as const;
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export const CAMPAIGN_STATUSES = ['active', 'paused', 'ended'] as const;
export const SHARD_TYPES = ['initiatives', 'events', 'territories', 'catalogue'] as const;

export type Transition = (typeof TRANSITIONS)[number];
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type ShardType = (typeof SHARD_TYPES)[number];

/*
 * The rules. Each takes the value first, then the arguments the schema gives it; the schema tags
 * the function it hands to zod with the rule and its arguments (`rule()` in schema.ts), so that the
 * validator generator can call the same rule by name.
 */

/** A French string becomes `{ fr }`: localised text is always read back as a map. */
export function toLocalized(value: string | Record<string, string>): LocalizedText {
  return typeof value === 'string' ? { fr: value } : value;
}

/** A language map must name at least one language. */
export function isNonEmptyMap(map: Record<string, unknown>): boolean {
  return Object.keys(map).length > 0;
}

/**
 * An http(s) link, normalised; any other scheme (`javascript:`, `data:`, relative tricks) becomes
 * `undefined` and is reported: the link is dropped, not the item.
 */
export function toSafeLink(raw: string, field: string): string | undefined {
  const safe = toSafeUrl(raw);
  // Normalising percent-encodes: a link may outgrow the cap it passed raw. Drop it, so what the
  // parser keeps always passes the schema again.
  if (safe === undefined || safe.length > LIMITS.url) {
    reportUnsafeUrl(field, raw);
    return undefined;
  }
  return safe;
}

/** A territory's id starts with its kind (`commune:29019` is a `commune`). */
export function idMatchesKind(territory: { id: string; kind: string }): boolean {
  return territory.id.startsWith(`${territory.kind}:`);
}

/** An event, or a part of one, does not end before it starts. */
export function endsAfterStart(range: { start: string; end: string }): boolean {
  const { start, end } = range;
  // Two times written alike, as a feed's generator writes them (the same length, so the same
  // fields and fraction digits, and the same offset), compare as text: two `Date.parse` less per
  // event. Anything else is parsed.
  if (typeof start === 'string' && typeof end === 'string' && sameOffset(start, end))
    return end >= start;
  return Date.parse(end) >= Date.parse(start);
}

/** Two ISO date-times of the same length that end with the same offset (`Z`, `+02:00`). */
function sameOffset(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length || n < 20) return false;
  if (a.charCodeAt(n - 1) === 90 /* Z */) return b.charCodeAt(n - 1) === 90;
  for (let i = n - 6; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  // `+` or `-`: an offset, not the end of a longer fraction.
  const sign = a.charCodeAt(n - 6);
  return sign === 43 || sign === 45;
}

/** IANA zone names already checked: building an `Intl.DateTimeFormat` costs about half a millisecond. */
const knownZones = new Map<string, boolean>();

/** An IANA zone name that `Intl` knows (`Europe/Paris`, `Pacific/Noumea`; not `Mars/Base`). */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/**
 * A link from a published index to one of its shards: a path relative to the index, inside the
 * tree (no `..`, no leading `/`, no `//host`, no backslash), or an absolute http(s) URL.
 */
export function isShardPath(value: string): boolean {
  return (
    /^https?:\/\/[^\s]+$/i.test(value) ||
    (/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(value) && !value.split('/').includes('..'))
  );
}
