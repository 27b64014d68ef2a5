/** The calendar's toolbar (heading, navigation, view switch) and its subscription links. */
import { html, nothing } from 'lit';
import { toSafeUrl } from '../data/url.js';
import { heading } from '../shared/heading.js';
import { addDays } from '../data/event-dates.js';
import { toWebcalUrl } from '../data/url.js';
import type { CalendarHost, CalendarView } from './calendar-host.js';
import { capitalize, monthLabel } from './labels.js';
import type { CalendarMessages } from './messages.js';
import { weekTitle } from './week-range.js';

export function renderToolbar(h: CalendarHost, m: CalendarMessages, view: CalendarView) {
  const week = h.weekMode;
  const title = week
    ? capitalize(weekTitle(h.week!, addDays(h.week!, 6), h.uiLang))
    : monthLabel(h.month!, h.uiLang);
  return html`<div class="toolbar" part="toolbar">
    ${heading(h.levelBelow(0), { class: 'heading', id: 'heading', part: 'heading' }, title)}
    <div class="nav">
      <button
        type="button"
        class="nav-button"
        part="nav-button"
        aria-label=${week ? m.previousWeek : m.previousMonth}
        @click=${h.onPrevious}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <button type="button" class="nav-button today" part="nav-button" @click=${h.onToday}>
        ${m.today}
      </button>
      <button
        type="button"
        class="nav-button"
        part="nav-button"
        aria-label=${week ? m.nextWeek : m.nextMonth}
        @click=${h.onNext}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="views" role="group" aria-label=${m.viewLabel}>
      ${(['month', 'week', 'list'] as const).map(
        (v) =>
          html`<button
            type="button"
            class="view-button"
            data-view=${v}
            aria-pressed=${(week ? 'week' : view) === v ? 'true' : 'false'}
            @click=${h.onViewClick}
          >
            ${v === 'month' ? m.viewMonth : v === 'week' ? m.viewWeek : m.viewList}
          </button>`,
      )}
    </div>
  </div>`;
}

/** The iCalendar subscription links (`subscribe-url`), https and its `webcal://` twin. */
export function renderSubscribe(h: CalendarHost, m: CalendarMessages) {
  const https = toSafeUrl(h.subscribeUrl);
  if (!https) return nothing;
  const webcal = toWebcalUrl(https);
  return html`<div class="subscribe" part="subscribe">
    <span class="label">${m.subscribe} :</span>
    ${webcal ? html`<a class="add-link" href=${webcal}>${m.subscribeWebcal}</a>` : nothing}
    <a class="add-link" href=${https}>${m.subscribeHttps}</a>
  </div>`;
}
