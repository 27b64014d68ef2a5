/**
 * An event as the calendar shows it at first paint: its summary (list, day dialog), its time,
 * status and meta lines, and the details dialog's frame. The details themselves (description,
 * programme, links, add-to-calendar) and the single-event card are in details-body.ts, loaded
 * when first needed.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { heading } from '../shared/heading.js';
import { eventTimes, networkName, placeText } from '../data/event-text.js';
import type { CalendarHost } from './calendar-host.js';
import { dayLabel } from './labels.js';
import { calendarMessages, type CalendarMessages } from './messages.js';

export function renderStatus(event: FeedEvent, m: CalendarMessages) {
  const label = event.status ? m.status(event.status) : '';
  return label ? html`<span class="badge badge-${event.status}">${label}</span>` : nothing;
}

export function renderTitleText(event: FeedEvent, lang: Lang) {
  const title = localize(event.title, lang);
  const titleLang = ifDefined(langOf(event.title, lang));
  return event.status === 'cancelled'
    ? html`<s class="title-text" lang=${titleLang}>${title}</s>`
    : html`<span class="title-text" lang=${titleLang}>${title}</span>`;
}

export function renderTimes(h: CalendarHost, event: FeedEvent) {
  const times = eventTimes(event, h.uiLang, h.zone, h.nowMs);
  return html`<p class="event-time">
    <span>${times.main}</span
    >${times.zone ? html` <span class="zone">(${times.zone})</span>` : nothing}
    ${times.local ? html`<span class="local">${times.local}</span>` : nothing}
  </p>`;
}

export function renderMeta(
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

/** The details dialog: one event, or the events of one day. */
export function renderDialog(
  h: CalendarHost,
  index: FeedIndex | undefined,
  m: CalendarMessages,
  details: (event: FeedEvent) => unknown,
) {
  const lang = h.uiLang;
  const content = h.dialogContent;
  let title = '';
  let titleLang: string | undefined;
  let body: unknown = nothing;
  if (content?.kind === 'event') {
    title = localize(content.event.title, lang);
    titleLang = langOf(content.event.title, lang);
    body = html`${renderTimes(h, content.event)}${renderStatus(content.event, m)}
    ${renderMeta(h, content.event, index, m)} ${details(content.event)}`;
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
