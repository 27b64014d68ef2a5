/**
 * What only a visitor who opens an event uses, loaded then (its own chunk on the CDN): the
 * event's details (description, invited networks, programme, links, add-to-calendar with its
 * `.ics` download), the single-event card, and the `.ics` text.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { toSafeUrl } from '../data/url.js';
import { langOf, localize } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { heading } from '../shared/heading.js';
import { networkName } from '../data/event-text.js';
import { googleCalendarUrl, icsFileName, outlookCalendarUrl, separateParts } from '../data/ics.js';
import type { CalendarHost } from './calendar-host.js';
import { renderMeta, renderStatus, renderTimes, renderTitleText } from './details-view.js';
import { IcsLinks, icsOf } from './ics-links.js';
import { partTime } from './labels.js';
import { calendarMessages, type CalendarMessages } from './messages.js';

export { icsText } from './ics-links.js';

/** The `.ics` download URLs of each calendar, revoked when it leaves the page. */
const links = new WeakMap<CalendarHost, IcsLinks>();

function icsLinksOf(h: CalendarHost): IcsLinks {
  let found = links.get(h);
  if (!found) {
    found = new IcsLinks(h as CalendarHost & ReactiveControllerHost);
    links.set(h, found);
  }
  return found;
}

function renderLink(
  url: string | undefined,
  label: string,
  m: CalendarMessages,
  className = 'button-link',
) {
  const safe = toSafeUrl(url);
  if (!safe) return nothing;
  return html`<a class=${className} href=${safe} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${m.newTab}</span></a
  >`;
}

/** Description, invited networks, programme, links and add-to-calendar. */
export function renderDetails(h: CalendarHost, event: FeedEvent, index: FeedIndex | undefined) {
  const lang = h.uiLang;
  const now = h.nowMs;
  const m = calendarMessages(lang);
  const description = localize(event.description, lang);
  const invited = (event.invitedNetworks ?? []).map((id) => networkName(id, index, lang));
  const ics = icsOf(event, index, lang, now);
  const title = localize(event.title, lang);
  return html`<div class="details">
    ${
      description
        ? html`<p class="description" lang=${ifDefined(langOf(event.description, lang))}>
            ${description}
          </p>`
        : nothing
    }
    ${invited.length ? html`<p class="invited"><span class="label">${m.invited} :</span> ${invited.join(', ')}</p>` : nothing}
    ${
      event.parts?.length
        ? html`<div class="parts">
            <p class="label">${m.programme}</p>
            <ol>
              ${event.parts.map(
                (part) =>
                  html`<li>
                    <span class="part-time">${partTime(event, part, lang, now)}</span>
                    <span class="part-title" lang=${ifDefined(langOf(part.title, lang))}
                      >${localize(part.title, lang)}</span
                    >
                  </li>`,
              )}
            </ol>
          </div>`
        : nothing
    }
    ${
      event.status === 'cancelled'
        ? nothing
        : html`<p class="actions">
            ${renderLink(event.registrationUrl, m.register, m, 'button-link primary')}
            ${renderLink(event.onlineUrl, m.join, m)} ${renderLink(event.url, m.moreInfo, m)}
          </p>`
    }
    <div class="add" part="add-to-calendar" role="group" aria-label=${m.addToCalendar}>
      <span class="label" aria-hidden="true">${m.addToCalendar} :</span>
      <a
        class="add-link"
        href=${icsLinksOf(h).url(event, index, lang, now)}
        download=${icsFileName(event)}
        >${m.downloadIcs}<span class="visually-hidden"> : ${title}</span></a
      >
      ${
        ics.length === 1
          ? html`${renderLink(googleCalendarUrl(ics[0]!), m.googleCalendar, m, 'add-link')}
            ${renderLink(outlookCalendarUrl(ics[0]!), m.outlookCalendar, m, 'add-link')}`
          : html`<ol class="add-parts">
              ${ics.map(
                (part, index) =>
                  html`<li>
                    <span class="add-part-time"
                      >${partTime(event, separateParts(event)[index]!, lang, now)}</span
                    >
                    ${renderLink(googleCalendarUrl(part), `${m.googleCalendar} (${index + 1}/${ics.length})`, m, 'add-link')}
                    ${renderLink(outlookCalendarUrl(part), `${m.outlookCalendar} (${index + 1}/${ics.length})`, m, 'add-link')}
                  </li>`,
              )}
            </ol>`
      }
    </div>
  </div>`;
}

/** The single-event card (`event` attribute). */
export function renderCard(h: CalendarHost, index: FeedIndex, m: CalendarMessages) {
  const lang = h.uiLang;
  const event = index.feed.events.find((e) => e.id === h.event);
  if (!event)
    return html`<div class="root card-root" lang=${lang}>
      <p class="empty">${m.notFound}</p>
      <slot></slot>
    </div>`;
  const color = index.networks.get(event.network)?.color;
  return html`<article
    class="root card status-${event.status ?? 'scheduled'}"
    lang=${lang}
    part="card"
    style=${cssProps(color ? { '--_net': color } : {})}
  >
    ${heading(h.levelBelow(0), { class: 'card-title' }, html`${renderStatus(event, m)}${renderTitleText(event, lang)}`)}
    ${renderTimes(h, event)} ${renderMeta(h, event, index, m)} ${renderDetails(h, event, index)}
  </article>`;
}
