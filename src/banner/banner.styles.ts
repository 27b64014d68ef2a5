import { css } from 'lit';
import { tokens } from '../shared/styles.js';

/**
 * Layout is mobile-first and driven by the banner's own width (container queries), never the
 * viewport's: the banner may sit in a 300 px sidebar of a wide page.
 *
 * The `top`, `bottom` and `corner` variants are `position: fixed` on an inner element, not on
 * the host, so the light-DOM fallback still shows in the page flow while the feed loads. Their
 * own rules are in overlay.ts, a chunk loaded by the banners that use one of them.
 */
const banner = css`
  :host {
    --_bg: var(--tis-banner-background, color-mix(in srgb, var(--_primary) 6%, var(--_surface)));
    --_fg: var(--tis-banner-color, var(--_text));
    --_title: var(--tis-banner-title-color, var(--_primary));
    --_hashtag: var(--tis-banner-hashtag-color, var(--_accent));
    --_cta-bg: var(--tis-banner-cta-background, var(--_primary));
    --_cta-fg: var(--tis-banner-cta-color, var(--_on-primary));
    --_z: var(--tis-banner-z-index, 1000);
    --_offset: var(--tis-banner-offset, 1rem);
    --_shadow: 0 0.5rem 1.5rem rgb(0 0 18 / 0.16), 0 0.125rem 0.25rem rgb(0 0 18 / 0.1);
  }
  :host([theme='dark']) {
    --_shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.5);
  }
  p,
  ul {
    margin: 0;
    padding: 0;
  }
  [hidden] {
    display: none !important;
  }

  /* Frame: the query container of the inline and bar variants. */
  .root {
    container: banner / inline-size;
    /* A page rule "* { box-sizing: content-box }" beats the host's own box-sizing. */
    box-sizing: border-box;
  }

  /* ---------- Loading and error: the partner's fallback, in a box that keeps the room ---------- */
  .fallback-box {
    display: flex;
    align-items: center;
    padding: 1rem 1.5rem;
  }
  :host(:not([variant])) .is-loading .fallback-box,
  :host([variant='inline']) .is-loading .fallback-box {
    min-block-size: var(--tis-banner-reserved-height, var(--_reserve));
    background: var(--_bg);
    border-inline-start: 0.375rem solid var(--_primary);
    border-radius: var(--_radius);
  }
  :host([variant='top']) .fallback-box,
  :host([variant='bottom']) .fallback-box,
  :host([variant='corner']) .fallback-box {
    padding: 0;
  }
  :host([variant='top']) .skeleton,
  :host([variant='bottom']) .skeleton,
  :host([variant='corner']) .skeleton {
    display: none;
  }
  .skeleton {
    display: block;
    inline-size: min(20rem, 70%);
    block-size: 1rem;
    border-radius: 0.25rem;
    background: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
  }
  .fallback-link {
    font-weight: 500;
  }

  /* ---------- The banner ---------- */
  .banner {
    /* Declared here, where the feed's network colour is set. */
    --_stripe: var(--tis-banner-accent, var(--_network-color, var(--_primary)));
    position: relative;
    display: block;
    background: var(--_bg);
    color: var(--_fg);
    border-inline-start: 0.375rem solid var(--_stripe);
    border-radius: var(--_radius);
  }
  /*
   * Inline: the loaded banner keeps at least the room reserved while loading (same estimate),
   * content centred, so the page below never moves up when the data arrives.
   */
  :host(:not([variant])) .banner:not([hidden]),
  :host([variant='inline']) .banner:not([hidden]) {
    display: grid;
    align-content: center;
    min-block-size: var(--tis-banner-reserved-height, var(--_reserve));
  }
  /* Network colours are chosen for light pages: lighten them on a dark theme. */
  :host([theme='dark']) .banner {
    --_network-dark: color-mix(in srgb, var(--_network-color) 55%, white);
    --_stripe: var(--tis-banner-accent, var(--_network-dark, var(--_primary)));
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .banner {
      --_network-dark: color-mix(in srgb, var(--_network-color) 55%, white);
      --_stripe: var(--tis-banner-accent, var(--_network-dark, var(--_primary)));
    }
  }
  .inner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem 1.25rem;
    align-items: center;
    padding: 1.25rem 1.25rem 1.25rem 1rem;
  }
  .preview {
    padding: 0.375rem 1rem;
    font-size: 0.8125rem;
    font-weight: 500;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_fg);
    border-start-end-radius: var(--_radius);
  }

  .logo {
    display: block;
    inline-size: 3rem;
    block-size: 3rem;
    object-fit: contain;
  }
  .mark svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .mark-bg {
    fill: var(--_primary);
  }
  .mark-text {
    fill: var(--_on-primary);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Arial,
      sans-serif;
    font-size: 15px;
    font-weight: 800;
    letter-spacing: -0.5px;
  }
  .mark-blue {
    fill: var(--_on-primary);
    opacity: 0.45;
  }
  .mark-white {
    fill: var(--_on-primary);
  }
  .mark-red {
    fill: #e1000f;
  }

  .text {
    min-inline-size: 0;
  }
  .hashtag {
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1.4;
    color: var(--_hashtag);
  }
  .title {
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_title);
    text-wrap: balance;
  }
  .motto {
    margin-block-start: 0.25rem;
    line-height: 1.5;
  }
  .network {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.625rem;
    margin-block-start: 0.625rem;
    font-size: 0.875rem;
    line-height: 1.4;
  }
  .network strong {
    font-weight: 700;
  }
  .network-logo {
    display: block;
    inline-size: auto;
    block-size: 1.75rem;
    max-inline-size: 7rem;
    object-fit: contain;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 1.5rem;
    margin-block-start: 0.75rem;
    list-style: none;
    font-size: 0.875rem;
    line-height: 1.4;
  }
  .facts li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .facts .count {
    grid-template-columns: auto auto auto;
  }
  @container banner (max-width: 30rem) {
    .facts .count {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .facts .meter {
      grid-column: 2;
    }
  }
  .icon {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: var(--_title);
  }
  .meter {
    display: inline-block;
    flex: none;
    inline-size: 6rem;
    block-size: 0.375rem;
    border-radius: 1rem;
    background: color-mix(in srgb, var(--_fg) 18%, transparent);
    overflow: hidden;
  }
  .meter-fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_ratio, 0) * 100%);
    min-inline-size: 0.375rem;
    background: var(--_stripe);
    border-radius: inherit;
  }

  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: 0.25rem;
    background: var(--_cta-bg);
    color: var(--_cta-fg);
    font-weight: 500;
    line-height: 1.3;
    text-align: center;
    text-decoration: none;
  }
  .cta:hover {
    background: color-mix(in srgb, var(--_cta-bg) 80%, var(--_fg));
    text-decoration: underline;
  }
  .arrow {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: currentColor;
  }
  /* The icon buttons: close, and the bars' collapse button (overlay.ts). */
  .close,
  .bar-toggle {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0.25rem;
    background: transparent;
    color: var(--_title);
    font: inherit;
    cursor: pointer;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
  }
  .close:hover,
  .bar-toggle:hover {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  /* ---------- Widths: secondary content goes first ---------- */
  /*
   * Room kept while loading (inline variant): measured heights of the loaded banner per width
   * band, plus what the attributes already announce (network line, facts list).
   */
  .fallback-box,
  .banner {
    --_base: 14.25rem;
    --_net: 4.25rem;
    --_facts: 2rem;
    --_both: 0rem;
    --_reserve: calc(
      var(--_base) + var(--_has-network, 0) * var(--_net) + var(--_has-facts, 0) * var(--_facts) +
        var(--_has-both, 0) * var(--_both)
    );
  }
  .has-network {
    --_has-network: 1;
  }
  .has-facts {
    --_has-facts: 1;
  }
  .has-both {
    --_has-both: 1;
  }
  @container banner (min-width: 30rem) {
    .fallback-box,
    .banner {
      --_base: 13rem;
      --_net: 3rem;
      --_facts: 2.6rem;
    }
  }
  @container banner (min-width: 36rem) {
    .fallback-box,
    .banner {
      --_both: 2rem;
    }
  }
  @container banner (min-width: 40rem) {
    .fallback-box,
    .banner {
      --_base: 10.75rem;
      --_net: 2rem;
    }
  }
  @container banner (min-width: 52rem) {
    .fallback-box,
    .banner {
      --_base: 9.25rem;
      --_net: 3rem;
    }
  }
  @container banner (min-width: 70rem) {
    .fallback-box,
    .banner {
      --_base: 8rem;
      --_net: 1.85rem;
      --_both: 1.5rem;
    }
  }
  .actions .cta {
    inline-size: 100%;
    padding-inline: 1rem;
  }
  /* Narrow: everything stays, reflowed (the facts wrap onto their own lines), never removed. */
  @container banner (max-width: 22rem) {
    .title {
      font-size: 1.125rem;
    }
  }
  @container banner (min-width: 30rem) {
    .inner {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: start;
    }
    .actions {
      grid-column: 2;
    }
    .actions .cta {
      inline-size: auto;
      padding-inline: 1.25rem;
    }
    .dismissible .inner {
      padding-inline-end: 3.5rem;
    }
  }
  @container banner (min-width: 52rem) {
    .inner {
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      padding: 1.5rem 2rem 1.5rem 1.5rem;
      column-gap: 2rem;
    }
    .dismissible .inner {
      padding-inline-end: 4rem;
    }
    .actions {
      grid-column: auto;
    }
    .logo {
      inline-size: 4rem;
      block-size: 4rem;
    }
    .title {
      font-size: 1.5rem;
    }
  }

  @media (forced-colors: active) {
    .banner,
    .cta {
      border: 1px solid CanvasText;
    }
    .meter {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .meter-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;

export const bannerStyles = [tokens, banner];
