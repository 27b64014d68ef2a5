/** The agenda list (`view="list"`, and the narrow week) and the empty-range message. */
import { html, nothing } from 'lit';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { heading } from '../shared/heading.js';
import { addDays, eventDays, parseDayKey, startOfDay, type DayKey } from '../data/event-dates.js';
import type { CalendarHost } from './calendar-host.js';
import { renderSummary } from './details-view.js';
import { capitalize, dayLabel } from './labels.js';
import type { CalendarMessages } from './messages.js';

export function renderList(h: CalendarHost, index: FeedIndex, m: CalendarMessages) {
  const [first, last] = h.shownRange();
  const byDay = h.query.eventsByDay(index, first, last);
  const today = h.today;
  const isCurrent = first <= today && today <= last;
  // Each event once, on its first day in the month (or today, for one already under way).
  const groups = new Map<DayKey, FeedEvent[]>();
  const seen = new Set<FeedEvent>();
  let earlier = 0;
  for (const day of [...byDay.keys()].sort()) {
    for (const event of byDay.get(day)!) {
      if (seen.has(event)) continue;
      seen.add(event);
      const lastDay = eventDays(event).at(-1)!;
      let group = day;
      if (isCurrent && !h.showEarlier && lastDay < today) {
        earlier++;
        continue;
      }
      if (isCurrent && !h.showEarlier && group < today) group = today;
      const list = groups.get(group) ?? [];
      list.push(event);
      groups.set(group, list);
    }
  }
  const days = [...groups.keys()].sort();
  return html`${
    earlier
      ? html`<p class="earlier">
          <button type="button" class="text-button" @click=${h.onShowEarlier}>
            ${m.showEarlier(earlier)}
          </button>
        </p>`
      : nothing
  }
  ${days.length === 0 ? renderEmpty(h, index, m) : nothing}
  ${
    days.length
      ? html`<ol class="agenda" part="list">
          ${days.map(
            (day) =>
              html`<li class="agenda-day ${day === today ? 'is-today' : ''}" data-day=${day}>
                ${heading(
                  h.levelBelow(1),
                  { class: 'agenda-date' },
                  capitalize(
                    dayLabel(day, h.uiLang, parseDayKey(day).year !== parseDayKey(today).year),
                  ),
                )}
                <ul class="agenda-events">
                  ${groups.get(day)!.map((event) => html`<li>${renderSummary(h, event, index, h.levelBelow(2))}</li>`)}
                </ul>
              </li>`,
          )}
        </ol>`
      : nothing
  }`;
}

/** No event in the range shown: says so (filtered or not) and offers the next event's day. */
export function renderEmpty(h: CalendarHost, index: FeedIndex, m: CalendarMessages) {
  const picked = h.feedController.selection;
  const filtered = Boolean(
    picked.territory || picked.theme || picked.network || h.attendanceChoice,
  );
  const week = h.weekMode;
  const end = startOfDay(addDays(h.shownRange()[1], 1), h.zone);
  const next = h.query.eventsBetween(index, end).find((event) => Date.parse(event.start) >= end);
  const nextDay = next ? eventDays(next)[0]! : undefined;
  const empty = week
    ? filtered
      ? m.emptyFilteredWeek
      : m.emptyWeek
    : filtered
      ? m.emptyFiltered
      : m.emptyMonth;
  return html`<div class="empty">
    <p>${empty}</p>
    ${
      nextDay
        ? html`<p>
            <button type="button" class="text-button" data-day=${nextDay} @click=${h.onJumpTo}>
              ${m.nextEventOn(dayLabel(nextDay, h.uiLang))}
            </button>
          </p>`
        : nothing
    }
  </div>`;
}
