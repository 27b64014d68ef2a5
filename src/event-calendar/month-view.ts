/** The month grid (`<table role="grid">`): a cell per day, its events as chips. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { formatDate } from '../i18n/format.js';
import { langOf, localize } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { dayToDate, monthKey, monthWeeks, parseDayKey, type DayKey } from '../data/event-dates.js';
import { occurrenceOn } from '../data/event-text.js';
import { renderEmpty } from './agenda-view.js';
import type { CalendarHost } from './calendar-host.js';
import { dayLabel } from './labels.js';
import type { CalendarMessages } from './messages.js';

/** Chips shown in a month cell before "+N more". */
const CHIPS_PER_DAY = 3;

/** `index` is undefined while loading: the same grid (its height depends on the month only), empty. */
export function renderMonth(h: CalendarHost, index: FeedIndex | undefined, m: CalendarMessages) {
  const lang = h.uiLang;
  const month = h.month!;
  const weeks = monthWeeks(month);
  const first = weeks[0]![0]!;
  const last = weeks.at(-1)![6]!;
  const byDay = index ? h.query.eventsByDay(index, first, last) : new Map<DayKey, FeedEvent[]>();
  const currentMonth = monthKey(month);
  const focused = h.focusedDay && monthKey(h.focusedDay) === currentMonth ? h.focusedDay : month;
  const today = h.today;
  const weekdays = weeks[0]!.map((day) => ({
    short: formatDate(dayToDate(day), lang, { weekday: 'short', timeZone: 'UTC' }),
    long: formatDate(dayToDate(day), lang, { weekday: 'long', timeZone: 'UTC' }),
  }));
  return html`<table
      class="grid"
      role="grid"
      aria-labelledby="heading"
      part="grid"
      @keydown=${h.grid.onKeydown}
    >
      <thead>
        <tr>
          ${weekdays.map(
            (w) =>
              html`<th scope="col" abbr=${w.long}>
                <span aria-hidden="true">${w.short}</span
                ><span class="visually-hidden">${w.long}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => {
                const events = byDay.get(day) ?? [];
                const outside = monthKey(day) !== currentMonth;
                const label = `${dayLabel(day, lang)}, ${m.eventCount(events.length)}`;
                const shown =
                  events.length > CHIPS_PER_DAY ? events.slice(0, CHIPS_PER_DAY - 1) : events;
                const hidden = events.length - shown.length;
                return html`<td
                  role="gridcell"
                  part="day"
                  class="day ${outside ? 'outside' : ''} ${day === today ? 'is-today' : ''} ${events.length ? 'has-events' : ''}"
                  data-day=${day}
                  tabindex=${day === focused ? '0' : '-1'}
                  aria-current=${day === today ? 'date' : nothing}
                  @click=${h.onCellClick}
                >
                  <span class="visually-hidden">${label}</span>
                  <span class="day-number" aria-hidden="true">${parseDayKey(day).day}</span>
                  ${
                    events.length
                      ? html`<span class="chips" aria-hidden="true">
                          ${shown.map((event) => {
                            const { time, continued, continues } = occurrenceOn(
                              event,
                              day,
                              lang,
                              h.zone,
                            );
                            const color = index!.networks.get(event.network)?.color;
                            return html`<span
                              class="chip status-${event.status ?? 'scheduled'} ${continued ? 'continued' : ''} ${continues ? 'continues' : ''}"
                              part="chip"
                              data-event=${event.id}
                              style=${cssProps(color ? { '--_net': color } : {})}
                              @click=${h.onChipClick}
                              >${continued ? html`<span class="mark">…</span>` : time ? html`<span class="chip-time">${time}</span>` : nothing}
                              <span class="chip-title" lang=${ifDefined(langOf(event.title, lang))}
                                >${localize(event.title, lang)}</span
                              ></span
                            >`;
                          })}
                          ${hidden > 0 ? html`<span class="more">${m.more(hidden)}</span>` : nothing}
                          <span class="count">${events.length}</span>
                        </span>`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
    ${index && h.query.countInMonth(index, month) === 0 ? renderEmpty(h, index, m) : nothing}`;
}
