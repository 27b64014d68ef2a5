import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps } from '../shared/css-props.js';
import { flag } from '../shared/flag.js';
import type { FeedIndex } from '../data/queries.js';
import type { FeedNeed, NeedStatus } from '../data/shards.js';
import type {
  AttendanceMode,
  FeedEvent,
  FeedEventPart,
  Territory,
  Transition,
} from '../data/schema.js';
import { TRANSITIONS } from '../data/schema.js';
import { toSafeUrl } from '../data/url.js';
import { formatDate, formatTime } from '../i18n/format.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { VERSION } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-controller.js';
import { heading, type HeadingAttributes } from '../shared/heading.js';
import { feedStateStyles, tokens } from '../shared/styles.js';
import {
  addDays,
  addMonths,
  dayOf,
  dayToDate,
  daysInMonth,
  eventDays,
  eventZone,
  firstOfMonth,
  monthKey,
  monthWeeks,
  parseDayKey,
  parseMonth,
  startOfDay,
  weekdayIndex,
  type DayKey,
} from '../data/event-dates.js';
import { narrowScope } from '../data/scope.js';
import { calendarStyles } from './event-calendar.styles.js';
import { TisEventOpenEvent } from './events.js';
import {
  eventTimes,
  networkName,
  occurrenceOn,
  placeText,
  rangeIn,
  visitorZone,
} from '../data/event-text.js';
import {
  buildIcs,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  separateParts,
  toIcsEvents,
  toWebcalUrl,
  type IcsEvent,
} from '../data/ics.js';
import { calendarMessages, type CalendarMessages } from './messages.js';

export type CalendarView = 'month' | 'list';

/** What the dialog shows: one event, or every event of one day. */
type DialogContent = { kind: 'event'; event: FeedEvent } | { kind: 'day'; day: DayKey };

/** The choices the filters offer, and what they were computed from. */
interface FilterOptions {
  index: FeedIndex | undefined;
  key: string;
  territories: Territory[];
  networks: string[];
  themeIds: Set<string>;
}

/** The host is narrower than this (px): the list view is the default. */
const NARROW_WIDTH = 560;
/** Chips shown in a month cell before "+N more". */
const CHIPS_PER_DAY = 3;
/** Colour-scheme values of the shared `theme` attribute: never a theme filter. */
const COLOR_SCHEMES = new Set(['dark', 'light', 'auto']);

/** One event with its times, parsed once. */
interface Timed {
  event: FeedEvent;
  start: number;
  end: number;
}

/**
 * Every event of a feed with its times, earliest first (ties in feed order): sorted once per feed
 * index, so showing a month scans numbers instead of filtering and sorting the feed again.
 */
const timelines = new WeakMap<FeedIndex, Timed[]>();

