import { css } from 'lit';

/**
 * The filter bar's styles (fields, territory suggestions, theme panel, active filters), for
 * `<tis-initiative-feed>`; between the feed's base and results rules in its `styles`.
 */
export const controlsStyles = css`
  /* Controls bar */
  .controls {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    margin: 0;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  /* One column on phones, two from 30rem, one row from 60rem: never a truncated select. */
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 30rem) {
    .fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 60rem) {
    .fields {
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    position: relative;
  }
  label,
  .group-label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text);
    margin: 0;
  }
  input,
  select {
    font: inherit;
    font-size: 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-bottom: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5) calc(var(--_radius) * 0.5) 0 0;
    padding: 0.5rem 0.75rem;
    min-height: 2.75rem;
    width: 100%;
    margin: 0;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .suggestions {
    position: absolute;
    top: 100%;
    inset-inline: 0;
    z-index: 2;
    margin-top: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.15);
    overflow: hidden;
  }
  .suggestions[hidden] {
    display: none;
  }
  .suggestions ul {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
  }
  .suggestions .option {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    color: var(--_text);
  }
  .suggestions .option:hover,
  .suggestions .option.active {
    background: var(--_surface-alt);
  }
  /* The active option is where the keyboard is (focus stays in the input): ring it. */
  .suggestions .option.active {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .suggestions .kind,
  .suggestions .none {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .suggestions .none {
    margin: 0;
    padding: 0.5rem 0.75rem;
  }

  /* Theme panel */
  .themes summary {
    cursor: pointer;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
    padding: 0.25rem 0;
    border-radius: 0.25rem;
  }
  .themes summary::-webkit-details-marker {
    display: none;
  }
  .themes summary::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    margin-inline: 0.15em 0.2em;
    transition: transform 0.15s;
  }
  .themes[open] summary::before {
    transform: rotate(45deg);
  }
  .themes summary {
    list-style: none;
  }
  .summary-picked {
    font-weight: normal;
    color: var(--_muted);
  }
  .theme-groups {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding-top: 0.5rem;
  }
  .theme-group {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .chip-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .filter-chip {
    --_c: var(--_primary);
    font: inherit;
    font-size: 0.875em;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    padding: 0.25rem 0.625rem;
    border-radius: 999px;
    border: 1px solid var(--_c);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-align: start;
  }
  .filter-chip::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_c);
    flex: none;
  }
  .filter-chip.whole {
    font-weight: 600;
  }
  /* The count keeps its digits together: at 320 px the label wraps, never "26 / 8". */
  .filter-chip .n {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    flex: none;
  }
  .filter-chip.zero .label {
    color: var(--_muted);
  }
  .filter-chip[aria-pressed='true'] {
    background: var(--_c);
    color: var(--_surface);
  }
  .filter-chip[aria-pressed='true']::before {
    background: var(--_surface);
  }
  .filter-chip[aria-pressed='true'] .n,
  .filter-chip[aria-pressed='true'] .label {
    color: var(--_surface);
  }

  .active-filters {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
  }
  .token {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.125rem 0.125rem 0.75rem;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.875em;
  }
  .token .remove {
    font: inherit;
    font-size: 1.125em;
    line-height: 1;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 0;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .token .remove:hover {
    background: rgb(255 255 255 / 0.2);
  }
`;
