/**
 * The week's time grid (`view="week"`): loaded on demand by the calendar, with its styles, so a
 * page showing a month or a list does not pay for it.
 */
import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedEvent } from '../data/schema.js';
import { formatDate, formatTime } from '../i18n/format.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { dayOf, dayToDate, type DayKey } from '../data/event-dates.js';
import { rangeIn } from '../data/event-text.js';
import { calendarMessages } from './messages.js';
import { itemKey, layoutWeek, type WeekItem, type WeekLayout } from './week-layout.js';

/** What the calendar gives the week view to draw. */
export interface WeekViewContext {
  /** The events that pass the filters around the week (any order). */
  events: readonly FeedEvent[];
  days: readonly DayKey[];
  /** The visitor's zone: times and columns. */
  zone: string;
  lang: Lang;
  now: number;
  index: FeedIndex;
  /** The `aria-level` of the day headings. */
  level: number;
  /** The item holding the roving tab stop (see `itemKey`), if the visitor moved it. */
  focusKey?: string;
  onOpen: (event: FeedEvent, from: HTMLElement) => void;
  onFocusKey: (key: string) => void;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** "UTC+2": said beside the times of a day the clocks change (2 h 30 happens twice in October). */
function offsetName(instant: number, lang: Lang, zone: string): string {
  const key = `${lang}|${zone}`;
  let format = offsetFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    });
    offsetFormats.set(key, format);
  }
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** A wall-clock time from minutes after midnight: "9 h 30", "9:30" ("24 h" for the next midnight). */
function clock(minutes: number, lang: Lang): string {
  const hour = Math.floor(minutes / 60);
  const minute = Math.floor(minutes % 60);
  if (lang === 'fr')
    return minute ? `${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}` : `${hour}\u00a0h`;
  return hour === 24 ? '24:00' : formatTime(Date.UTC(2000, 0, 1, hour, minute), lang, 'UTC');
}

/**
 * "9 h – 10 h 30", from the slot's wall-clock minutes (no time-zone lookup per event); with the
 * UTC offset on a day the clocks change ("2 h 30 UTC+2").
 */
function timeRange(
  item: WeekItem & { kind: 'timed' },
  ctx: WeekViewContext,
  clocksChange: boolean,
) {
  const time = (instant: number, minutes: number) => {
    if (!clocksChange) return clock(minutes, ctx.lang);
    const shown = formatTime(instant, ctx.lang, ctx.zone);
    // A time the clock shows twice (the hour repeated in October) says its offset.
    const twice = [instant - 36e5, instant + 36e5].some(
      (other) => formatTime(other, ctx.lang, ctx.zone) === shown,
    );
    return twice ? `${shown}\u00a0${offsetName(instant, ctx.lang, ctx.zone)}` : shown;
  };
  const start = item.continued ? '…' : time(item.start, item.top);
  if (item.end <= item.start) return start;
  return `${start} – ${item.continues ? '…' : time(item.end, item.bottom)}`;
}

function move(event: KeyboardEvent, layout: WeekLayout, ctx: WeekViewContext): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
  if (!button) return;
  const keys = layout.order.map(itemKey);
  const at = keys.indexOf(button.dataset.key!);
  let to: number;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      to = Math.min(keys.length - 1, at + 1);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      to = Math.max(0, at - 1);
      break;
    case 'Home':
      to = 0;
      break;
    case 'End':
      to = keys.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  const root = button.closest('.week')!;
  const target = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(keys[to]!)}"]`);
  if (!target || target === button) return;
  button.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
  ctx.onFocusKey(keys[to]!);
}