function timelineOf(index: FeedIndex): Timed[] {
  let timeline = timelines.get(index);
  if (!timeline) {
    timeline = index.feed.events
      .map((event) => ({ event, start: Date.parse(event.start), end: Date.parse(event.end) }))
      .sort((a, b) => a.start - b.start);
    timelines.set(index, timeline);
  }
  return timeline;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/**
 * The calendar of the campaign's events, from every network: a month grid, an agenda list, or
 * one event as a card. Each event offers an `.ics` download and Google / Outlook links; the
 * calendar can offer an iCalendar subscription.
 *
 * @summary Cross-network event calendar: month grid, agenda list or single-event card.
 * @tag tis-event-calendar
 *
 * @slot - Fallback content (e.g. a link to the campaign agenda), shown while loading and on error.
 *
 * @csspart toolbar - The heading, navigation and view switch.
 * @csspart heading - The month and year heading.
 * @csspart nav-button - The previous, today and next buttons.
 * @csspart filters - The filter controls.
 * @csspart grid - The month grid (`<table role="grid">`).
 * @csspart day - A day cell of the grid.
 * @csspart chip - An event in a day cell.
 * @csspart list - The agenda list.
 * @csspart event - An event summary in the list, the day view or the card.
 * @csspart card - The single-event card.
 * @csspart dialog - The details dialog.
 * @csspart add-to-calendar - The add-to-calendar links.
 * @csspart subscribe - The subscription links.
 * @csspart error - The box shown when the feed cannot be read (the initiative feed's look, sized to its content).
 *
 * @cssprop [--tis-color-primary=#000091] - Headings, buttons, today marker.
 * @cssprop [--tis-color-on-primary=#ffffff] - Text on primary surfaces.
 * @cssprop [--tis-color-accent=#c9191e] - Cancelled and full labels.
 * @cssprop [--tis-color-text=#161616] - Body text.
 * @cssprop [--tis-color-text-muted=#53575f] - Secondary text (times, places).
 * @cssprop [--tis-color-surface=#ffffff] - Background.
 * @cssprop [--tis-color-surface-alt=#f3f4f8] - Chips, outside days, headers.
 * @cssprop [--tis-color-border=#c9ccd6] - Grid lines and separators.
 * @cssprop [--tis-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--tis-radius=0.5rem] - Corner radius.
 * @cssprop [--tis-font-family=inherit] - Font (the host page's by default).
 * @cssprop [--tis-font-size=1rem] - Base font size.
 * @cssprop [--tis-calendar-min-height=24rem] - Height reserved before the feed arrives.
 *
 * @fires {TisLoadEvent} tis-load - The feed was loaded and rendered.
 * @fires {TisErrorEvent} tis-error - The feed could not be loaded.
 * @fires {TisSelectEvent} tis-select - The visitor changed the territory, theme or network filter.
 * @fires {TisEventOpenEvent} tis-event-open - The visitor opened an event's details.
 */
export class TisEventCalendar extends LitElement {
  static readonly version = VERSION;
  static override styles = [tokens, feedStateStyles, calendarStyles];

  private readonly feedController = new FeedController(this);
  private resizeObserver?: ResizeObserver;
  private readonly icsUrls = new Map<FeedEvent, { key: string; url: string }>();
  private readonly langController = new LangController(this);

  /** The interface language: the element's `lang`, else its closest ancestor's (reactive). */
  private get uiLang(): Lang {
    return this.langController.value;
  }
  private focusGridAfterRender = false;
  /** What gets focus once rendered, when the control that had it disappears. */
  private focusAfterRender?: () => HTMLElement | null | undefined;
  /** The visitor's filters last rendered, to announce the result when they change. */
  private filtersKey?: string;
  private returnFocusTo?: HTMLElement;

  @state() private narrow = false;
  @state() private chosenView?: CalendarView;
  /** First day of the month shown. */
  @state() private month?: DayKey;
  /** The grid cell holding the roving tab stop. */
  @state() private focusedDay?: DayKey;
  @state() private dialogContent?: DialogContent;
  @state() private showEarlier = false;
  @state() private attendanceChoice = '';
  /** Text of the polite live region: set on a visitor's navigation only. */
  @state() private announcement = '';
  /** The month asked for ahead of time (published feeds). */
  private prefetched?: DayKey;
  /** True once events were shown: later months load under the grid, not a skeleton. */
  private shownOnce = false;
  /** How far the data of the month shown is loaded (published feeds; complete otherwise). */
  private coverage?: NeedStatus;

  @query('dialog') private dialog?: HTMLDialogElement;

  private resolvedZone?: string;
  private matching?: { index: FeedIndex; key: string; events: Set<FeedEvent> };
  private options?: FilterOptions;

  /** Feed URL; ignored inside a `<tis-feed>`. Default: the campaign's public feed. */
  @property() src?: string;

  /** `lazy`: load the feed only when the calendar nears the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** `month` or `list`. Unset: list when the widget is narrower than 560 px, else month. */
  @property() view?: CalendarView;

  /** Show only this event, as a card (its feed id). */
  @property() event?: string;

  /** First month shown: `YYYY-MM` (or a full date). Default: the current month. */
  @property() from?: string;

  /** Only events in this territory or below it (`departement:29`). */
  @property() territory?: string;

  /** Only events with this theme id, or any theme of a transition (`ecologique`). */
  @property() theme?: string;

  /** Only events of this network (see `include-invited`). */
  @property() network?: string;

  /** Only events that can be attended this way: `in-person`, `online` (mixed events match both). */
  @property() attendance?: AttendanceMode;

  /** With `network`: also the events this network is invited to. */
  @flag @property({ type: Boolean, attribute: 'include-invited' }) includeInvited = false;

  /** Hide the visitor's filter controls. */
  @flag @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /**
   * An https URL of an iCalendar feed matching this calendar (published by the feed tools).
   * When set, a subscription link is shown, with its `webcal://` twin.
   */
  @property({ attribute: 'subscribe-url' }) subscribeUrl?: string;

  /** The current time in ms (default: `Date.now()`); for previews and tests. */
  @property({ type: Number }) now?: number;

  /** The visitor's IANA time zone (default: the browser's); for previews and tests. */
  @property({ attribute: 'visitor-time-zone' }) visitorTimeZone?: string;

  /**
   * Level of the month heading (and of the event card's), 2 to 6, to fit the page's outline;
   * the list's day headings sit one level below it, their events two.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_WIDTH;
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        const narrow = width < NARROW_WIDTH;
        // Re-rendering inside the observer's callback would resize the host again within the
        // same frame (a "ResizeObserver loop" error on the page): switch on the next frame.
        if (width > 0 && narrow !== this.narrow)
          requestAnimationFrame(() => {
            this.keepFocusAcrossViews();
            this.narrow = narrow;
          });
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const { url } of this.icsUrls.values()) URL.revokeObjectURL(url);
    this.icsUrls.clear();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Resolving the zone builds an Intl formatter: once per update, not once per cell and chip.
    this.resolvedZone = visitorZone(this.visitorTimeZone);
    if (this.month === undefined || changed.has('from')) {
      const today = this.today;
      this.month = parseMonth(this.from) ?? firstOfMonth(today);
      this.focusedDay = monthKey(today) === monthKey(this.month) ? today : this.month;
      this.showEarlier = false;
    }
    // A published feed: the month shown (and, when idle, the next) is asked for before render.
    this.coverage = this.feedController.index ? this.loadShown() : undefined;
    this.announceFilters();
  }

  /**
   * A status message when the visitor's filters change (here or in another widget of the same
   * `<tis-feed>`): the month's result, once, so an emptied grid is not silent (WCAG 4.1.3).
   */
  private announceFilters(): void {
    const index = this.feedController.index;
    if (!index || this.event) return;
    const { territory, theme, network } = this.feedController.selection;
    const key = JSON.stringify([territory, theme, network, this.attendanceChoice]);
    const previous = this.filtersKey;
    this.filtersKey = key;
    if (previous === undefined || previous === key) return;
    const m = calendarMessages(this.uiLang);
    const count = this.countInMonth(index, this.month!);
    const filtered = JSON.parse(key).some(Boolean);
    this.announcement =
      count || !filtered ? m.monthAnnounce(this.monthLabel(this.month!), count) : m.emptyFiltered;
  }

  /**
   * Before the automatic switch between grid and list (a resize): the day that has focus in
   * the view about to disappear gets it in the new one (its cell, or its first event).
   */
  private keepFocusAcrossViews(): void {
    if (this.chosenView ?? this.view) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const day = active?.closest<HTMLElement>('[data-day]')?.dataset.day;
    if (!active || !day || !active.closest('.grid, .agenda')) return;
    this.focusedDay = day;
    this.focusAfterRender = () =>
      this.currentView === 'month'
        ? this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')
        : this.firstEventFrom(day);
  }

  /** The details button of the first listed event on or after `day`, else the month heading. */
  private firstEventFrom(day: DayKey): HTMLElement | null {
    const days = [...this.renderRoot.querySelectorAll<HTMLElement>('.agenda-day[data-day]')];
    const at = days.find((li) => li.dataset.day! >= day) ?? days.at(-1);
    return at?.querySelector<HTMLElement>('.title-button') ?? this.headingForFocus();
  }

  /** The month heading, focusable by script only: where focus goes when nothing else fits. */
  private headingForFocus(): HTMLElement | null {
    const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
    heading?.setAttribute('tabindex', '-1');
    return heading;
  }

  override updated(): void {
    const target = this.focusAfterRender?.();
    this.focusAfterRender = undefined;
    target?.focus();
    if (this.focusGridAfterRender) {
      this.focusGridAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  private get nowMs(): number {
    return this.now ?? Date.now();
  }

  private get zone(): string {
    return this.resolvedZone ?? visitorZone(this.visitorTimeZone);
  }

  private get today(): DayKey {
    return dayOf(this.nowMs, this.zone);
  }

  private get currentView(): CalendarView {
    const asked = this.chosenView ?? this.view;
    if (asked === 'month' || asked === 'list') return asked;
    return this.narrow ? 'list' : 'month';
  }

  /** The page's scope narrowed by the visitor's selection; `null` when they exclude each other. */
  private filterOf(
    index: FeedIndex,
  ): { territory?: string; theme?: string; network?: string } | null {
    const scopeTheme = this.theme && !COLOR_SCHEMES.has(this.theme) ? this.theme : undefined;
    return narrowScope(
      index,
      { territory: this.territory, theme: scopeTheme, network: this.network },
      this.feedController.selection,
    );
  }

  /** Events overlapping [from, to) that pass every filter, earliest first. */
  private eventsBetween(index: FeedIndex, from?: number, to?: number): FeedEvent[] {
    const filter = this.filterOf(index);
    if (!filter) return [];
    const { network, ...rest } = filter;
    const attendance = this.attendanceChoice || this.attendance;
    return index.filterEvents({ ...rest, from, to }).filter((event) => {
      if (network && event.network !== network) {
        if (!this.includeInvited || !(event.invitedNetworks ?? []).includes(network)) return false;
      }
      if (attendance && attendance !== 'mixed') {
        const mode = event.attendance;
        if (mode !== attendance && mode !== 'mixed') return false;
      }
      return true;
    });
  }

  /**
   * The events that pass the filters, whatever their dates (`undefined`: no filter, all of them).
   * Kept until the filters or the data change.
   */
  private matchingEvents(index: FeedIndex): Set<FeedEvent> | undefined {
    const filter = this.filterOf(index);
    const attendance = this.attendanceChoice || this.attendance;
    if (filter && !filter.territory && !filter.theme && !filter.network && !attendance)
      return undefined;
    const key = JSON.stringify([filter, attendance, this.includeInvited]);
    if (this.matching?.index !== index || this.matching.key !== key)
      this.matching = { index, key, events: new Set(this.eventsBetween(index)) };
    return this.matching.events;
  }

  /** Events placed on the days of [first, last] (day keys), in each event's own zone. */
  private eventsByDay(index: FeedIndex, first: DayKey, last: DayKey): Map<DayKey, FeedEvent[]> {
    // A day away on both sides: the zones of the events may be ahead of or behind the visitor's.
    const from = startOfDay(addDays(first, -1), this.zone);
    const to = startOfDay(addDays(last, 2), this.zone);
    const matching = this.matchingEvents(index);
    const byDay = new Map<DayKey, FeedEvent[]>();
    for (const { event, start, end } of timelineOf(index)) {
      if (start >= to) break;
      if (end < from || (matching && !matching.has(event))) continue;
      for (const day of eventDays(event)) {
        if (day < first || day > last) continue;
        const list = byDay.get(day);
        if (list) list.push(event);
        else byDay.set(day, [event]);
      }
    }
    return byDay;
  }

  /** The events a month shows (its grid spills a week either side), as a published-feed need. */
  private monthNeed(month: DayKey): FeedNeed {
    const start = Date.parse(`${month}T00:00:00Z`);
    return { events: { from: start - 7 * 864e5, to: start + 38 * 864e5 } };
  }

  /** Loads the month shown (every month for a single-event card); true while it is on its way. */
  private loadShown(): NeedStatus {
    const coverage = this.feedController.need(
      this.event ? { events: 'all' } : this.monthNeed(this.month!),
    );
    if (coverage.complete && !this.event) this.prefetchNext(addMonths(this.month!, 1));
    return coverage;
  }

  /** Asks for the next month when the browser is idle, so "next month" shows at once. */
  private prefetchNext(month: DayKey): void {
    if (this.prefetched === month) return;
    this.prefetched = month;
    const idle =
      globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => {
      if (this.isConnected) this.feedController.need(this.monthNeed(month));
    });
  }

  private monthRange(): [DayKey, DayKey] {
    const { year, month } = parseDayKey(this.month!);
    return [
      this.month!,
      `${this.month!.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`,
    ];
  }

  private monthLabel(month: DayKey): string {
    return capitalize(
      formatDate(dayToDate(month), this.uiLang, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
  }

  private dayLabel(day: DayKey, withYear = true): string {
    return formatDate(dayToDate(day), this.uiLang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
  }

  private countInMonth(index: FeedIndex, month: DayKey): number {
    const [first, last] = [month, addDays(addMonths(month, 1), -1)];
    const seen = new Set<FeedEvent>();
    for (const list of this.eventsByDay(index, first, last).values())
      for (const e of list) seen.add(e);
    return seen.size;
  }

  /** Shows another month; announces it when the visitor asked for it. */
  private goToMonth(day: DayKey, announce = true): void {
    const month = firstOfMonth(day);
    if (month === this.month) return;
    this.month = month;
    this.showEarlier = false;
    const index = this.feedController.index;
    if (announce && index) {
      this.announcement = calendarMessages(this.uiLang).monthAnnounce(
        this.monthLabel(month),
        this.countInMonth(index, month),
      );
    }
  }

  private readonly onPrevious = () => this.stepMonth(-1);
  private readonly onNext = () => this.stepMonth(1);

  private stepMonth(delta: number): void {
    const target = addMonths(this.month!, delta);
    this.goToMonth(target);
    this.focusedDay = monthKey(target) === monthKey(this.today) ? this.today : target;
  }

  private readonly onToday = () => {
    this.goToMonth(this.today);
    this.focusedDay = this.today;
  };

  private readonly onViewClick = (event: Event) => {
    const view = (event.currentTarget as HTMLElement).dataset.view as CalendarView;
    this.chosenView = view;
  };

  private readonly onGridKeydown = (event: KeyboardEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = cell.dataset.day!;
    let target: DayKey | undefined;
    switch (event.key) {
      case 'ArrowLeft':
        target = addDays(day, -1);
        break;
      case 'ArrowRight':
        target = addDays(day, 1);
        break;
      case 'ArrowUp':
        target = addDays(day, -7);
        break;
      case 'ArrowDown':
        target = addDays(day, 7);
        break;
      case 'Home':
        target = event.ctrlKey ? firstOfMonth(day) : addDays(day, -weekdayIndex(day));
        break;
      case 'End':
        target = event.ctrlKey
          ? addDays(addMonths(firstOfMonth(day), 1), -1)
          : addDays(day, 6 - weekdayIndex(day));
        break;
      case 'PageUp':
        target = addMonths(day, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        target = addMonths(day, event.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.openDay(day, cell);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.goToMonth(target);
    this.focusedDay = target;
    this.focusGridAfterRender = true;
  };

  private readonly onCellClick = (event: MouseEvent) => {
    const cell = event.currentTarget as HTMLElement;
    const day = cell.dataset.day!;
    this.focusedDay = day;
    if (monthKey(day) !== monthKey(this.month!)) {
      this.goToMonth(day);
      this.focusGridAfterRender = true;
      return;
    }
    this.openDay(day, cell);
  };

  private readonly onChipClick = (event: MouseEvent) => {
    event.stopPropagation();
    const chip = event.currentTarget as HTMLElement;
    const found = this.feedController.feed?.events.find((e) => e.id === chip.dataset.event);
    const cell = chip.closest<HTMLElement>('td');
    if (cell?.dataset.day) this.focusedDay = cell.dataset.day;
    if (found) this.openEvent(found, cell ?? undefined);
  };

  private readonly onDetailsClick = (event: MouseEvent) => {
    const button = event.currentTarget as HTMLElement;
    const found = this.feedController.feed?.events.find((e) => e.id === button.dataset.event);
    if (found) this.openEvent(found, button);
  };

  private readonly onDialogClose = () => {
    this.dialogContent = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  };

  private readonly onDialogClick = (event: MouseEvent) => {
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    if (event.target === this.dialog) this.dialog?.close();
  };

  private readonly onCloseClick = () => this.dialog?.close();

  private readonly onFilterChange = (event: Event) => {
    const select = event.currentTarget as HTMLSelectElement;
    const value = select.value || undefined;
    const key = select.name as 'territory' | 'theme' | 'network' | 'attendance';
    if (key === 'attendance') this.attendanceChoice = select.value;
    else this.feedController.select({ [key]: value });
    this.showEarlier = false;
  };

  private readonly onShowEarlier = () => {
    this.showEarlier = true;
    // The button disappears: the first event it revealed (the month's earliest) takes focus.
    this.focusAfterRender = () =>
      this.renderRoot.querySelector<HTMLElement>('.agenda .title-button');
  };

  private readonly onJumpTo = (event: Event) => {
    const day = (event.currentTarget as HTMLElement).dataset.day!;
    this.goToMonth(day);
    this.focusedDay = day;
    // The button disappears with the empty month: focus the target day, or its first event.
    if (this.currentView === 'month') this.focusGridAfterRender = true;
    else this.focusAfterRender = () => this.firstEventFrom(day);
  };

  private readonly onRetry = () => this.feedController.retry();

  private async openDialog(content: DialogContent, from?: HTMLElement): Promise<void> {
    this.returnFocusTo =
      from ?? ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? undefined;
    this.dialogContent = content;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-close')?.focus();
  }

  private openDay(day: DayKey, from?: HTMLElement): void {
    const index = this.feedController.index;
    const events = index ? (this.eventsByDay(index, day, day).get(day) ?? []) : [];
    if (events.length === 0) return;
    if (events.length === 1) {
      this.openEvent(events[0]!, from);
      return;
    }
    void this.openDialog({ kind: 'day', day }, from);
  }

  private openEvent(event: FeedEvent, from?: HTMLElement): void {
    void this.openDialog({ kind: 'event', event }, from);
    this.dispatchEvent(new TisEventOpenEvent(event));
  }

  /** The event's VEVENTs: one, or one per part when its parts fall on different days. */
  private icsOf(event: FeedEvent): IcsEvent[] {
    const index = this.feedController.index;
    const m = calendarMessages(this.uiLang);
    const extra: string[] = [];
    for (const part of event.parts ?? []) {
      extra.push(`${this.partTime(event, part)} : ${localize(part.title, this.uiLang)}`);
    }
    if (event.registrationUrl) extra.push(`${m.register} : ${event.registrationUrl}`);
    if (event.onlineUrl) extra.push(`${m.join} : ${event.onlineUrl}`);
    return toIcsEvents(event, { lang: this.uiLang, location: placeText(event, index), extra });
  }

  /** A `blob:` URL of the event's .ics file, made once per event and language (no request). */
  private icsUrl(event: FeedEvent): string {
    const key = `${this.uiLang}|${this.nowMs}`;
    const cached = this.icsUrls.get(event);
    if (cached && cached.key === key) return cached.url;
    if (cached) URL.revokeObjectURL(cached.url);
    const text = buildIcs(this.icsOf(event), { now: this.nowMs });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    this.icsUrls.set(event, { key, url });
    return url;
  }

  /** Builds the text of an event's `.ics` file (the same text the download link serves). */
  icsText(eventId: string): string | undefined {
    const event = this.feedController.feed?.events.find((e) => e.id === eventId);
    return event ? buildIcs(this.icsOf(event), { now: this.nowMs }) : undefined;
  }

  /** The level `offset` steps below the widget's own (`heading-level`, 2 to 6), at most 6. */
  private levelBelow(offset: number): number {
    const base = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return Math.min(6, base + offset);
  }

  /** A native heading of that level (`h2`…`h6`). */
  private heading(level: number, attrs: HeadingAttributes, content: unknown) {
    return heading(level, attrs, content);
  }

  private renderStatus(event: FeedEvent, m: CalendarMessages) {
    const label = event.status ? m.status(event.status) : '';
    return label ? html`<span class="badge badge-${event.status}">${label}</span>` : nothing;
  }

  private renderTitleText(event: FeedEvent) {
    const title = localize(event.title, this.uiLang);
    const lang = ifDefined(langOf(event.title, this.uiLang));
    return event.status === 'cancelled'
      ? html`<s class="title-text" lang=${lang}>${title}</s>`
      : html`<span class="title-text" lang=${lang}>${title}</span>`;
  }

  private renderTimes(event: FeedEvent) {
    const times = eventTimes(event, this.uiLang, this.zone, this.nowMs);
    return html`<p class="event-time">
      <span>${times.main}</span
      >${times.zone ? html` <span class="zone">(${times.zone})</span>` : nothing}
      ${times.local ? html`<span class="local">${times.local}</span>` : nothing}
    </p>`;
  }

  private renderMeta(event: FeedEvent, index: FeedIndex | undefined, m: CalendarMessages) {
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
          >${m.via(networkName(event.network, index, this.uiLang))}</span
        >${attendance ? html`<span class="sep" aria-hidden="true"> · </span><span class="attendance attendance-${event.attendance}">${attendance}</span>` : nothing}${
          place && event.attendance !== 'online'
            ? html`<span class="sep" aria-hidden="true"> · </span
                ><span class="place">${place}</span>`
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
                      lang=${ifDefined(langOf(theme.label, this.uiLang))}
                    >
                      ${localize(theme.label, this.uiLang)}
                    </li>`
                  : nothing;
              })}
            </ul>`
          : nothing
      }`;
  }

  /**
   * Title, time, network, attendance, themes, status. The heading's name is the status (once,
   * from its visible badge) and the title; "details" describes the button, outside the name.
   */
  private renderSummary(
    event: FeedEvent,
    index: FeedIndex | undefined,
    level: number,
    withButton: boolean,
  ) {
    const m = calendarMessages(this.uiLang);
    const status = this.renderStatus(event, m);
    const heading = html`${status}${status === nothing ? nothing : html`<span class="visually-hidden"> : </span>`}${
      withButton
        ? html`<button
            type="button"
            class="title-button"
            data-event=${event.id}
            @click=${this.onDetailsClick}
            aria-describedby="details-hint"
          >
            ${this.renderTitleText(event)}
          </button>`
        : this.renderTitleText(event)
    }`;
    const color = index?.networks.get(event.network)?.color;
    return html`<article
      class="event status-${event.status ?? 'scheduled'}"
      part="event"
      style=${cssProps(color ? { '--_net': color } : {})}
    >
      ${this.heading(level, { class: 'event-title' }, heading)} ${this.renderTimes(event)}
      ${this.renderMeta(event, index, m)}
    </article>`;
  }

  private renderLink(
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

  /** A part's time range, with its date unless every part is on the event's one day. */
  private partTime(event: FeedEvent, part: FeedEventPart): string {
    const zone = eventZone(event);
    if (eventDays(event).length === 1) {
      return `${formatTime(part.start, this.uiLang, zone)} – ${formatTime(part.end, this.uiLang, zone)}`;
    }
    return rangeIn({ ...part, timeZone: event.timeZone }, this.uiLang, zone, this.nowMs);
  }

  /** Description, invited networks, programme, links and add-to-calendar. */
  private renderDetails(event: FeedEvent, index: FeedIndex | undefined) {
    const m = calendarMessages(this.uiLang);
    const description = localize(event.description, this.uiLang);
    const invited = (event.invitedNetworks ?? []).map((id) => networkName(id, index, this.uiLang));
    const ics = this.icsOf(event);
    const title = localize(event.title, this.uiLang);
    return html`<div class="details">
      ${
        description
          ? html`<p class="description" lang=${ifDefined(langOf(event.description, this.uiLang))}>
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
                      <span class="part-time">${this.partTime(event, part)}</span>
                      <span class="part-title" lang=${ifDefined(langOf(part.title, this.uiLang))}
                        >${localize(part.title, this.uiLang)}</span
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
              ${this.renderLink(event.registrationUrl, m.register, m, 'button-link primary')}
              ${this.renderLink(event.onlineUrl, m.join, m)}
              ${this.renderLink(event.url, m.moreInfo, m)}
            </p>`
      }
      <div class="add" part="add-to-calendar" role="group" aria-label=${m.addToCalendar}>
        <span class="label" aria-hidden="true">${m.addToCalendar} :</span>
        <a class="add-link" href=${this.icsUrl(event)} download=${icsFileName(event)}
          >${m.downloadIcs}<span class="visually-hidden"> : ${title}</span></a
        >
        ${
          ics.length === 1
            ? html`${this.renderLink(googleCalendarUrl(ics[0]!), m.googleCalendar, m, 'add-link')}
              ${this.renderLink(outlookCalendarUrl(ics[0]!), m.outlookCalendar, m, 'add-link')}`
            : html`<ol class="add-parts">
                ${ics.map(
                  (part, index) =>
                    html`<li>
                      <span class="add-part-time"
                        >${this.partTime(event, separateParts(event)[index]!)}</span
                      >
                      ${this.renderLink(googleCalendarUrl(part), `${m.googleCalendar} (${index + 1}/${ics.length})`, m, 'add-link')}
                      ${this.renderLink(outlookCalendarUrl(part), `${m.outlookCalendar} (${index + 1}/${ics.length})`, m, 'add-link')}
                    </li>`,
                )}
              </ol>`
        }
      </div>
    </div>`;
  }

  private renderToolbar(m: CalendarMessages, view: CalendarView) {
    return html`<div class="toolbar" part="toolbar">
      ${this.heading(this.levelBelow(0), { class: 'heading', id: 'heading', part: 'heading' }, this.monthLabel(this.month!))}
      <div class="nav">
        <button
          type="button"
          class="nav-button"
          part="nav-button"
          aria-label=${m.previousMonth}
          @click=${this.onPrevious}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" class="nav-button today" part="nav-button" @click=${this.onToday}>
          ${m.today}
        </button>
        <button
          type="button"
          class="nav-button"
          part="nav-button"
          aria-label=${m.nextMonth}
          @click=${this.onNext}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="views" role="group" aria-label=${m.viewLabel}>
        ${(['month', 'list'] as const).map(
          (v) =>
            html`<button
              type="button"
              class="view-button"
              data-view=${v}
              aria-pressed=${view === v ? 'true' : 'false'}
              @click=${this.onViewClick}
            >
              ${v === 'month' ? m.viewMonth : m.viewList}
            </button>`,
        )}
      </div>
    </div>`;
  }

  /** `index` is undefined while loading: the same box is drawn, with empty choices. */
  /**
   * What the filters offer: every region, département, network and theme the events mention.
   * Scanning all the events takes a while; it is done again only when its inputs change.
   */
  private filterOptions(index: FeedIndex | undefined): FilterOptions {
    const key = JSON.stringify([this.includeInvited, this.territory, this.uiLang]);
    const cached = this.options;
    if (cached && cached.index === index && cached.key === key) return cached;
    const events = index?.feed.events ?? [];
    const territoryIds = new Set<string>();
    const networkIds = new Set<string>();
    const themeIds = new Set<string>();
    // Thousands of events name the same few hundred territories: walk each one's ancestors once.
    const seen = new Set<string>();
    const addTerritory = (id: string | undefined) => {
      if (!id || seen.has(id)) return;
      seen.add(id);
      for (const ancestor of index!.ancestors(id)) {
        const kind = index!.territories.get(ancestor)?.kind;
        if (kind === 'region' || kind === 'departement') territoryIds.add(ancestor);
      }
    };
    for (const event of events) {
      for (const id of event.territories ?? []) addTerritory(id);
      addTerritory(event.location?.territory);
      networkIds.add(event.network);
      if (this.includeInvited) for (const id of event.invitedNetworks ?? []) networkIds.add(id);
      for (const id of event.themes ?? []) themeIds.add(id);
    }
    const territories = [...territoryIds]
      .map((id) => index!.territories.get(id)!)
      .filter((t) => !this.territory || index!.isWithin(t.id, this.territory))
      .sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name, 'fr') : a.kind === 'region' ? -1 : 1,
      );
    const networks = [...networkIds].sort((a, b) =>
      networkName(a, index!, this.uiLang).localeCompare(networkName(b, index!, this.uiLang), 'fr'),
    );
    this.options = { index, key, territories, networks, themeIds };
    return this.options;
  }

  private renderFilters(index: FeedIndex | undefined, m: CalendarMessages) {
    if (this.hideFilters) return nothing;
    const picked = this.feedController.selection;
    const { territories, networks, themeIds } = this.filterOptions(index);
    const themesOf = (transition: Transition) =>
      [...themeIds].map((id) => index!.themes.get(id)).filter((t) => t?.transition === transition);
    const select = (
      name: string,
      label: string,
      value: string | undefined,
      all: string,
      options: TemplateResult[],
    ) =>
      html`<label class="filter">
        <span class="filter-label">${label}</span>
        <select name=${name} @change=${this.onFilterChange} .value=${value ?? ''}>
          <option value="" ?selected=${!value}>${all}</option>
          ${options}
        </select>
      </label>`;
    const option = (value: string, label: string, current: string | undefined) =>
      html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    const active = [picked.territory, picked.theme, picked.network, this.attendanceChoice].filter(
      Boolean,
    ).length;
    return html`<details class="filters-box" part="filters" ?open=${!this.narrow || active > 0}>
      <summary>
        ${m.filters}${active ? html` <span class="active-count">(${m.activeFilters(active)})</span>` : nothing}
      </summary>
      <div class="filters">
        ${
          this.territory && territories.length === 0
            ? nothing
            : select(
                'territory',
                m.filterTerritory,
                picked.territory,
                m.all,
                territories.map((t) => option(t.id, t.name, picked.territory)),
              )
        }
        ${select(
          'theme',
          m.filterTheme,
          picked.theme,
          m.all,
          TRANSITIONS.filter((t) => themesOf(t).length).map(
            (transition) =>
              html`<optgroup label=${m.transition(transition)}>
                ${option(transition, m.wholeTransition(m.transition(transition)), picked.theme)}
                ${themesOf(transition).map((t) => option(t!.id, localize(t!.label, this.uiLang), picked.theme))}
              </optgroup>`,
          ),
        )}
        ${
          this.network && !this.includeInvited
            ? nothing
            : select(
                'network',
                m.filterNetwork,
                picked.network,
                m.all,
                networks.map((id) =>
                  option(id, networkName(id, index!, this.uiLang), picked.network),
                ),
              )
        }
        ${
          this.attendance
            ? nothing
            : select('attendance', m.filterAttendance, this.attendanceChoice, m.allFem, [
                option('in-person', m.inPerson, this.attendanceChoice),
                option('online', m.online, this.attendanceChoice),
              ])
        }
      </div>
    </details>`;
  }

  /** `index` is undefined while loading: the same grid (its height depends on the month only), empty. */
  private renderMonth(index: FeedIndex | undefined, m: CalendarMessages) {
    const weeks = monthWeeks(this.month!);
    const first = weeks[0]![0]!;
    const last = weeks.at(-1)![6]!;
    const byDay = index ? this.eventsByDay(index, first, last) : new Map<DayKey, FeedEvent[]>();
    const currentMonth = monthKey(this.month!);
    const focused =
      this.focusedDay && monthKey(this.focusedDay) === currentMonth ? this.focusedDay : this.month!;
    const today = this.today;
    const weekdays = weeks[0]!.map((day) => ({
      short: formatDate(dayToDate(day), this.uiLang, { weekday: 'short', timeZone: 'UTC' }),
      long: formatDate(dayToDate(day), this.uiLang, { weekday: 'long', timeZone: 'UTC' }),
    }));
    return html`<table
        class="grid"
        role="grid"
        aria-labelledby="heading"
        part="grid"
        @keydown=${this.onGridKeydown}
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
                  const label = `${this.dayLabel(day)}, ${m.eventCount(events.length)}`;
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
                    @click=${this.onCellClick}
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
                                this.uiLang,
                                this.zone,
                              );
                              const color = index!.networks.get(event.network)?.color;
                              return html`<span
                                class="chip status-${event.status ?? 'scheduled'} ${continued ? 'continued' : ''} ${continues ? 'continues' : ''}"
                                part="chip"
                                data-event=${event.id}
                                style=${cssProps(color ? { '--_net': color } : {})}
                                @click=${this.onChipClick}
                                >${continued ? html`<span class="mark">…</span>` : time ? html`<span class="chip-time">${time}</span>` : nothing}
                                <span
                                  class="chip-title"
                                  lang=${ifDefined(langOf(event.title, this.uiLang))}
                                  >${localize(event.title, this.uiLang)}</span
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
      ${index && this.countInMonth(index, this.month!) === 0 ? this.renderEmpty(index, m) : nothing}`;
  }

  private renderList(index: FeedIndex, m: CalendarMessages) {
    const [first, last] = this.monthRange();
    const byDay = this.eventsByDay(index, first, last);
    const today = this.today;
    const isCurrent = monthKey(today) === monthKey(first);
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
        if (isCurrent && !this.showEarlier && lastDay < today) {
          earlier++;
          continue;
        }
        if (isCurrent && !this.showEarlier && group < today) group = today;
        const list = groups.get(group) ?? [];
        list.push(event);
        groups.set(group, list);
      }
    }
    const days = [...groups.keys()].sort();
    return html`${
      earlier
        ? html`<p class="earlier">
            <button type="button" class="text-button" @click=${this.onShowEarlier}>
              ${m.showEarlier(earlier)}
            </button>
          </p>`
        : nothing
    }
    ${days.length === 0 ? this.renderEmpty(index, m) : nothing}
    ${
      days.length
        ? html`<ol class="agenda" part="list">
            ${days.map(
              (day) =>
                html`<li class="agenda-day ${day === today ? 'is-today' : ''}" data-day=${day}>
                  ${this.heading(
                    this.levelBelow(1),
                    { class: 'agenda-date' },
                    capitalize(
                      this.dayLabel(day, parseDayKey(day).year !== parseDayKey(today).year),
                    ),
                  )}
                  <ul class="agenda-events">
                    ${groups.get(day)!.map((event) => html`<li>${this.renderSummary(event, index, this.levelBelow(2), true)}</li>`)}
                  </ul>
                </li>`,
            )}
          </ol>`
        : nothing
    }`;
  }

  private renderEmpty(index: FeedIndex, m: CalendarMessages) {
    const filtered = Boolean(
      this.feedController.selection.territory ||
      this.feedController.selection.theme ||
      this.feedController.selection.network ||
      this.attendanceChoice,
    );
    const monthEnd = startOfDay(addMonths(this.month!, 1), this.zone);
    const next = this.eventsBetween(index, monthEnd).find(
      (event) => Date.parse(event.start) >= monthEnd,
    );
    const nextDay = next ? eventDays(next)[0]! : undefined;
    return html`<div class="empty">
      <p>${filtered ? m.emptyFiltered : m.emptyMonth}</p>
      ${
        nextDay
          ? html`<p>
              <button type="button" class="text-button" data-day=${nextDay} @click=${this.onJumpTo}>
                ${m.nextEventOn(this.dayLabel(nextDay))}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderSubscribe(m: CalendarMessages) {
    const https = toSafeUrl(this.subscribeUrl);
    if (!https) return nothing;
    const webcal = toWebcalUrl(https);
    return html`<div class="subscribe" part="subscribe">
      <span class="label">${m.subscribe} :</span>
      ${webcal ? html`<a class="add-link" href=${webcal}>${m.subscribeWebcal}</a>` : nothing}
      <a class="add-link" href=${https}>${m.subscribeHttps}</a>
    </div>`;
  }

  private renderDialog(index: FeedIndex | undefined, m: CalendarMessages) {
    const content = this.dialogContent;
    let title = '';
    let titleLang: string | undefined;
    let body: unknown = nothing;
    if (content?.kind === 'event') {
      title = localize(content.event.title, this.uiLang);
      titleLang = langOf(content.event.title, this.uiLang);
      body = html`${this.renderTimes(content.event)}${this.renderStatus(content.event, m)}
      ${this.renderMeta(content.event, index, m)} ${this.renderDetails(content.event, index)}`;
    } else if (content?.kind === 'day' && index) {
      title = m.dayDialog(this.dayLabel(content.day));
      const events = this.eventsByDay(index, content.day, content.day).get(content.day) ?? [];
      body = html`<ul class="day-events">
        ${events.map((event) => html`<li>${this.renderSummary(event, index, 3, true)}</li>`)}
      </ul>`;
    }
    return html`<dialog
      class="dialog"
      part="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
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
          <button
            type="button"
            class="dialog-close"
            aria-label=${m.close}
            @click=${this.onCloseClick}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        ${body}
      </div>
    </dialog>`;
  }

  private renderCard(index: FeedIndex, m: CalendarMessages) {
    const event = index.feed.events.find((e) => e.id === this.event);
    if (!event)
      return html`<div class="root card-root" lang=${this.uiLang}>
        <p class="empty">${m.notFound}</p>
        <slot></slot>
      </div>`;
    const color = index.networks.get(event.network)?.color;
    return html`<article
      class="root card status-${event.status ?? 'scheduled'}"
      lang=${this.uiLang}
      part="card"
      style=${cssProps(color ? { '--_net': color } : {})}
    >
      ${this.heading(this.levelBelow(0), { class: 'card-title' }, html`${this.renderStatus(event, m)}${this.renderTitleText(event)}`)}
      ${this.renderTimes(event)} ${this.renderMeta(event, index, m)}
      ${this.renderDetails(event, index)}
    </article>`;
  }

  private renderState(m: CalendarMessages) {
    const state = this.feedController.state;
    const common = commonMessages(this.uiLang);
    if (state.status === 'error') {
      const reason = state.error?.messages[this.uiLang] ?? '';
      // The shared error box (feedStateStyles), sized to its content like the feed's.
      return html`<div class="root error state-error" part="error" lang=${this.uiLang}>
        <p class="error-title">${m.error}</p>
        ${reason ? html`<p class="error-detail">${reason}</p>` : nothing}
        <button type="button" class="nav-button" @click=${this.onRetry}>${common.retry}</button>
        <slot></slot>
      </div>`;
    }
    if (!this.event && this.currentView === 'month')
      // The month view's size is known before the data (toolbar, filters, weeks of the month):
      // an inert, muted copy of it is drawn so nothing shifts when the events arrive.
      return html`<div class="root is-loading" lang=${this.uiLang} aria-busy="true">
        <div class="skeleton" aria-hidden="true" inert>
          ${this.renderToolbar(m, 'month')} ${this.renderFilters(undefined, m)}
          ${this.renderMonth(undefined, m)}
        </div>
        <div class="visually-hidden">
          <p role="status">${common.loading}</p>
          <slot></slot>
        </div>
      </div>`;
    return html`<div
      class="root state state-loading ${this.event ? 'is-card' : ''}"
      lang=${this.uiLang}
      aria-busy="true"
    >
      <p class="state-message" role="status">${common.loading}</p>
      <slot></slot>
    </div>`;
  }

  override render() {
    const m = calendarMessages(this.uiLang);
    const index = this.feedController.index;
    const coverage = this.coverage;
    if (!index || !coverage) return this.renderState(m);
    const settled = coverage.loaded + coverage.failed.length >= coverage.total;
    if (!settled && !this.shownOnce) return this.renderState(m);
    this.shownOnce = true;
    if (this.event) return this.renderCard(index, m);
    const view = this.currentView;
    const state = this.feedController.state;
    const common = commonMessages(this.uiLang);
    return html`<section
      class="root calendar view-${view}"
      lang=${this.uiLang}
      aria-label=${m.calendar}
      aria-busy=${settled ? 'false' : 'true'}
    >
      ${this.renderToolbar(m, view)} ${this.renderFilters(index, m)}
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <span id="details-hint" hidden>${m.details}</span>
      ${
        state.stale && state.fetchedAt
          ? html`<p class="stale">
              ${common.staleSince(formatDate(state.fetchedAt, this.uiLang, { day: 'numeric', month: 'long', year: 'numeric' }))}
            </p>`
          : nothing
      }
      ${coverage.failed.length ? html`<p class="stale">${common.partMissing}</p>` : nothing}
      ${view === 'month' ? this.renderMonth(index, m) : this.renderList(index, m)}
      ${this.renderSubscribe(m)} ${this.renderDialog(index, m)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-event-calendar': TisEventCalendar;
  }
}
