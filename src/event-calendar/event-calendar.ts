import { html, nothing, type PropertyValues } from 'lit';
import { requestDataRender, scheduleInTurn } from '../shared/render-turns.js';
import { FlaggedElement } from '../shared/flag.js';
import { getFeedIndex, type FeedIndex } from '../data/queries.js';
import type { NeedStatus } from '../data/shards.js';
import type { AttendanceMode, FeedEvent } from '../data/schema.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { VERSION } from '../shared/define.js';
import { scriptError } from '../data/errors.js';
import { TisErrorEvent } from '../shared/events.js';
import { shardLoading } from '../data/shard-set.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-controller.js';
import { feedStateStyles, tokens } from '../shared/styles.js';
import {
  addDays,
  addMonths,
  dayOf,
  firstOfMonth,
  monthKey,
  parseMonth,
  type DayKey,
} from '../data/event-dates.js';
import { visitorZone } from '../data/event-text.js';
import { renderEmpty, renderList } from './agenda-view.js';
import type { CalendarHost, CalendarView, DialogContent } from './calendar-host.js';
import { CalendarQuery, monthNeed, monthRange, weekNeed } from './calendar-query.js';
import { renderDialog, renderSummary } from './details-view.js';
import { calendarStyles } from './event-calendar.styles.js';
import { TisEventOpenEvent } from './events.js';
import { renderFilters } from './filters-view.js';
import { GridKeyboardController } from './grid-keyboard.js';
import { monthLabel } from './labels.js';
import { calendarMessages, type CalendarMessages } from './messages.js';
import { renderMonth } from './month-view.js';
import { renderState } from './state-view.js';
import { renderSubscribe, renderToolbar } from './toolbar-view.js';
import { firstDayOfWeek, weekDays, weekStartOf, weekTitle } from './week-range.js';

export type { CalendarView } from './calendar-host.js';

type DetailsModule = typeof import('./details-body.js');
/**
 * An event's details, the single-event card and the `.ics` writer, loaded the first time a
 * visitor points at the calendar, focuses it or opens an event (or for an `event` card).
 */
let detailsModule: Promise<DetailsModule> | undefined;
type WeekModule = typeof import('./week-view.js');
/** The week's time grid and its styles, loaded the first time a week is shown. */
let weekModule: Promise<WeekModule> | undefined;

/** The host is narrower than this (px): the list view is the default. */
const NARROW_WIDTH = 560;

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
 * @csspart week - The week's time grid.
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
 * @cssprop [--tis-calendar-hour-height=3rem] - Height of one hour in the week's time grid.
 *
 * @fires {TisLoadEvent} tis-load - The feed was loaded and rendered.
 * @fires {TisErrorEvent} tis-error - The feed could not be loaded, or one of the calendar's lazily loaded parts (the week grid, the event details; `kind: "script"`).
 * @fires {TisSelectEvent} tis-select - The visitor changed the territory, theme or network filter.
 * @fires {TisEventOpenEvent} tis-event-open - The visitor opened an event's details.
 */
export class TisEventCalendar extends FlaggedElement implements CalendarHost {
  static readonly version = VERSION;
  static override styles = [tokens, feedStateStyles, calendarStyles];

