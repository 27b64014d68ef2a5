/**
 * Feed format v1: the one definition of the shared public feed.
 *
 * Every widget, the command-line tools and the generated JSON Schema read these schemas.
 * They validate ONE item at a time: `parseFeed` (parse.ts) applies them item by item so that
 * one bad item is dropped with a reason while the rest of the feed is kept.
 */
import type { LocalizedText } from '../i18n/localize.js';
import * as z from './zod.js';
import {
  ATTENDANCE_MODES,
  CAMPAIGN_STATUSES,
  endsAfterStart,
  EVENT_STATUSES,
  idMatchesKind,
  isKnownTimeZone,
  isNonEmptyMap,
  isShardPath,
  LIMITS,
  SHARD_TYPES,
  TERRITORY_KINDS,
  toLocalized,
  toSafeLink,
  TRANSITIONS,
} from './format.js';

export {
  ATTENDANCE_MODES,
  CAMPAIGN_STATUSES,
  EVENT_STATUSES,
  LIMITS,
  SHARD_TYPES,
  TERRITORY_KINDS,
  TRANSITIONS,
} from './format.js';
export type {
  AttendanceMode,
  CampaignStatus,
  EventStatus,
  ShardType,
  TerritoryKind,
  Transition,
} from './format.js';

/**
 * The function handed to zod for a rule of format.ts, tagged with the rule and its arguments: the
 * validator generator (scripts/gen-validators.mjs) writes a call to the same rule by name.
 */
function rule<V, A extends unknown[], R>(fn: (value: V, ...args: A) => R, ...args: A) {
  return Object.assign((value: V) => fn(value, ...args), { rule: fn, args });
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A slug: lower-case letters, digits and dashes; network ids namespace the others with `/`. */
export const idSchema = z
  .string()
  .check(z.maxLength(LIMITS.id), z.regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'invalid id'));

/** `kind:code`, for example `commune:29019`, `epci:242900314`, `departement:2A`, `crte:brest`. */
export const territoryIdSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.id),
    z.regex(/^(commune|epci|departement|region|crte):[A-Za-z0-9_-]+$/, 'invalid territory id'),
  );

const languageCode = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/**
 * Localised text: a French string, or a map of language codes to strings. Always read back as
 * a map, so `localize()` has one shape to deal with.
 */
export const localizedSchema = (max: number) =>
  z.pipe(
    z.union([
      text(max),
      z
        .record(languageCode, text(max))
        .check(z.refine(rule(isNonEmptyMap), 'empty translation map')),
    ]),
    z.transform(rule(toLocalized)),
  );

export type { LocalizedText };

/**
 * An http(s) link. Any other scheme (`javascript:`, `data:`, `vbscript:`, relative tricks)
 * becomes `undefined` and is reported as a warning: the link is dropped, not the item.
 */
export const linkSchema = (field: string) =>
  z.optional(
    z.pipe(z.string().check(z.maxLength(LIMITS.url)), z.transform(rule(toSafeLink, field))),
  );

/** ISO 8601 date-time with an offset (`2026-04-08T09:00:00+02:00` or `...Z`). */
export const dateTimeSchema = z.isoDateTime({ offset: true });
/** ISO 8601 calendar date (`2026-04-08`). */
export const dateSchema = z.isoDate();

const imageSchema = (field: string) =>
  z.object({
    url: linkSchema(`${field}.url`),
    alt: z.optional(localizedSchema(LIMITS.alt)),
    width: z.optional(z.int().check(z.positive(), z.lte(10000))),
    height: z.optional(z.int().check(z.positive(), z.lte(10000))),
  });

const idList = (schema: typeof idSchema | typeof territoryIdSchema) =>
  z.array(schema).check(z.maxLength(LIMITS.listLength));

const colorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a #rrggbb colour'));

export const campaignSchema = z.object({
  id: idSchema,
  hashtag: text(LIMITS.shortText),
  name: localizedSchema(LIMITS.title),
  motto: z.optional(localizedSchema(LIMITS.summary)),
  url: linkSchema('url'),
  goal: z.int().check(z.positive(), z.lte(1_000_000)),
  startDate: z.optional(dateSchema),
  endDate: z.optional(dateSchema),
  status: z.enum(CAMPAIGN_STATUSES),
  callToAction: z.optional(
    z.object({ label: localizedSchema(LIMITS.shortText), url: linkSchema('callToAction.url') }),
  ),
  logo: z.optional(imageSchema('logo')),
  milestones: z.optional(
    z.array(z.int().check(z.positive())).check(z.maxLength(LIMITS.listLength)),
  ),
});

