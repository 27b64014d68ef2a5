import { css } from 'lit';

/** Styles of `<tis-territory-counter>`; they read the private `--_*` tokens of `tokens`. */
export const counterStyles = css`
  :host {
    container-type: inline-size;
    --_number-size: var(--tis-counter-number-size, clamp(2.75rem, 18cqi, 5rem));
  }
  .root {
    position: relative;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
  }
  .root.pending:not(.is-loading) {
    min-height: 8rem;
    display: flex;
    align-items: center;
  }
  p,
  h3,
  ol,
  ul {
    margin: 0;
  }
  .caption {
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_primary);
    margin-block-end: 0.25rem;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
    row-gap: 0.25rem;
  }
  .number {
    display: inline-block;
    position: relative;
    font-size: var(--_number-size);
    font-weight: 800;
    line-height: 1;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums lining-nums;
    color: var(--_primary);
    white-space: nowrap;
  }
  /* The final value, invisible, reserves the width so the counting digits never shift the text. */
  .sizer {
    visibility: hidden;
  }
  /*
   * The counting digits sit over the sizer, in a box whose size does not depend on them: a frame
   * of the count-up relays out and repaints that box alone, not the counter around it.
   */
  .digits {
    position: absolute;
    inset: 0;
    text-align: end;
    contain: strict;
  }
  /*
   * While counting, each character of the number is a column one line high that clips a strip of
   * rows (0 to 9), slid by a transform animation (digit-columns.ts) that the compositor plays.
   * Digits run left to right whatever the page's direction.
   */
  .columns {
    direction: ltr;
  }
  /* One line high (the lh unit): a page that sets the number's line-height through
     ::part(number) gets rows and steps of that height too. */
  .column {
    display: inline-block;
    height: 1lh;
    overflow: hidden;
    vertical-align: top;
  }
  .strip {
    display: block;
    white-space: pre;
    transform: translateY(calc(var(--_row, 0) * -1lh));
  }
  .label {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .goal {
    font-weight: 400;
    color: var(--_muted);
    white-space: nowrap;
  }
  .zero {
    font-size: 1.5rem;
    font-weight: 800;
    line-height: 1.2;
    color: var(--_primary);
  }
  .scope {
    margin-block-start: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .cta-line {
    margin-block-start: 0.75rem;
  }
  .cta {
    display: inline-block;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .progress-head {
    margin-block-start: var(--_space);
    font-size: 0.875rem;
  }
  .percent {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .track {
    position: relative;
    height: 0.875rem;
    margin-block-start: 0.375rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_border);
    overflow: hidden;
  }
  /*
   * A full-width fill slid out of the track (which clips it). It stands still during the count-up:
   * any moving bar (CSS transition, Web Animation or transform) costs a style recalculation on
   * every frame, and only the digits move.
   */
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 100%;
    border-radius: inherit;
    background: var(--_primary);
    transform: translateX(calc((var(--_fill, 0) - 1) * 100%));
  }
  /* Thin gaps cut the bar at each milestone. */
  .tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_at) * 100%);
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_surface);
    opacity: 0.9;
  }
  .tick.end {
    display: none;
  }
  .milestones {
    position: relative;
    height: 1.25rem;
    margin-block-start: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .milestone {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: calc(var(--_at) * 100%);
    transform: translateX(-50%);
    font-size: 0.8125rem;
    line-height: 1.25rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .milestone.last {
    transform: translateX(-100%);
  }
  .milestone.reached {
    color: var(--_primary);
    font-weight: 700;
  }
  .next {
    margin-block-start: 0.375rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .next:empty {
    display: none;
  }
  .freshness {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    margin-block-start: 0.875rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
    color: var(--_text);
  }
  .pulse {
    flex: none;
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_ecologique);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_ecologique) 25%, transparent);
    transform: translateY(-0.05rem);
  }
  .map {
    display: block;
    margin-block-start: var(--_space);
  }
  /* The map's room before its chunk has run (and while the counter loads): the tiles' square
     plus the readout and legend lines, so nothing below moves when it arrives. */
  .map-bone,
  tis-france-map:not(:defined) {
    height: calc(min(100cqi - 2.5 * var(--_space), 40rem) * 0.93 + 5.5rem);
  }
  .map-bone {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .map-list {
    margin-block-start: 0.75rem;
  }
  .map-list summary {
    cursor: pointer;
    color: var(--_link, var(--_primary));
  }
  .breakdown {
    margin-block-start: var(--_space);
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .breakdown-title {
    font-size: 0.875rem;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .rows {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'label count' 'bar bar';
    column-gap: 0.75rem;
    row-gap: 0.125rem;
    align-items: center;
    font-size: 0.875rem;
  }
  .row-label {
    grid-area: label;
  }
  .row-count {
    grid-area: count;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .bar {
    grid-area: bar;
    display: block;
    height: 0.375rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    width: calc(var(--_share, 0) * 100%);
    border-radius: inherit;
    background: var(--_primary);
  }
  .stale {
    margin-block-start: 0.75rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  /* Loading: muted blocks where the loaded text will be (same boxes, so nothing shifts). */
  .skeleton .bone {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    vertical-align: top;
    white-space: nowrap;
    color: transparent;
    background: var(--_surface-alt);
    border-radius: 0.25rem;
  }
  .skeleton .number .bone {
    border-radius: var(--_radius);
  }
  .skeleton .track,
  .skeleton .bar {
    box-shadow: none;
  }
  .skeleton .milestones {
    margin-block-start: 0.25rem;
  }
  .skeleton .freshness .bone {
    white-space: normal;
  }
  .skeleton .pulse {
    background: var(--_surface-alt);
    box-shadow: none;
  }
  .row.filler {
    visibility: hidden;
  }
  .fallback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .fallback-text {
    color: var(--_muted);
  }
  .retry {
    font: inherit;
    font-weight: 700;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_surface-alt);
  }

  @container (min-width: 36rem) {
    .root {
      padding: calc(var(--_space) * 1.5);
    }
    .label {
      font-size: 1.375rem;
    }
    .row {
      grid-template-columns: minmax(8rem, 12rem) 1fr 3rem;
      grid-template-areas: 'label bar count';
    }
  }
  @container (min-width: 56rem) {
    /* Two columns, read top to bottom: the ranking continues down the second column. */
    .rows {
      display: block;
      columns: 2;
      column-gap: 2.5rem;
    }
    .row {
      break-inside: avoid;
      margin-block-end: 0.5rem;
    }
  }

  /*
   * Forced colours (Windows high contrast): the track, its fill, the milestones and the
   * breakdown bars are drawn with backgrounds, which are dropped; system colours and borders
   * keep them visible (WCAG 1.4.11, 1.4.1).
   */
  @media (forced-colors: active) {
    .track,
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
      box-shadow: none;
    }
    .fill,
    .bar-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .tick {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .milestone {
      color: GrayText;
    }
    .milestone.reached {
      color: CanvasText;
      text-decoration: underline;
    }
    .pulse {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
