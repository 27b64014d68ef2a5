/**
 * `tis-feed export ics` and `tis-feed export jsonfeed`: the feed in formats people already
 * follow, a calendar subscription (RFC 5545, written by the calendar widget's own ICS code)
 * and a JSON Feed 1.1 for feed readers.
 */
import { getFeedIndex, type FeedIndex } from '../data/queries.js';
import type { Feed, FeedEvent, Initiative } from '../data/schema.js';
import { buildIcs, toIcsEvents } from '../data/ics.js';
import { eventZone, eventDays } from '../data/event-dates.js';
import { networkName, placeText, rangeIn } from '../data/event-text.js';
import { formatTime } from '../i18n/format.js';
import { eventMessages } from '../i18n/event-messages.js';
import { localize, type Lang } from '../i18n/localize.js';
import { byId, compareCodePoints } from './feed-io.js';

export interface ExportFilter {
  network?: string;
  territory?: string;
  /** Only events ending on or after this instant. */
  from?: number;
}

function eventMatches(event: FeedEvent, index: FeedIndex, filter: ExportFilter): boolean {
  if (
    filter.network &&
    event.network !== filter.network &&
    !event.invitedNetworks?.includes(filter.network)
  )
    return false;
  if (filter.territory) {
    const places = [
      ...(event.territories ?? []),
      ...(event.location?.territory ? [event.location.territory] : []),
    ];
    if (!places.some((id) => index.isWithin(id, filter.territory!))) return false;
  }
  if (filter.from !== undefined && Date.parse(event.end) < filter.from) return false;
  return true;
}

function initiativeMatches(item: Initiative, index: FeedIndex, filter: ExportFilter): boolean {
  if (filter.network && item.network !== filter.network) return false;
  if (filter.territory && !item.territories.some((id) => index.isWithin(id, filter.territory!)))
    return false;
  return true;
}

/** The filtered events, in chronological order (then by id). */
export function selectEvents(feed: Feed, filter: ExportFilter): FeedEvent[] {
  const index = getFeedIndex(feed);
  return feed.events
    .filter((event) => eventMatches(event, index, filter))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || byId(a, b));
}

/** Same lines as the calendar widget's "add to calendar" file: parts, registration, online link. */
function eventExtra(event: FeedEvent, lang: Lang, now: number): string[] {
  const m = eventMessages(lang);
  const zone = eventZone(event);
  const extra: string[] = [];
  for (const part of event.parts ?? []) {
    const time =
      eventDays(event).length === 1
        ? `${formatTime(part.start, lang, zone)} – ${formatTime(part.end, lang, zone)}`
        : rangeIn({ ...part, timeZone: event.timeZone }, lang, zone, now);
    extra.push(`${time} : ${localize(part.title, lang)}`);
  }
  if (event.registrationUrl) extra.push(`${m.register} : ${event.registrationUrl}`);
  if (event.onlineUrl) extra.push(`${m.join} : ${event.onlineUrl}`);
  return extra;
}

export interface IcsExportOptions extends ExportFilter {
  lang: Lang;
  /** DTSTAMP; defaults to the feed's `generatedAt`, so the same feed gives the same file. */
  now: number;
  name?: string;
  refreshInterval?: string;
}

export function exportIcs(feed: Feed, options: IcsExportOptions): { text: string; count: number } {
  const index = getFeedIndex(feed);
  const events = selectEvents(feed, options);
  const ics = events.flatMap((event) => {
    const categories = (event.themes ?? [])
      .map((id) => index.themes.get(id))
      .filter((theme) => theme !== undefined)
      .map((theme) => localize(theme.label, options.lang));
    return toIcsEvents(event, {
      lang: options.lang,
      location: placeText(event, index),
      extra: eventExtra(event, options.lang, options.now),
    }).map((vevent) => ({ ...vevent, categories }));
  });
  const campaignName = feed.campaign ? localize(feed.campaign.name, options.lang) : undefined;
  const scope = [
    options.network ? networkName(options.network, index, options.lang) : undefined,
    options.territory
      ? (index.territories.get(options.territory)?.name ?? options.territory)
      : undefined,
  ].filter(Boolean);
  const name = options.name ?? [campaignName ?? '#1000territoiresIS', ...scope].join(' — ');
  const text = buildIcs(ics, {
    now: options.now,
    name,
    description: feed.campaign?.motto ? localize(feed.campaign.motto, options.lang) : undefined,
    refreshInterval: options.refreshInterval,
  });
  return { text, count: events.length };
}

/* ------------------------------------------------------------------ JSON Feed 1.1 */

export interface JsonFeedOptions extends ExportFilter {
  lang: Lang;
  now: number;
  /** The address the JSON Feed itself will be published at (`feed_url`). */
  feedUrl?: string;
  homePageUrl?: string;
  title?: string;
  /** Keep only the newest N items. */
  limit?: number;
  include: { initiatives: boolean; events: boolean };
}

