import { css } from 'lit';
import { feedStateStyles, tokens } from '../shared/styles.js';
import { controlsStyles } from './controls.styles.js';
import { layoutStyles } from './layouts.styles.js';

const own = css`
  :host {
    --_card-min: var(--tis-initiative-feed-card-min, 16rem);
    --_image-ratio: var(--tis-initiative-feed-image-ratio, 16 / 9);
    --_gap: calc(var(--_space) * 0.75);
    container-type: inline-size;
  }

  /*
   * The widget paints its own background, as the counter and the calendar do: its text has the
   * scheme's colour, so a page of another shade (a dark site showing the light scheme) must not
   * show through. Dark: a shade of the surface, with room around the cards.
   */
  :host([theme='dark']),
  :host([color-scheme='dark']) {
    --_page: color-mix(in srgb, var(--_surface) 75%, #000);
    --_root-pad: var(--_gap);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host([color-scheme='auto']) {
      --_page: color-mix(in srgb, var(--_surface) 75%, #000);
      --_root-pad: var(--_gap);
    }
  }
  .map {
    display: block;
    margin-block: var(--_space);
  }
  /* The map's room before its chunk has run and while the feed loads. */
  .map-bone,
  tis-france-map:not(:defined) {
    height: calc(min(100cqi, 40rem) * 0.93 + 8rem);
  }
  .map-bone {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .root {
    background: var(--tis-initiative-feed-background, var(--_page, var(--_surface)));
    padding: var(--_root-pad, 0);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
`;

/** Count, states, loading and the results (after the filter bar in the cascade). */
const results = css`
  /* Count and states */
  .status-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .count,
  .stale {
    margin: 0;
  }
  .count .shown,
  .stale {
    color: var(--_muted);
  }
  .stale {
    font-size: 0.875em;
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: calc(var(--_radius) * 0.5);
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .empty,
  /* The error box is the shared one (feedStateStyles). */
  .empty p {
    margin: 0;
  }
  .empty-title {
    font-weight: 600;
  }
  .fallback:empty {
    display: none;
  }
  /* Loading: the loaded layout, muted, in the same boxes (see render). */
  .loading {
    display: contents;
  }
  .loading-text,
  .bone-count {
    margin: 0;
  }
  .skeleton-controls {
    pointer-events: none;
    user-select: none;
  }
  /* The bar keeps its solid background (the page behind may be of any colour); its content fades. */
  .skeleton-controls .controls > * {
    opacity: 0.55;
  }
  .bone-text,
  .bone-line {
    display: inline-block;
    vertical-align: top;
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    color: transparent;
    background: var(--_surface-alt);
    border-radius: 0.25rem;
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  .bone {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-top-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bone-media {
    aspect-ratio: var(--_image-ratio);
    background: var(--_surface-alt);
  }
  .bone-body {
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
    height: 12.625rem;
    padding: var(--_card-pad, 1rem);
  }
  .bone-line {
    height: 0.875rem;
    width: 90%;
  }
  .bone-line.title {
    height: 1.25rem;
    width: 65%;
  }
  .bone-line.short {
    width: 45%;
  }
  .skeleton.layout-list,
  .skeleton.layout-compact {
    grid-template-columns: 1fr;
  }
  .skeleton.layout-list .bone-media,
  .skeleton.layout-compact .bone-media {
    display: none;
  }
  .skeleton.layout-list .bone-body,
  .skeleton.layout-compact .bone-body {
    height: 5rem;
  }

  /* Results */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .list.layout-cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  /*
   * A card below the fold is neither laid out nor painted until it nears the viewport (its last
   * size, or the estimate, holds its place): typing in the search box then costs the cards the
   * visitor sees, not the whole page of results.
   */
  .item {
    display: flex;
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
  }
  .list.layout-list .item {
    contain-intrinsic-size: auto 8rem;
  }
  .list.layout-compact .item {
    contain-intrinsic-size: auto 4rem;
  }
  .card {
    position: relative;
    flex: 1;
    display: flex;
    flex-direction: column;
    min-width: 0;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent-bar, var(--_border));
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .card.accent-ecologique {
    --_accent-bar: var(--_ecologique);
  }
  .card.accent-economique {
    --_accent-bar: var(--_economique);
  }
  .card.accent-modes-de-vie {
    --_accent-bar: var(--_modes-de-vie);
  }
  .card:focus-visible,
  .card:has(.title a:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card:has(.title a:hover) {
    border-color: var(--_primary);
  }
  .media {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .media.placeholder {
    display: grid;
    place-items: center;
    background:
      radial-gradient(
        circle at 75% 30%,
        color-mix(in srgb, var(--_accent-bar, var(--_primary)) 22%, transparent) 0 18%,
        transparent 19%
      ),
      linear-gradient(
        135deg,
        color-mix(in srgb, var(--_accent-bar, var(--_primary)) 8%, var(--_surface)),
        color-mix(in srgb, var(--_accent-bar, var(--_primary)) 24%, var(--_surface))
      );
    color: color-mix(in srgb, var(--_accent-bar, var(--_primary)) 55%, var(--_surface));
  }
  .media.placeholder .icon {
    width: 2.5rem;
    height: 2.5rem;
    margin: 0;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.875) var(--_space) var(--_space);
  }
  .title {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0;
  }
  .title a {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title a:focus-visible {
    outline: none;
  }
  /* The whole card is the link's target area; the title stays its accessible name. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .badge {
    align-self: flex-start;
    font-size: 0.75em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0.0625rem 0.5rem;
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .summary {
    margin: 0;
    color: var(--_text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
  }
  .chip {
    --_c: var(--_primary);
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.8125em;
    line-height: 1.3;
    padding: 0.1875rem 0.5rem;
    border-radius: 999px;
    color: var(--_text);
    background: color-mix(in srgb, var(--_c) 12%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_c) 45%, var(--_surface));
  }
  .chip::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_c);
    flex: none;
  }
  .meta {
    margin: auto 0 0;
    padding-top: 0.25rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta > span,
  .meta > time {
    display: inline-flex;
    align-items: baseline;
  }
  .carrier {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .carrier strong {
    color: var(--_text);
    font-weight: 600;
  }
  .icon {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.25em;
    flex: none;
    align-self: center;
    fill: currentColor;
  }
  .network {
    font-weight: 600;
  }
  .meta .sep {
    margin-inline: 0.1em;
  }
`;

/** In this order: base, filter bar, results, then the layouts and forced-colours overrides. */
export const styles = [tokens, feedStateStyles, own, controlsStyles, results, layoutStyles];
