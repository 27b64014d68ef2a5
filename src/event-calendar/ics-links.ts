/**
 * An event's iCalendar text and its `blob:` download URL, made once per event and language and
 * revoked when the element leaves the page (no request: the file is built in the browser).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { localize, type Lang } from '../i18n/localize.js';
import { placeText } from '../data/event-text.js';
import { buildIcs, toIcsEvents, type IcsEvent } from '../data/ics.js';
import { calendarMessages } from './messages.js';
import { partTime } from './labels.js';

/** The event's VEVENTs: one, or one per part when its parts fall on different days. */
export function icsOf(
  event: FeedEvent,
  index: FeedIndex | undefined,
  lang: Lang,
  now: number,
): IcsEvent[] {
  const m = calendarMessages(lang);
  const extra: string[] = [];
  for (const part of event.parts ?? []) {
    extra.push(`${partTime(event, part, lang, now)} : ${localize(part.title, lang)}`);
  }
  if (event.registrationUrl) extra.push(`${m.register} : ${event.registrationUrl}`);
  if (event.onlineUrl) extra.push(`${m.join} : ${event.onlineUrl}`);
  return toIcsEvents(event, { lang, location: placeText(event, index), extra });
}

/** The text of an event's `.ics` file. */
export function icsText(
  event: FeedEvent,
  index: FeedIndex | undefined,
  lang: Lang,
  now: number,
): string {
  return buildIcs(icsOf(event, index, lang, now), { now });
}

/** The `blob:` URLs of the events' `.ics` files, revoked when the host is disconnected. */
export class IcsLinks implements ReactiveController {
  private readonly urls = new Map<FeedEvent, { key: string; url: string }>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const { url } of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  /** A `blob:` URL of the event's .ics file, made once per event and language (no request). */
  url(event: FeedEvent, index: FeedIndex | undefined, lang: Lang, now: number): string {
    const key = `${lang}|${now}`;
    const cached = this.urls.get(event);
    if (cached && cached.key === key) return cached.url;
    if (cached) URL.revokeObjectURL(cached.url);
    const text = icsText(event, index, lang, now);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    this.urls.set(event, { key, url });
    return url;
  }
}
