/**
 * What the calendar's view modules (toolbar, filters, month, agenda, details) read from the
 * element and the handlers they bind: the element implements it, its members marked `@internal`.
 */
import type { AttendanceMode, FeedEvent } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import type { DayKey } from '../data/event-dates.js';
import type { FeedController } from '../shared/feed-controller.js';
import type { CalendarQuery } from './calendar-query.js';
import type { GridKeyboardController } from './grid-keyboard.js';

export type CalendarView = 'month' | 'week' | 'list';

/** What the dialog shows: one event, or every event of one day. */
export type DialogContent = { kind: 'event'; event: FeedEvent } | { kind: 'day'; day: DayKey };

type Handler = (event: Event) => void;

export interface CalendarHost {
  readonly uiLang: Lang;
  readonly zone: string;
  readonly nowMs: number;
  readonly today: DayKey;
  /** The visitor or the page asked for a week. */
  readonly weekMode: boolean;
  readonly feedController: FeedController;
  readonly query: CalendarQuery;
  readonly grid: GridKeyboardController;
  narrow: boolean;
  month?: DayKey;
  week?: DayKey;
  focusedDay?: DayKey;
  dialogContent?: DialogContent;
  showEarlier: boolean;
  attendanceChoice: string;
  // Public properties.
  event?: string;
  territory?: string;
  network?: string;
  attendance?: AttendanceMode;
  includeInvited: boolean;
  hideFilters: boolean;
  subscribeUrl?: string;
  onPrevious: Handler;
  onNext: Handler;
  onToday: Handler;
  onViewClick: Handler;
  onCellClick: Handler;
  onChipClick: Handler;
  onDetailsClick: Handler;
  onDialogClose: Handler;
  onDialogClick: Handler;
  onCloseClick: Handler;
  onFilterChange: Handler;
  onShowEarlier: Handler;
  onJumpTo: Handler;
  onRetry: Handler;
  /** The heading level `offset` steps below the widget's own. */
  levelBelow(offset: number): number;
  /** First and last day shown: the week's, or the month's. */
  shownRange(): [DayKey, DayKey];
}