/** The week grid: day headings, the band of all-day and multi-day events, the time grid. */
export function renderWeek(ctx: WeekViewContext) {
  const { days, lang, index } = ctx;
  const m = calendarMessages(lang);
  const layout = layoutWeek(ctx.events, days, ctx.zone, ctx.now);
  const today = days.indexOf(dayOf(ctx.now, ctx.zone));
  const keys = layout.order.map(itemKey);
  const upcoming = layout.order.findIndex((item) => item.end >= ctx.now);
  const focusKey =
    ctx.focusKey && keys.includes(ctx.focusKey) ? ctx.focusKey : keys[Math.max(0, upcoming)];
  const dayLabels = days.map((day) =>
    formatDate(dayToDate(day), lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }),
  );
  const { from, to } = layout.axis;
  const hours: number[] = [];
  for (let minute = from; minute <= to; minute += 60) hours.push(minute);
  const onKeydown = (event: KeyboardEvent) => move(event, layout, ctx);
  const onClick = (event: MouseEvent) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    const item = button && layout.order[keys.indexOf(button.dataset.key!)];
    if (!button || !item) return;
    ctx.onFocusKey(button.dataset.key!);
    ctx.onOpen(item.event, button);
  };

  const color = (event: FeedEvent) => index.networks.get(event.network)?.color;
  const title = (item: WeekItem) => {
    const part = item.part === undefined ? undefined : item.event.parts?.[item.part];
    const status = item.event.status ? m.status(item.event.status) : '';
    return html`${status ? html`<span class="visually-hidden">${status} : </span>` : nothing}<span
        class="slot-title"
        lang=${ifDefined(langOf(item.event.title, lang))}
        >${localize(item.event.title, lang)}</span
      >${
        part
          ? html`<span class="slot-part" lang=${ifDefined(langOf(part.title, lang))}
              >${localize(part.title, lang)}</span
            >`
          : nothing
      }`;
  };
  const button = (item: WeekItem, key: string, label: unknown, short = false) =>
    html`<button
      type="button"
      class="slot-button status-${item.event.status ?? 'scheduled'} ${item.continued ? 'continued' : ''} ${item.continues ? 'continues' : ''} ${short ? 'short' : ''}"
      data-key=${key}
      data-event=${item.event.id}
      tabindex=${key === focusKey ? '0' : '-1'}
      aria-describedby="details-hint"
    >
      ${label}
    </button>`;

  return html`<div
    class="week"
    part="week"
    style=${cssProps({
      '--_hours': String((to - from) / 60),
      '--_band-rows': String(Math.max(1, layout.bandRows)),
    })}
    @keydown=${onKeydown}
    @click=${onClick}
  >
    <div class="week-row week-head">
      <span class="week-corner"></span>
      ${days.map(
        (day, i) =>
          html`<div
            class="week-day ${i === today ? 'is-today' : ''}"
            role="heading"
            aria-level=${ctx.level}
            id="week-day-${i}"
            aria-current=${i === today ? 'date' : nothing}
          >
            <span class="visually-hidden">${dayLabels[i]}</span>
            <span aria-hidden="true" class="week-day-name"
              >${formatDate(dayToDate(day), lang, { weekday: 'short', timeZone: 'UTC' })}</span
            >
            <span aria-hidden="true" class="week-day-number">${Number(day.slice(8))}</span>
          </div>`,
      )}
    </div>
    <div class="week-row week-band">
      <span class="week-band-label" aria-hidden="true">${m.allDayShort}</span>
      ${
        layout.band.length
          ? html`<ul class="band-list" aria-label=${m.allDayAndMultiDay}>
              ${layout.band.map((item) => {
                const key = itemKey(item);
                return html`<li
                  class="band-item"
                  style=${cssProps({
                    '--_gc': `${item.first + 2} / ${item.last + 3}`,
                    '--_gr': String(item.row + 1),
                    '--_net': color(item.event),
                  })}
                >
                  ${button(
                    item,
                    key,
                    html`<span class="visually-hidden"
                        >${rangeIn(
                          item.part === undefined
                            ? item.event
                            : {
                                ...item.event.parts![item.part]!,
                                allDay: item.event.allDay,
                                timeZone: item.event.timeZone,
                              },
                          lang,
                          ctx.zone,
                          ctx.now,
                        )}, </span
                      >${item.continued ? html`<span class="mark" aria-hidden="true">…</span>` : nothing}${title(item)}`,
                  )}
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </div>
    <div class="week-row week-body">
      <div class="week-axis" aria-hidden="true">
        ${hours.map(
          (minute) =>
            html`<span class="hour" style=${cssProps({ '--_t': String((minute - from) / 60) })}
              >${clock(minute, lang)}</span
            >`,
        )}
      </div>
      ${days.map((_, i) => {
        const slots = layout.slots.filter((slot) => slot.column === i);
        return html`<div class="week-col ${i === today ? 'is-today' : ''}">
          ${
            slots.length
              ? html`<ul class="slot-list" aria-labelledby="week-day-${i}">
                  ${slots.map((slot) => {
                    const key = itemKey(slot);
                    const top = Math.max(0, slot.top - from) / 60;
                    const height = Math.max(slot.bottom - slot.top, 30) / 60;
                    return html`<li
                      class="slot"
                      style=${cssProps({
                        '--_t': String(top),
                        '--_h': String(height),
                        '--_l': String(slot.lane),
                        '--_n': String(slot.lanes),
                        '--_net': color(slot.event),
                      })}
                    >
                      ${button(
                        slot,
                        key,
                        html`<span class="visually-hidden">${dayLabels[i]}, </span
                          ><span class="slot-time"
                            >${timeRange(slot, ctx, layout.clocksChange[i]!)}</span
                          >
                          ${title(slot)}`,
                        height < 0.75,
                      )}
                    </li>`;
                  })}
                </ul>`
              : nothing
          }
          ${
            layout.now?.column === i
              ? html`<span
                  class="now"
                  aria-hidden="true"
                  style=${cssProps({ '--_t': String((layout.now.minute - from) / 60) })}
                ></span>`
              : nothing
          }
        </div>`;
      })}
    </div>
  </div>`;
}

export const weekStyles = css`
  .week {
    --_hour: var(--tis-calendar-hour-height, 3rem);
    --_axis: 3.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .week-row {
    display: grid;
    grid-template-columns: var(--_axis) repeat(7, minmax(0, 1fr));
  }
  .week-head {
    background: var(--_surface-alt);
    border-bottom: 1px solid var(--_border);
  }
  .week-day {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: 0.25rem 0.125rem;
    font-size: 0.8125rem;
    color: var(--_muted);
    font-weight: 600;
  }
  .week-day-number {
    display: inline-grid;
    place-items: center;
    min-width: min(1.75rem, 100%);
    height: 1.75rem;
    border-radius: 999px;
    font-size: 0.9375rem;
    color: var(--_text);
  }
  .week-day.is-today .week-day-number {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .week-band {
    grid-auto-rows: minmax(1.75rem, auto);
    min-height: 1.75rem;
    padding-block: 0.125rem;
    border-bottom: 1px solid var(--_border);
  }
  .week-band-label {
    grid-column: 1;
    grid-row: 1 / span var(--_band-rows);
    align-self: center;
    padding-inline: 0.25rem;
    font-size: 0.75rem;
    color: var(--_muted);
    text-align: end;
  }
  .band-list {
    display: contents;
    list-style: none;
  }
  .band-item {
    grid-column: var(--_gc);
    grid-row: var(--_gr);
    min-width: 0;
    padding: 1px 2px;
  }
  .week-body {
    height: calc(var(--_hours) * var(--_hour));
    box-sizing: content-box;
    padding-block: 0.5rem;
  }
  .week-axis,
  .week-col {
    position: relative;
    /* A week switch lays out each column on its own (no paint containment: focus rings show). */
    contain: layout style;
  }
  .hour {
    position: absolute;
    inset-inline: 0 0.375rem;
    top: calc(var(--_t) * var(--_hour));
    transform: translateY(-50%);
    font-size: 0.75rem;
    color: var(--_muted);
    text-align: end;
    white-space: nowrap;
  }
  .week-col {
    border-inline-start: 1px solid var(--_border);
    background-image: repeating-linear-gradient(
      to bottom,
      var(--_border) 0 1px,
      transparent 1px var(--_hour)
    );
  }
  .week-col.is-today {
    background-color: color-mix(in srgb, var(--_primary) 6%, transparent);
  }
  .slot-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .slot {
    contain: layout style;
    position: absolute;
    top: calc(var(--_t) * var(--_hour));
    height: calc(var(--_h) * var(--_hour));
    left: calc(100% * var(--_l) / var(--_n));
    width: calc(100% / var(--_n));
    box-sizing: border-box;
    padding: 1px;
  }
  .slot-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    min-width: 0;
    margin: 0;
    padding: 0.0625rem 0.25rem;
    overflow: hidden;
    border: 0;
    border-inline-start: 3px solid var(--_net, var(--_primary));
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.75rem;
    line-height: 1.3;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  /* Under 45 minutes: time and title on one line, cut with an ellipsis (the name is whole). */
  .band-item .slot-button,
  .slot-button.short {
    display: block;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .slot-button:hover .slot-title {
    text-decoration: underline;
  }
  .slot-button:focus-visible {
    position: relative;
    z-index: 2;
  }
  .slot-button.continued {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .slot-time,
  .mark {
    font-weight: 700;
  }
  .short .slot-time {
    margin-inline-end: 0.25rem;
  }
  .mark {
    margin-inline-end: 0.25rem;
  }
  .slot-part {
    display: block;
    color: var(--_muted);
  }
  .band-item .slot-part,
  .short .slot-part {
    display: inline;
    margin-inline-start: 0.375rem;
  }
  .slot-button.status-cancelled .slot-title {
    text-decoration: line-through;
  }
  .now {
    position: absolute;
    inset-inline: 0;
    top: calc(var(--_t) * var(--_hour));
    z-index: 1;
    border-top: 2px solid var(--_accent);
    pointer-events: none;
  }
  .now::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.3125rem;
    top: -0.3125rem;
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    .slot-button {
      border: 1px solid CanvasText;
      border-inline-start-width: 3px;
    }
    .week-day.is-today .week-day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .now,
    .now::before {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
    }
    .now {
      background: transparent;
    }
  }
`;