/** RFC 3339 in UTC, without milliseconds: `2026-11-28T07:00:00Z`. */
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const TEXT = {
  fr: { carrier: 'Porté par : ', where: 'Où : ', network: 'Réseau : ', cancelled: 'Annulé' },
  en: { carrier: 'Carried by: ', where: 'Where: ', network: 'Network: ', cancelled: 'Cancelled' },
};

const STATUS_TEXT: Record<string, { fr: string; en: string }> = {
  rescheduled: { fr: 'reporté à une nouvelle date', en: 'rescheduled' },
  postponed: { fr: 'reporté, date à venir', en: 'postponed' },
  cancelled: { fr: 'annulé', en: 'cancelled' },
  'moved-online': { fr: 'passé en ligne', en: 'moved online' },
  full: { fr: 'complet', en: 'full' },
};

export function exportJsonFeed(
  feed: Feed,
  options: JsonFeedOptions,
): { text: string; count: number } {
  const index = getFeedIndex(feed);
  const lang = options.lang;
  const t = TEXT[lang];
  const published = feed.generatedAt ? Date.parse(feed.generatedAt) : options.now;
  const themeTags = (ids: readonly string[] | undefined) =>
    (ids ?? [])
      .map((id) => index.themes.get(id))
      .filter((theme) => theme !== undefined)
      .map((theme) => localize(theme.label, lang));
  const author = (networkId: string) => {
    const network = index.networks.get(networkId);
    return network
      ? { name: localize(network.name, lang), ...(network.url ? { url: network.url } : {}) }
      : { name: networkId };
  };
  const territoryNames = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => index.territories.get(id)?.name ?? id).join(', ');

  type Item = Record<string, unknown> & { id: string; date_published: string };
  const items: Item[] = [];
  if (options.include.initiatives) {
    for (const item of feed.initiatives.filter((i) => initiativeMatches(i, index, options))) {
      const lines = [
        localize(item.summary, lang),
        item.carrier ? `${t.carrier}${item.carrier}` : '',
        item.territories.length ? `${t.where}${territoryNames(item.territories)}` : '',
        `${t.network}${author(item.network).name}`,
      ].filter(Boolean);
      items.push({
        id: `1000territoires:initiative:${item.id}`,
        url: item.url,
        title: localize(item.title, lang),
        content_text: lines.join('\n\n'),
        summary: localize(item.summary, lang) || undefined,
        image: item.image?.url,
        date_published: rfc3339(item.updatedAt ? Date.parse(item.updatedAt) : published),
        date_modified: item.updatedAt ? rfc3339(Date.parse(item.updatedAt)) : undefined,
        authors: [author(item.network)],
        tags: [...themeTags(item.themes), author(item.network).name],
        language: lang,
        _1000territoires: {
          kind: 'initiative',
          network: item.network,
          territories: item.territories,
          ...(item.example ? { example: true } : {}),
        },
      });
    }
  }
  if (options.include.events) {
    for (const event of selectEvents(feed, options)) {
      const zone = eventZone(event);
      const when = rangeIn(event, lang, zone, options.now);
      const status = event.status && STATUS_TEXT[event.status]?.[lang];
      const lines = [
        status ? `${when} (${status})` : when,
        placeText(event, index),
        localize(event.description, lang),
        ...eventExtra(event, lang, options.now),
        `${t.network}${author(event.network).name}`,
      ].filter(Boolean);
      const title = localize(event.title, lang);
      items.push({
        id: `1000territoires:event:${event.id}`,
        url: event.url ?? event.registrationUrl ?? event.onlineUrl,
        title: event.status === 'cancelled' ? `${t.cancelled} — ${title}` : title,
        content_text: lines.join('\n\n'),
        summary: when,
        date_published: rfc3339(published),
        authors: [author(event.network)],
        tags: [...themeTags(event.themes), author(event.network).name],
        language: lang,
        _1000territoires: {
          kind: 'event',
          network: event.network,
          start: event.start,
          end: event.end,
          ...(event.timeZone ? { timeZone: event.timeZone } : {}),
          ...(event.status ? { status: event.status } : {}),
          ...(event.territories?.length ? { territories: event.territories } : {}),
          ...(event.example ? { example: true } : {}),
        },
      });
    }
  }
  // Newest first, as feed readers expect; ties by id, so the order is stable.
  items.sort(
    (a, b) =>
      Date.parse(b.date_published) - Date.parse(a.date_published) || compareCodePoints(a.id, b.id),
  );
  const kept = options.limit ? items.slice(0, options.limit) : items;
  const campaign = feed.campaign;
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? (campaign ? localize(campaign.name, lang) : '#1000territoiresIS'),
    home_page_url: options.homePageUrl ?? campaign?.url,
    feed_url: options.feedUrl,
    description: campaign?.motto ? localize(campaign.motto, lang) : undefined,
    icon: campaign?.logo?.url,
    language: lang,
    items: kept,
  };
  // Not through stableStringify: JSON Feed readers expect `version` first, and the key order
  // here is fixed anyway.
  const text = `${JSON.stringify(document, null, 2)}\n`;
  return { text, count: kept.length };
}
