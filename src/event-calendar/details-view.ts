/**
 * An event as the calendar shows it: its summary (list, day dialog), its details (dialog, card)
 * with the add-to-calendar links, the details dialog and the single-event card.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { toSafeUrl } from '../data/url.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { heading } from '../shared/heading.js';
import { eventTimes, networkName, placeText } from '../data/event-text.js';
import { googleCalendarUrl, icsFileName, outlookCalendarUrl, separateParts } from '../data/ics.js';
import type { CalendarHost } from './calendar-host.js';
import { icsOf } from './ics-links.js';
import { dayLabel, partTime } from './labels.js';
import { calendarMessages, type CalendarMessages } from './messages.js';

function renderStatus(event: FeedEvent, m: CalendarMessages) {
  const label = event.status ? m.status(event.status) : '';
  return label ? html`<span class="badge badge-${event.status}">${label}</span>` : nothing;
}

function renderTitleText(event: FeedEvent, lang: Lang) {
  const title = localize(event.title, lang);
  const titleLang = ifDefined(langOf(event.title, lang));
  return event.status === 'cancelled'
    ? html`<s class="title-text" lang=${titleLang}>${title}</s>`
    : html`<span class="title-text" lang=${titleLang}>${title}</span>`;
}

function renderTimes(h: CalendarHost, event: FeedEvent) {
  const times = eventTimes(event, h.uiLang, h.zone, h.nowMs);
  return html`<p class="event-time">
    <span>${times.main}</span
    >${times.zone ? html` <span class="zone">(${times.zone})</span>` : nothing}
    ${times.local ? html`<span class="local">${times.local}</span>` : nothing}
  </p>`;
}

function renderMeta(
  h: CalendarHost,
  event: FeedEvent,
  index: FeedIndex | undefined,
  m: CalendarMessages,
) {
  const lang = h.uiLang;
  const place = placeText(event, index);
  const attendance =
    event.attendance === 'in-person'
      ? m.inPerson
      : event.attendance === 'online'
        ? m.online
        : event.attendance === 'mixed'
          ? m.mixed
          : '';
  const network = index?.networks.get(event.network);
  const color = network?.color;
  return html`<p class="meta">
      <span class="network">
        <span
          class="swatch"
          aria-hidden="true"
          style=${cssProps(color ? { '--_net': color } : {})}
        ></span
        >${m.via(networkName(event.network, index, lang))}</span
      >${attendance ? html`<span class="sep" aria-hidden="true"> · </span><span class="attendance attendance-${event.attendance}">${attendance}</span>` : nothing}${
        place && event.attendance !== 'online'
          ? html`<span class="sep" aria-hidden="true"> · </span><span class="place">${place}</span>`
          : nothing
      }
    </p>
    ${
      event.themes?.length
        ? html`<ul class="themes" aria-label=${m.themes}>
            ${event.themes.map((id) => {
              const theme = index?.themes.get(id);
              return theme
                ? html`<li
                    class="theme theme-${theme.transition}"
                    lang=${ifDefined(langOf(theme.label, lang))}
                  >
                    ${localize(theme.label, lang)}
                  </li>`
                : nothing;
            })}
          </ul>`
        : nothing
    }`;
}

/**
 * Title (a button opening the details), time, network, attendance, themes, status. The heading's
 * name is the status (once, from its visible badge) and the title; "details" describes the
 * button, outside the name.
 */
export function renderSummary(
  h: CalendarHost,
  event: FeedEvent,
  index: FeedIndex | undefined,
  level: number,
) {
  const m = calendarMessages(h.uiLang);
  const status = renderStatus(event, m);
  const title = html`${status}${status === nothing ? nothing : html`<span class="visually-hidden"> : </span>`}<button
      type="button"
      class="title-button"
      data-event=${event.id}
      @click=${h.onDetailsClick}
      aria-describedby="details-hint"
    >
      ${renderTitleText(event, h.uiLang)}
    </button>`;
  const color = index?.networks.get(event.network)?.color;
  return html`<article
    class="event status-${event.status ?? 'scheduled'}"
    part="event"
    style=${cssProps(color ? { '--_net': color } : {})}
  >
    ${heading(level, { class: 'event-title' }, title)} ${renderTimes(h, event)}
    ${renderMeta(h, event, index, m)}
  </article>`;
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
function renderDetails(h: CalendarHost, event: FeedEvent, index: FeedIndex | undefined) {
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
      <a class="add-link" href=${h.ics.url(event, index, lang, now)} download=${icsFileName(event)}
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

/** The details dialog: one event, or the events of one day. */
export function renderDialog(h: CalendarHost, index: FeedIndex | undefined, m: CalendarMessages) {
  const lang = h.uiLang;
  const content = h.dialogContent;
  let title = '';
  let titleLang: string | undefined;
  let body: unknown = nothing;
  if (content?.kind === 'event') {
    title = localize(content.event.title, lang);
    titleLang = langOf(content.event.title, lang);
    body = html`${renderTimes(h, content.event)}${renderStatus(content.event, m)}
    ${renderMeta(h, content.event, index, m)} ${renderDetails(h, content.event, index)}`;
  } else if (content?.kind === 'day' && index) {
    title = m.dayDialog(dayLabel(content.day, lang));
    const events = h.query.eventsByDay(index, content.day, content.day).get(content.day) ?? [];
    body = html`<ul class="day-events">
      ${events.map((event) => html`<li>${renderSummary(h, event, index, 3)}</li>`)}
    </ul>`;
  }
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-labelledby="dialog-title"
    @close=${h.onDialogClose}
    @click=${h.onDialogClick}
  >
    <div class="dialog-inner">
      <div class="dialog-head">
        <h2
          id="dialog-title"
          lang=${ifDefined(titleLang)}
          class="dialog-title ${content?.kind === 'event' && content.event.status === 'cancelled' ? 'is-cancelled' : ''}"
        >
          ${title}
        </h2>
        <button type="button" class="dialog-close" aria-label=${m.close} @click=${h.onCloseClick}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${body}
    </div>
  </dialog>`;
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