export const networkSchema = z.object({
  id: idSchema,
  name: localizedSchema(LIMITS.shortText),
  url: linkSchema('url'),
  logo: z.optional(imageSchema('logo')),
  color: z.optional(colorSchema),
  description: z.optional(localizedSchema(LIMITS.summary)),
});

export const themeSchema = z.object({
  id: idSchema,
  label: localizedSchema(LIMITS.shortText),
  transition: z.enum(TRANSITIONS),
});

export const territorySchema = z
  .object({
    id: territoryIdSchema,
    name: text(LIMITS.shortText),
    kind: z.enum(TERRITORY_KINDS),
    parents: z.optional(idList(territoryIdSchema)),
    joinedAt: z.optional(dateTimeSchema),
    networks: z.optional(idList(idSchema)),
    population: z.optional(z.int().check(z.nonnegative())),
  })
  .check(
    z.refine(rule(idMatchesKind), {
      message: 'the id prefix does not match the kind',
      path: ['kind'],
    }),
  );

export const initiativeSchema = z.object({
  id: idSchema,
  title: localizedSchema(LIMITS.title),
  summary: z.optional(localizedSchema(LIMITS.summary)),
  url: linkSchema('url'),
  image: z.optional(imageSchema('image')),
  network: idSchema,
  territories: idList(territoryIdSchema),
  themes: idList(idSchema),
  carrier: z.optional(text(LIMITS.shortText)),
  updatedAt: z.optional(dateTimeSchema),
  example: z.optional(z.boolean()),
});

const locationSchema = z.object({
  name: z.optional(text(LIMITS.shortText)),
  address: z.optional(text(LIMITS.shortText)),
  territory: z.optional(territoryIdSchema),
});

const eventPartSchema = z.object({
  title: localizedSchema(LIMITS.title),
  start: dateTimeSchema,
  end: dateTimeSchema,
});

/** IANA zone name, checked by `Intl` (so `Europe/Paris` and `Pacific/Noumea` pass, `Mars/Base` fails). */
const timeZoneSchema = z
  .string()
  .check(z.maxLength(64), z.refine(rule(isKnownTimeZone), 'unknown time zone'));

export const eventSchema = z
  .object({
    id: idSchema,
    title: localizedSchema(LIMITS.title),
    description: z.optional(localizedSchema(LIMITS.description)),
    url: linkSchema('url'),
    network: idSchema,
    invitedNetworks: z.optional(idList(idSchema)),
    themes: z.optional(idList(idSchema)),
    territories: z.optional(idList(territoryIdSchema)),
    start: dateTimeSchema,
    end: dateTimeSchema,
    timeZone: z.optional(timeZoneSchema),
    allDay: z.optional(z.boolean()),
    parts: z.optional(
      z
        .array(
          eventPartSchema.check(z.refine(rule(endsAfterStart), 'a part ends before it starts')),
        )
        .check(z.maxLength(20)),
    ),
    status: z.optional(z.enum(EVENT_STATUSES)),
    attendance: z.optional(z.enum(ATTENDANCE_MODES)),
    location: z.optional(locationSchema),
    onlineUrl: linkSchema('onlineUrl'),
    registrationUrl: linkSchema('registrationUrl'),
    example: z.optional(z.boolean()),
  })
  .check(
    z.refine(rule(endsAfterStart), { message: 'the event ends before it starts', path: ['end'] }),
  );

export const feedPartSchema = z.object({
  territory: territoryIdSchema,
  url: linkSchema('parts.url'),
});

/** Top-level header, checked before the collections. */
export const feedHeaderSchema = z.object({
  version: z.union([z.literal(1), z.string().check(z.regex(/^1(\.\d+){0,2}$/))]),
  generatedAt: z.optional(dateTimeSchema),
});

/* ---------------------------------------------------------------------------------------------
 * Format v1.1: the published tree (`tis-feed publish`). Additive: a reader of v1.0 ignores these
 * fields and still reads the index as a small v1 feed (campaign, networks, themes, régions and
 * départements, the next events).
 * ------------------------------------------------------------------------------------------- */

/**
 * A link from the index to one of its shards: a path relative to the index (`events/2026-12.
 * 1a2b3c4d5e.json`), so the tree works wherever it is hosted; or an absolute http(s) URL.
 * `..`, a leading `/`, `//host`, backslashes and any other scheme are refused.
 */
export const shardPathSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.url),
    z.refine(
      rule(isShardPath),
      'expected a relative path inside the published tree, or an http(s) URL',
    ),
  );

