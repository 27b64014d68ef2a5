/**
 * The month grid's keyboard (the ARIA grid pattern): one cell holds the tab stop; arrows, Home,
 * End, Page Up and Page Down move it (across months), Enter and Space open the day.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addDays,
  addMonths,
  firstOfMonth,
  weekdayIndex,
  type DayKey,
} from '../data/event-dates.js';

/** The element holding the tab stop of the month grid or the week grid. */
export const FOCUSABLE_GRID = 'td[tabindex="0"], .slot-button[tabindex="0"]';

export class GridKeyboardController implements ReactiveController {
  /** Set: the grid's tab stop gets focus once the host has rendered again. */
  focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** Shows the month of `day` (when not shown) with `day` holding the tab stop. */
    private readonly moveTo: (day: DayKey) => void,
    /** Opens the day's events (the cell gets focus back on close). */
    private readonly open: (day: DayKey, cell: HTMLElement) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusPending) {
      this.focusPending = false;
      this.focus();
    }
  }

  /** Focuses the element holding the grid's tab stop (month or week). */
  focus(): void {
    this.host.renderRoot.querySelector<HTMLElement>(FOCUSABLE_GRID)?.focus();
  }

  readonly onKeydown = (event: KeyboardEvent) => {
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
        this.open(day, cell);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(target);
    this.focusPending = true;
  };
}