  static override properties = {
    chosenView: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    month: { state: true, attribute: false },
    week: { state: true, attribute: false },
    focusedDay: { state: true, attribute: false },
    dialogContent: { state: true, attribute: false },
    showEarlier: { state: true, attribute: false },
    attendanceChoice: { state: true, attribute: false },
    src: {},
    loading: {},
    view: {},
    event: {},
    from: {},
    territory: {},
    theme: {},
    network: {},
    attendance: {},
    includeInvited: { type: Boolean, attribute: 'include-invited' },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    subscribeUrl: { attribute: 'subscribe-url' },
    now: { type: Number },
    visitorTimeZone: { attribute: 'visitor-time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** @internal */
  readonly feedController = new FeedController(this, {
    shards: shardLoading,
    index: getFeedIndex,
    turns: requestDataRender,
  });
  private resizeObserver?: ResizeObserver;
  private readonly langController = new LangController(this);
  /** @internal Which events the range and the filters give. */
  readonly query = new CalendarQuery(this);
  /** @internal The month grid's roving focus and keys. */
  readonly grid = new GridKeyboardController(
    this,
    (day) => {
      this.goToMonth(day);
      this.focusedDay = day;
    },
    (day, cell) => this.openDay(day, cell),
  );
  /** What gets focus once rendered, when the control that had it disappears. */
  private focusAfterRender?: () => HTMLElement | null | undefined;
  /** The visitor's filters last rendered, to announce the result when they change. */
  private filtersKey?: string;
  private returnFocusTo?: HTMLElement;
  /** The week grid's event holding the roving tab stop. */
  private weekFocus?: string;
  private weekView?: WeekModule;
  /** The week grid's module could not load: weeks are shown as lists. */
  private weekFailed = false;
  private details?: DetailsModule;
  /** The details' module could not load (network, CSP): the dialog shows what it has. */
  private detailsFailed = false;
  /** 1 = Monday … 7 = Sunday. */
  private firstDay = 1;
  /** The month asked for ahead of time (published feeds). */
  private prefetched?: DayKey;
  /** True once events were shown: later months load under the grid, not a skeleton. */
  private shownOnce = false;
  /** How far the data of the month shown is loaded (published feeds; complete otherwise). */
  private coverage?: NeedStatus;
  private resolvedZone?: string;

  private chosenView?: CalendarView;
  /** Text of the polite live region: set on a visitor's navigation only. */
  private announcement = '';

  /** @internal */
  narrow = false;
  /** @internal First day of the month shown. */
  month?: DayKey;
  /** @internal First day of the week shown (`view="week"`). */
  week?: DayKey;
  /** @internal The grid cell holding the roving tab stop. */
  focusedDay?: DayKey;
  /** @internal */
  dialogContent?: DialogContent;
  /** @internal */
  showEarlier = false;
  /** @internal */
  attendanceChoice = '';

  /** Feed URL; ignored inside a `<tis-feed>`. Default: the campaign's public feed. */
  src?: string;

  /** `lazy`: load the feed only when the calendar nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /**
   * `month`, `week` or `list`. Unset: list when the widget is narrower than 560 px, else month.
   * A narrow week shows the agenda list of that week.
   */
  view?: CalendarView;

  /** Show only this event, as a card (its feed id). */
  event?: string;

  /**
   * First month shown: `YYYY-MM` (or a full date: the week of that date with `view="week"`).
   * Default: the current month (week).
   */
  from?: string;

  /** Only events in this territory or below it (`departement:29`). */
  territory?: string;

  /** Only events with this theme id, or any theme of a transition (`ecologique`). */
  theme?: string;

  /** Only events of this network (see `include-invited`). */
  network?: string;

  /** Only events that can be attended this way: `in-person`, `online` (mixed events match both). */
  attendance?: AttendanceMode;

  /** With `network`: also the events this network is invited to. */
  includeInvited = false;

  /** Hide the visitor's filter controls. */
  hideFilters = false;

  /**
   * An https URL of an iCalendar feed matching this calendar (published by the feed tools).
   * When set, a subscription link is shown, with its `webcal://` twin.
   */
  subscribeUrl?: string;

  /** The current time in ms (default: `Date.now()`); for previews and tests. */
  now?: number;

  /** The visitor's IANA time zone (default: the browser's); for previews and tests. */
  visitorTimeZone?: string;

  /**
   * Level of the month heading (and of the event card's), 2 to 6, to fit the page's outline;
   * the list's day headings sit one level below it, their events two.
   */
  headingLevel = 2;

  /** @internal The interface language: the element's `lang`, else its closest ancestor's (reactive). */
  get uiLang(): Lang {
    return this.langController.value;
  }

  /** @internal */
  get nowMs(): number {
    return this.now ?? Date.now();
  }

  /** @internal */
  get zone(): string {
    return this.resolvedZone ?? visitorZone(this.visitorTimeZone);
  }

  /** @internal */
  get today(): DayKey {
    return dayOf(this.nowMs, this.zone);
  }

  /** @internal The visitor or the page asked for a week: the time grid, or the week's list when narrow. */
  get weekMode(): boolean {
    return (this.chosenView ?? this.view) === 'week';
  }

  private get currentView(): CalendarView {
    const asked = this.chosenView ?? this.view;
    if (asked === 'month' || asked === 'list') return asked;
    if (asked === 'week') return this.narrow || this.weekFailed ? 'list' : 'week';
    return this.narrow ? 'list' : 'month';
  }

  /** The event dialog, once rendered. */
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

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
    // The controllers let go too: the `.ics` URLs are revoked.
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** New data renders in turn with the page's other widgets (see shared/render-turns.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, () => super.scheduleUpdate());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Resolving the zone builds an Intl formatter: once per update, not once per cell and chip.
    this.resolvedZone = visitorZone(this.visitorTimeZone);
    this.firstDay = firstDayOfWeek(this.uiLang, this.closest('[lang]')?.getAttribute('lang'));
    if (this.month === undefined || changed.has('from')) {
      const today = this.today;
      this.month = parseMonth(this.from) ?? firstOfMonth(today);
      this.focusedDay = monthKey(today) === monthKey(this.month) ? today : this.month;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(this.from?.trim() ?? '')?.[0];
      this.week = weekStartOf(day ?? this.focusedDay, this.firstDay);
      this.showEarlier = false;
    }
    if (this.currentView === 'week') this.loadWeekView();
    // A published feed: the month shown (and, when idle, the next) is asked for before render.
    this.coverage = this.feedController.index ? this.loadShown() : undefined;
    this.announceFilters();
  }

  override updated(): void {
    const target = this.focusAfterRender?.();
    this.focusAfterRender = undefined;
    target?.focus();
  }

  /**
   * Builds the text of an event's `.ics` file (the same text the download link serves).
   * Asynchronous: the `.ics` writer is loaded with the details on first use.
   */
  async icsText(eventId: string): Promise<string | undefined> {
    const event = this.feedController.feed?.events.find((e) => e.id === eventId);
    const details = event && (await this.loadDetails());
    return event && details
      ? details.icsText(event, this.feedController.index, this.uiLang, this.nowMs)
      : undefined;
  }

  /** @internal The level `offset` steps below the widget's own (`heading-level`, 2 to 6), at most 6. */
  levelBelow(offset: number): number {
    const base = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return Math.min(6, base + offset);
  }

  /** @internal First and last day shown: the week's, or the month's. */
  shownRange(): [DayKey, DayKey] {
    return this.weekMode ? [this.week!, addDays(this.week!, 6)] : monthRange(this.month!);
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
    const [first, last] = this.shownRange();
    const count = this.query.countBetween(index, first, last);
    const filtered = JSON.parse(key).some(Boolean);
    this.announcement =
      count || !filtered
        ? this.weekMode
          ? m.weekAnnounce(weekTitle(first, last, this.uiLang), count)
          : m.monthAnnounce(monthLabel(this.month!, this.uiLang), count)
        : this.weekMode
          ? m.emptyFilteredWeek
          : m.emptyFiltered;
  }

  /**
   * Imports the event details once (dialog body, card, `.ics`) and draws again. A failure is
   * reported once (`tis-error`); the dialog then shows the event's time, place and themes.
   */
  private loadDetails(): Promise<DetailsModule | undefined> {
    detailsModule ??= import('./details-body.js');
    return detailsModule.then(
      (module) => {
        if (!this.details) {
          this.details = module;
          this.requestUpdate();
        }
        return module;
      },
      (error: unknown) => {
        // A later attempt (another click) may succeed, e.g. once back online.
        detailsModule = undefined;
        if (!this.detailsFailed) {
          this.detailsFailed = true;
          this.reportScriptError(error);
          this.requestUpdate();
        }
        return undefined;
      },
    );
  }

  /**
   * @internal The visitor moves the pointer over the calendar, presses it or focuses it: its
   * details will be wanted. (Not `pointerover`, which a pointer resting where the calendar
   * renders also fires, with no one reaching for it.)
   */
  readonly onIntent = () => {
    if (!this.details) void this.loadDetails();
  };

  /**
   * Imports the week's time grid once, adds its styles, and draws again. If it cannot load
   * (network, CSP), the week is shown as a list, as on a narrow screen, and one `tis-error` says so.
   */
  private loadWeekView(): void {
    if (this.weekView || this.weekFailed) return;
    weekModule ??= import('./week-view.js');
    weekModule.then(
      (module) => {
        const root = this.renderRoot as ShadowRoot;
        const sheet = module.weekStyles.styleSheet;
        if (sheet && !root.adoptedStyleSheets.includes(sheet))
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.weekView = module;
        this.requestUpdate();
      },
      (error: unknown) => {
        weekModule = undefined;
        if (this.weekFailed) return;
        this.weekFailed = true;
        this.reportScriptError(error);
        this.requestUpdate();
      },
    );
  }

  /** One of the calendar's own modules could not load: a `tis-error` naming it (if known). */
  private reportScriptError(error: unknown): void {
    this.dispatchEvent(new TisErrorEvent(scriptError(error)));
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

  /** Loads the month shown (every month for a single-event card); true while it is on its way. */
  private loadShown(): NeedStatus {
    const week = this.weekMode;
    const coverage = this.feedController.need(
      this.event ? { events: 'all' } : week ? weekNeed(this.week!) : monthNeed(this.month!),
    );
    if (coverage.complete && !this.event)
      this.prefetchNext(week ? addDays(this.week!, 7) : addMonths(this.month!, 1), week);
    return coverage;
  }

  /** Asks for the next month (week) when the browser is idle, so "next" shows at once. */
  private prefetchNext(first: DayKey, week: boolean): void {
    if (this.prefetched === first) return;
    this.prefetched = first;
    const idle =
      globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => {
      if (this.isConnected) this.feedController.need(week ? weekNeed(first) : monthNeed(first));
    });
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
        monthLabel(month, this.uiLang),
        this.query.countInMonth(index, month),
      );
    }
  }

  /** Shows another week; announces it when the visitor asked for it. */
  private goToWeek(start: DayKey, announce = true): void {
    if (start === this.week) return;
    this.week = start;
    this.weekFocus = undefined;
    this.month = firstOfMonth(addDays(start, 3));
    this.showEarlier = false;
    const index = this.feedController.index;
    if (announce && index) {
      const last = addDays(start, 6);
      this.announcement = calendarMessages(this.uiLang).weekAnnounce(
        weekTitle(start, last, this.uiLang),
        this.query.countBetween(index, start, last),
      );
    }
  }

  /** @internal */
  readonly onPrevious = () =>
    this.weekMode ? this.goToWeek(addDays(this.week!, -7)) : this.stepMonth(-1);
  /** @internal */
  readonly onNext = () =>
    this.weekMode ? this.goToWeek(addDays(this.week!, 7)) : this.stepMonth(1);

  private stepMonth(delta: number): void {
    const target = addMonths(this.month!, delta);
    this.goToMonth(target);
    this.focusedDay = monthKey(target) === monthKey(this.today) ? this.today : target;
  }

  /** @internal */
  readonly onToday = () => {
    if (this.weekMode) this.goToWeek(weekStartOf(this.today, this.firstDay));
    else this.goToMonth(this.today);
    this.focusedDay = this.today;
  };

  /** @internal */
  readonly onViewClick = (event: Event) => {
    const view = (event.currentTarget as HTMLElement).dataset.view as CalendarView;
    const wasWeek = this.weekMode;
    // The week shown holds the focused day of the month, and the month shown holds the week.
    if (view === 'week' && !wasWeek) {
      const inMonth = (day: DayKey) => monthKey(day) === monthKey(this.month!);
      const day = [this.focusedDay, this.today].find((d) => d && inMonth(d)) ?? this.month!;
      this.goToWeek(weekStartOf(day, this.firstDay), false);
    } else if (view !== 'week' && wasWeek) {
      this.goToMonth(addDays(this.week!, 3), false);
      this.focusedDay = addDays(this.week!, 3);
    }
    this.chosenView = view;
  };

  /** @internal */
  readonly onCellClick = (event: Event) => {
    const cell = event.currentTarget as HTMLElement;
    const day = cell.dataset.day!;
    this.focusedDay = day;
    if (monthKey(day) !== monthKey(this.month!)) {
      this.goToMonth(day);
      this.grid.focusPending = true;
      return;
    }
    this.openDay(day, cell);
  };

  /** @internal */
  readonly onChipClick = (event: Event) => {
    event.stopPropagation();
    const chip = event.currentTarget as HTMLElement;
    const found = this.feedController.feed?.events.find((e) => e.id === chip.dataset.event);
    const cell = chip.closest<HTMLElement>('td');
    if (cell?.dataset.day) this.focusedDay = cell.dataset.day;
    if (found) this.openEvent(found, cell ?? undefined);
  };

  /** @internal */
  readonly onDetailsClick = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const found = this.feedController.feed?.events.find((e) => e.id === button.dataset.event);
    if (found) this.openEvent(found, button);
  };

  /** @internal */
  readonly onDialogClose = () => {
    this.dialogContent = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
    else this.grid.focus();
  };

  /** @internal */
  readonly onDialogClick = (event: Event) => {
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    if (event.target === this.dialog) this.dialog?.close();
  };

  /** @internal */
  readonly onCloseClick = () => this.dialog?.close();

  /** @internal */
  readonly onFilterChange = (event: Event) => {
    const select = event.currentTarget as HTMLSelectElement;
    const value = select.value || undefined;
    const key = select.name as 'territory' | 'theme' | 'network' | 'attendance';
    if (key === 'attendance') this.attendanceChoice = select.value;
    else this.feedController.select({ [key]: value });
    this.showEarlier = false;
  };

  /** @internal */
  readonly onShowEarlier = () => {
    this.showEarlier = true;
    // The button disappears: the first event it revealed (the month's earliest) takes focus.
    this.focusAfterRender = () =>
      this.renderRoot.querySelector<HTMLElement>('.agenda .title-button');
  };

  /** @internal */
  readonly onJumpTo = (event: Event) => {
    const day = (event.currentTarget as HTMLElement).dataset.day!;
    if (this.weekMode) this.goToWeek(weekStartOf(day, this.firstDay));
    else this.goToMonth(day);
    this.focusedDay = day;
    // The button disappears with the empty month: focus the target day, or its first event.
    if (this.currentView !== 'list') this.grid.focusPending = true;
    else this.focusAfterRender = () => this.firstEventFrom(day);
  };

  /** @internal */
  readonly onRetry = () => this.feedController.retry();

  private async openDialog(content: DialogContent, from?: HTMLElement): Promise<void> {
    this.returnFocusTo =
      from ?? ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? undefined;
    // The dialog opens at once with the event's time, status and meta; its details follow as
    // soon as their module is there (usually already, from the pointer or focus over the calendar).
    if (content.kind === 'event' && !this.details) void this.loadDetails();
    this.dialogContent = content;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-close')?.focus();
  }

  private openDay(day: DayKey, from?: HTMLElement): void {
    const index = this.feedController.index;
    const events = index ? (this.query.eventsByDay(index, day, day).get(day) ?? []) : [];
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

  /**
   * The single-event card (`event`), once the details are loaded; without them (the module
   * could not load), the event's summary.
   */
  private renderCard(index: FeedIndex, m: CalendarMessages) {
    if (this.details) return this.details.renderCard(this, index, m);
    if (!this.detailsFailed) {
      void this.loadDetails();
      return renderState(this, m, this.currentView);
    }
    const found = index.feed.events.find((e) => e.id === this.event);
    return found
      ? html`<div class="root card-root" lang=${this.uiLang}>
          ${renderSummary(this, found, index, this.levelBelow(0))}
        </div>`
      : html`<div class="root card-root" lang=${this.uiLang}>
          <p class="empty">${m.notFound}</p>
          <slot></slot>
        </div>`;
  }

  /** The week's time grid (its module is loaded on first use; the space is kept meanwhile). */
  private renderWeek(index: FeedIndex, m: CalendarMessages) {
    const days = weekDays(this.week!);
    const empty = this.query.countBetween(index, days[0]!, days[6]!) === 0;
    const grid = this.weekView
      ? this.weekView.renderWeek({
          events: this.query.eventsAround(index, days[0]!, days[6]!),
          days,
          zone: this.zone,
          lang: this.uiLang,
          now: this.nowMs,
          index,
          level: this.levelBelow(1),
          focusKey: this.weekFocus,
          onOpen: (event, from) => this.openEvent(event, from),
          onFocusKey: (key) => (this.weekFocus = key),
        })
      : html`<div class="week-pending" aria-busy="true"></div>`;
    return html`${grid}${empty ? renderEmpty(this, index, m) : nothing}`;
  }

  override render() {
    const m = calendarMessages(this.uiLang);
    const waiting = () => renderState(this, m, this.currentView);
    return this.feedController.render({
      pending: waiting,
      error: waiting,
      complete: (feed, index) => this.renderCalendar(index ?? getFeedIndex(feed), m),
    });
  }

  private renderCalendar(index: FeedIndex, m: CalendarMessages) {
    const coverage = this.coverage;
    if (!coverage) return renderState(this, m, this.currentView);
    const settled = coverage.loaded + coverage.failed.length >= coverage.total;
    if (!settled && !this.shownOnce) return renderState(this, m, this.currentView);
    this.shownOnce = true;
    if (this.event) return this.renderCard(index, m);
    const view = this.currentView;
    const state = this.feedController.state;
    const common = commonMessages(this.uiLang);
    return html`<section
      class="root calendar view-${view}"
      lang=${this.uiLang}
      @pointermove=${this.onIntent}
      @pointerdown=${this.onIntent}
      @focusin=${this.onIntent}
      aria-label=${m.calendar}
      aria-busy=${settled ? 'false' : 'true'}
    >
      ${renderToolbar(this, m, view)} ${renderFilters(this, index, m)}
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
      ${view === 'month' ? renderMonth(this, index, m) : view === 'week' ? this.renderWeek(index, m) : renderList(this, index, m)}
      ${renderSubscribe(this, m)}
      ${renderDialog(this, index, m, (event) => this.details?.renderDetails(this, event, index) ?? nothing)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-event-calendar': TisEventCalendar;
  }
}