/** One shard of a published tree, as the index lists it. */
export const shardSchema = z.object({
  /**
   * What the shard holds; `catalogue`: no items, only `shards` (the first page of every
   * territory's initiatives), kept out of the index so that its size does not grow with them.
   */
  type: z.enum(SHARD_TYPES),
  url: shardPathSchema,
  /** SHA-256 of the file's bytes, lower-case hex; a shard that does not match is refused. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex')),
  /** Items in the file. */
  count: z.int().check(z.nonnegative()),
  /**
   * `initiatives`: the territory whose items the shard holds (a région, or a département of a
   * large région); absent for the campaign-wide `recent` page and for national items.
   * `territories`: the région whose communes the shard holds; absent for the groupings shard
   * (EPCI, CRTE).
   */
  territory: z.optional(territoryIdSchema),
  /** `initiatives`: the région of `territory` (a widget pinned to a région loads its départements). */
  region: z.optional(territoryIdSchema),
  /** `initiatives`: `recent` (the most recent items of the whole campaign, one page) or `national`. */
  scope: z.optional(z.enum(['territory', 'recent', 'national'])),
  /** `initiatives`: page number (1-based, most recent first) and number of pages of the territory. */
  page: z.optional(z.int().check(z.positive())),
  pages: z.optional(z.int().check(z.positive())),
  /** `events`: the month covered (`2026-12`), in Europe/Paris; an event spanning months is in each. */
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'))),
});

const countMap = z.record(z.string().check(z.maxLength(LIMITS.id)), z.int().check(z.nonnegative()));

/** The figures of one metric over the whole campaign: what the banner and counter show. */
const metricSummarySchema = z.object({
  total: z.int().check(z.nonnegative()),
  byRegion: z.optional(countMap),
  byDepartement: z.optional(countMap),
  byKind: z.optional(countMap),
  byNetwork: z.optional(countMap),
  /**
   * Items in no région, in no département, with no territory of a known kind: the "other" row
   * of the counter's breakdown by région, département and kind.
   */
  outside: z.optional(
    z.object({
      region: z.optional(z.int().check(z.nonnegative())),
      departement: z.optional(z.int().check(z.nonnegative())),
      kind: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
  /** The latest item: the territory that joined last, the initiative updated last. */
  latest: z.optional(
    z.object({
      id: z.string().check(z.maxLength(LIMITS.id)),
      name: localizedSchema(LIMITS.title),
      at: dateTimeSchema,
    }),
  ),
  /** `events`: count per month (`2026-12`), Europe/Paris. */
  byMonth: z.optional(countMap),
});

export const summarySchema = z.object({
  territories: z.optional(metricSummarySchema),
  initiatives: z.optional(metricSummarySchema),
  events: z.optional(metricSummarySchema),
});

export type FeedShard = z.output<typeof shardSchema>;
export type FeedSummary = z.output<typeof summarySchema>;
export type MetricSummary = z.output<typeof metricSummarySchema>;

export type Campaign = z.output<typeof campaignSchema>;
export type Network = z.output<typeof networkSchema>;
export type Theme = z.output<typeof themeSchema>;
export type Territory = z.output<typeof territorySchema>;
export type Initiative = z.output<typeof initiativeSchema>;
export type FeedEvent = z.output<typeof eventSchema>;
export type FeedEventPart = NonNullable<FeedEvent['parts']>[number];
export type FeedPart = z.output<typeof feedPartSchema>;
export type ImageRef = NonNullable<Initiative['image']>;

/** A parsed, validated feed: only items that passed their schema. */
export interface Feed {
  version: 1;
  generatedAt?: string;
  campaign?: Campaign;
  networks: Network[];
  themes: Theme[];
  territories: Territory[];
  initiatives: Initiative[];
  events: FeedEvent[];
  parts: FeedPart[];
  /** v1.1, published index only: the figures of the whole campaign. */
  summary?: FeedSummary;
  /** v1.1, published index only: the shards, with what each covers. */
  shards?: FeedShard[];
}

/** The collections of a feed, with the schema of one item each. */
export const collectionSchemas = {
  networks: networkSchema,
  themes: themeSchema,
  territories: territorySchema,
  initiatives: initiativeSchema,
  events: eventSchema,
  parts: feedPartSchema,
  shards: shardSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

/** A whole feed as one schema: used to generate the JSON Schema, not to parse (see parse.ts). */
export const feedDocumentSchema = z.object({
  version: feedHeaderSchema.shape.version,
  generatedAt: feedHeaderSchema.shape.generatedAt,
  campaign: z.optional(campaignSchema),
  networks: z.optional(z.array(networkSchema)),
  themes: z.optional(z.array(themeSchema)),
  territories: z.optional(z.array(territorySchema)),
  initiatives: z.optional(z.array(initiativeSchema)),
  events: z.optional(z.array(eventSchema)),
  parts: z.optional(z.array(feedPartSchema)),
  summary: z.optional(summarySchema),
  shards: z.optional(z.array(shardSchema)),
});
