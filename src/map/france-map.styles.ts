import { css } from 'lit';

/**
 * The map's look. Colours come from the widget around it (its private `--_*` tokens inherit
 * into this shadow root), so the page's theme and the dark scheme apply as they do to the
 * widget. Tiles are the surface tinted by class, outlined in the muted text colour (at least
 * 3:1 against the background); the bar, in the primary colour, carries the class without
 * relying on colour.
 */
export const mapStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .map-svg {
    display: block;
    width: 100%;
    /* About 4.5rem a tile at most: a région alone is not drawn in giant tiles. */
    max-width: min(40rem, calc(var(--_columns, 14) * 4.5rem));
    height: auto;
    margin-inline: auto;
    overflow: visible;
    font-family: inherit;
  }
  .area {
    cursor: default;
    outline: none;
  }
  .area[role='button'] {
    cursor: pointer;
  }
  .tile {
    --_tint: 0%;
    fill: color-mix(in srgb, var(--_primary) var(--_tint), var(--_surface));
    stroke: var(--_muted);
    stroke-width: 0.35;
  }
  .c1 .tile {
    --_tint: 9%;
  }
  .c2 .tile {
    --_tint: 18%;
  }
  .c3 .tile {
    --_tint: 27%;
  }
  .c4 .tile {
    --_tint: 36%;
  }
  .area:hover .tile {
    stroke: var(--_text);
    stroke-width: 0.8;
  }
  .bar {
    fill: var(--_primary);
  }
  .code {
    fill: var(--_text);
    font-size: 3px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
    user-select: none;
  }
  .inset-label {
    fill: var(--_muted);
    font-size: 3.4px;
  }
  .borders {
    fill: none;
    stroke: var(--_text);
    stroke-width: 0.7;
    stroke-linecap: square;
    pointer-events: none;
  }
  .selected-ring,
  .focus-ring {
    fill: none;
    stroke-linecap: square;
    pointer-events: none;
  }
  .selected-ring {
    stroke: var(--_accent);
    stroke-width: 1.8;
  }
  .focus-ring {
    stroke: var(--_focus);
    stroke-width: 1.2;
    stroke-dasharray: 2 1;
  }
  .readout {
    margin: 0;
    min-height: 1.5em;
    text-align: center;
    font-size: 0.9375rem;
  }
  .legend {
    font-size: 0.875rem;
  }
  .legend-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .classes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .classes li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  .class-number {
    font-weight: 600;
  }
  .outside {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .outside strong {
    color: var(--_text);
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .levels button {
    font: inherit;
    font-size: 0.875rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .levels button[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .empty-text {
    margin: 0;
    padding: 1.5rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  details.table summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 1.5rem;
  }
  table {
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
  }
  @container (max-width: 22rem) {
    .code,
    .inset-label {
      display: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .tile,
    .bar {
      transition:
        fill 0.15s,
        height 0.15s,
        y 0.15s;
    }
  }
  @media (forced-colors: active) {
    .map-svg,
    .swatch {
      forced-color-adjust: none;
    }
    .tile {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar,
    .code {
      fill: CanvasText;
    }
    .inset-label {
      fill: GrayText;
    }
    .borders {
      stroke: CanvasText;
    }
    .selected-ring {
      stroke: Highlight;
    }
    .focus-ring {
      stroke: CanvasText;
    }
    .area:hover .tile {
      stroke: Highlight;
    }
    .levels button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
