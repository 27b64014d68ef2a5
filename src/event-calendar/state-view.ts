/** Before the events: the month's skeleton or a loading message; the error box. */
import { html, nothing } from 'lit';
import { commonMessages } from '../i18n/messages.js';
import type { CalendarHost, CalendarView } from './calendar-host.js';
import { renderFilters } from './filters-view.js';
import type { CalendarMessages } from './messages.js';
import { renderMonth } from './month-view.js';
import { renderToolbar } from './toolbar-view.js';

export function renderState(h: CalendarHost, m: CalendarMessages, view: CalendarView) {
  const lang = h.uiLang;
  const state = h.feedController.state;
  const common = commonMessages(lang);
  if (state.status === 'error') {
    const reason = state.error?.messages[lang] ?? '';
    // The shared error box (feedStateStyles), sized to its content like the feed's.
    return html`<div class="root error state-error" part="error" lang=${lang}>
      <p class="error-title">${m.error}</p>
      ${reason ? html`<p class="error-detail">${reason}</p>` : nothing}
      <button type="button" class="nav-button" @click=${h.onRetry}>${common.retry}</button>
      <slot></slot>
    </div>`;
  }
  if (!h.event && view === 'month')
    // The month view's size is known before the data (toolbar, filters, weeks of the month):
    // an inert, muted copy of it is drawn so nothing shifts when the events arrive.
    return html`<div class="root is-loading" lang=${lang} aria-busy="true">
      <div class="skeleton" aria-hidden="true" inert>
        ${renderToolbar(h, m, 'month')} ${renderFilters(h, undefined, m)}
        ${renderMonth(h, undefined, m)}
      </div>
      <div class="visually-hidden">
        <p role="status">${common.loading}</p>
        <slot></slot>
      </div>
    </div>`;
  return html`<div
    class="root state state-loading ${h.event ? 'is-card' : ''}"
    lang=${lang}
    aria-busy="true"
  >
    <p class="state-message" role="status">${common.loading}</p>
    <slot></slot>
  </div>`;
}
