import { css } from 'lit';

/**
 * The initiative feed's `list` and `compact` layouts, its narrow-container cards and the
 * forced-colours rules that come last: applied after the main styles, in this order.
 */
export const layoutStyles = css`
  /* List layout: a thumbnail beside the text. */
  .list.layout-list .card,
  .list.layout-compact .card {
    border-top-width: 1px;
    border-inline-start: 4px solid var(--_accent-bar, var(--_border));
  }
  .list.layout-list .card.has-image {
    display: grid;
    grid-template-columns: 6rem 1fr;
  }
  .list.layout-list .media {
    aspect-ratio: 1;
    height: 100%;
    min-height: 6rem;
  }
  .list.layout-list {
    gap: calc(var(--_gap) * 0.75);
  }

  /* Compact layout: titles and one line of meta, for sidebars. */
  .list.layout-compact {
    gap: 0.5rem;
  }
  .list.layout-compact .body {
    padding: 0.5rem 0.75rem;
    gap: 0.25rem;
  }
  .list.layout-compact .title {
    font-size: 1em;
  }
  .list.layout-compact .chips,
  .list.layout-compact .badge {
    display: none;
  }
  .list.layout-compact .meta {
    padding-top: 0;
  }

  @container (min-width: 36rem) {
    .list.layout-list .card.has-image {
      grid-template-columns: 11rem 1fr;
    }
    .list.layout-list .media {
      aspect-ratio: 4 / 3;
    }
    .controls {
      padding: var(--_space);
    }
  }
  /* Narrow containers (phones): a card without an image gets a slim decorative band, not a
     150–190 px block, so a visitor sees several cards per screen. */
  @container (max-width: 30rem) {
    .media.placeholder {
      aspect-ratio: auto;
      height: 2.5rem;
      justify-items: start;
      padding-inline: var(--_space);
    }
    .media.placeholder .icon {
      width: 1.5rem;
      height: 1.5rem;
    }
  }
  @container (max-width: 24rem) {
    .list.layout-list .card.has-image {
      grid-template-columns: 4.5rem 1fr;
    }
    .body {
      padding: 0.75rem;
    }
  }
  .filter-chip.t-ecologique,
  .chip.t-ecologique {
    --_c: var(--_ecologique);
  }
  .filter-chip.t-economique,
  .chip.t-economique {
    --_c: var(--_economique);
  }
  .filter-chip.t-modes-de-vie,
  .chip.t-modes-de-vie {
    --_c: var(--_modes-de-vie);
  }
  @media (forced-colors: active) {
    .filter-chip[aria-pressed='true'] {
      outline: 2px solid CanvasText;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .card {
      border: 1px solid CanvasText;
    }
    .chip,
    .badge,
    .token {
      border: 1px solid CanvasText;
    }
    .suggestions .option.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
