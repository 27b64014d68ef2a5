import { css } from 'lit';

export const calendarStyles = css`
  :host {
    container-type: inline-size;
    --_min-height: var(--tis-calendar-min-height, 24rem);
  }
  .root {
    background: var(--_surface);
    color: var(--_text);
  }
  .calendar {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  .label {
    font-weight: 700;
  }

  /* Loading and error: the size is reserved so nothing shifts when the feed arrives. */
  .state {
    min-height: var(--_min-height);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state.is-card {
    min-height: 12rem;
  }
  .state-message {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  /* Month view while loading: the empty grid, muted, in the exact place of the loaded one. */
  .is-loading .skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    opacity: 0.55;
    pointer-events: none;
    user-select: none;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .heading {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.3;
    color: var(--_text);
  }
  .nav,
  .views {
    display: flex;
    gap: 0.25rem;
  }
  .nav-button,
  .view-button,
  .text-button {
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .nav-button:hover,
  .view-button:hover,
  .text-button:hover {
    background: var(--_surface-alt);
  }
  .nav-button span[aria-hidden] {
    display: inline-block;
    min-width: 1ch;
    font-size: 1.25rem;
    line-height: 1;
  }
  .view-button[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .text-button {
    border-color: transparent;
    padding-inline: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    background: none;
  }
  .text-button:hover {
    background: none;
    text-decoration-thickness: 2px;
  }

  /* Filters */
  .filters-box summary {
    width: fit-content;
    padding-block: 0.5rem;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .filters-box[open] summary {
    margin-bottom: 0.25rem;
  }
  .active-count {
    font-weight: normal;
    color: var(--_muted);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
  }
  .filter {
    display: flex;
    flex-direction: column;
    flex: 1 1 10rem;
    max-width: 18rem;
    min-width: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .filter select {
    height: 2.5rem;
    margin-top: 0.125rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 1rem;
    max-width: 100%;
  }

  /* Week grid, until its module and styles arrive (week-view.ts) */
  .week-pending {
    min-height: 30rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Month grid */
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    border: 1px solid var(--_border);
  }
  .grid th {
    padding: 0.375rem 0.25rem;
    font-size: 0.8125rem;
    font-weight: 600;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface-alt);
    border-bottom: 1px solid var(--_border);
  }
  .day {
    position: relative;
    height: 7rem;
    padding: 0.25rem;
    vertical-align: top;
    border: 1px solid var(--_border);
    cursor: default;
  }
  .day.has-events {
    cursor: pointer;
  }
  .day.outside {
    background: var(--_surface-alt);
  }
  .day.outside .day-number {
    color: var(--_muted);
  }
  .day:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    z-index: 1;
  }
  .day-number {
    display: inline-grid;
    place-items: center;
    /* Never wider than its cell: with large text (a page font of 30px, text zoom) in a 320px
       column, seven 1.75rem circles overflowed the grid. */
    min-width: min(1.75rem, 100%);
    height: 1.75rem;
    margin-bottom: 0.125rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .is-today .day-number {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .chips {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .chip {
    display: block;
    overflow: hidden;
    padding: 0.0625rem 0.3rem;
    border-inline-start: 3px solid var(--_net, var(--_primary));
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    font-size: 0.75rem;
    line-height: 1.35;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: pointer;
    overflow-wrap: normal;
  }
  .chip:hover .chip-title {
    text-decoration: underline;
  }
  .chip.continued {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .chip.continues {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    margin-inline-end: -0.3rem;
  }
  .chip-time,
  .mark {
    font-weight: 700;
    margin-inline-end: 0.125rem;
  }
  .chip.status-cancelled .chip-title {
    text-decoration: line-through;
  }
  .more {
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--_primary);
    padding-inline-start: 0.3rem;
  }
  .count {
    display: none;
  }
  @container (max-width: 64rem) {
    .chip {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
  @container (max-width: 40rem) {
    .day {
      height: 4rem;
      text-align: center;
    }
    .chip,
    .more {
      display: none;
    }
    .count {
      display: inline-grid;
      place-items: center;
      min-width: 1.5rem;
      height: 1.5rem;
      margin-inline: auto;
      border-radius: 999px;
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
      font-size: 0.75rem;
      font-weight: 700;
      color: var(--_primary);
    }
    .grid th {
      font-size: 0.75rem;
      padding-inline: 0;
    }
  }

  /* Agenda list */
  .agenda,
  .agenda-events,
  .day-events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agenda {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }
  .agenda-date {
    margin: 0 0 0.5rem;
    padding-bottom: 0.25rem;
    font-size: 1rem;
    border-bottom: 2px solid var(--_primary);
    color: var(--_text);
  }
  .agenda-day.is-today .agenda-date {
    color: var(--_primary);
  }
  .agenda-events,
  .day-events {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .event {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_net, var(--_primary));
    border-radius: var(--_radius);
  }
  .event-title,
  .card-title {
    margin: 0 0 0.25rem;
    font-size: 1.0625rem;
    line-height: 1.35;
  }
  .title-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .title-button:hover {
    text-decoration-thickness: 2px;
  }
  .event-time {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .event-time .zone {
    font-weight: normal;
    color: var(--_muted);
  }
  .event-time .local {
    display: block;
    font-weight: normal;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .meta {
    margin: 0;
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 0.625rem;
    height: 0.625rem;
    margin-inline-end: 0.375rem;
    border-radius: 999px;
    background: var(--_net, var(--_primary));
  }
  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .theme {
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    border: 1px solid currentColor;
  }
  .theme-ecologique {
    color: var(--_ecologique);
  }
  .theme-economique {
    color: var(--_economique);
  }
  .theme-modes-de-vie {
    color: var(--_modes-de-vie);
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.5rem;
    padding: 0 0.5rem;
    border-radius: 0.25rem;
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    vertical-align: 0.1em;
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .badge-cancelled,
  .badge-full {
    background: var(--_accent);
    color: var(--_surface);
  }
  .status-cancelled .title-text,
  .dialog-title.is-cancelled {
    text-decoration: line-through;
  }
  .status-cancelled .event-time {
    color: var(--_muted);
  }

  .earlier,
  .empty p {
    margin: 0;
  }
  .empty {
    padding: 1.5rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  /* Details (dialog and card) */
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .details p {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .parts ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .parts li + li {
    margin-top: 0.25rem;
  }
  .part-time {
    display: block;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions:empty {
    display: none;
  }
  .button-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0.25rem 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
  }
  .button-link.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button-link:hover {
    text-decoration: underline;
  }
  .add,
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
    font-size: 0.9375rem;
  }
  .add-link {
    text-underline-offset: 0.2em;
  }

  /* One line per part of an event whose parts fall on different days. */
  .add-parts {
    flex-basis: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .add-parts li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  /* Card */
  .card {
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_net, var(--_primary));
    border-radius: var(--_radius);
  }
  .card-title {
    font-size: 1.375rem;
  }

  /* Dialog */
  .dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);
  }
  .dialog::backdrop {
    background: rgb(22 22 22 / 0.55);
  }
  .dialog-inner {
    padding: 1.25rem 1.5rem 1.5rem;
    font-family: var(--_font);
    line-height: 1.5;
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
    margin-bottom: 0.75rem;
  }
  .dialog-title {
    flex: 1;
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.35;
  }
  .dialog-close {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .dialog .event-title {
    font-size: 1rem;
  }

  @container (max-width: 30rem) {
    .heading {
      flex-basis: 100%;
      font-size: 1.25rem;
    }
    .toolbar {
      justify-content: space-between;
    }
    .card {
      padding: 1rem;
    }
    .event {
      padding: 0.625rem 0.75rem;
    }
  }

  /*
   * Forced colours (Windows high contrast): backgrounds are dropped, so every state they carry
   * gets a system colour or a border instead (WCAG 1.4.11, 1.4.1).
   */
  @media (forced-colors: active) {
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .is-today .day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .day.outside .day-number {
      color: GrayText;
    }
    .day.outside {
      border-style: dashed;
    }
    .agenda-day.is-today .agenda-date {
      border-bottom-color: Highlight;
      border-bottom-width: 4px;
    }
    .chip,
    .badge,
    .theme {
      border: 1px solid CanvasText;
    }
  }
`;
