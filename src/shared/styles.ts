import { css, unsafeCSS, type CSSResultArray } from 'lit';

/**
 * Design tokens shared by every widget (two tiers, as Material Web does): public
 * `--tis-*` custom properties set by the page, copied into private `--_*` variables that the
 * styles use. Defaults follow the French State design system's palette, with AA contrast.
 *
 * Colour scheme: `color-scheme="light|dark|auto"` on the host (`theme="dark"` too: no theme id
 * of the feed is named light, dark or auto). The wrapper resets the inherited properties a
 * hostile host page could set (text-align, text-transform, white-space...), but keeps the host's
 * font family, and its letter and word spacing: user style sheets and text-spacing bookmarklets
 * set those on the page (WCAG 1.4.12), and a reset would hide them from the widgets.
 */
/**
 * The dark palette, applied by `color-scheme="dark"`, or by `"auto"` when the system is dark: one
 * list of declarations used in two rules, written as a constant string (no interpolation inside a
 * `css` literal, so the build's CSS minifier can parse every style sheet).
 */
const darkPalette = [
  '--_primary: var(--tis-color-primary, #8b8bff)',
  '--_on-primary: var(--tis-color-on-primary, #0b0b2e)',
  '--_accent: var(--tis-color-accent, #ff8a8a)',
  '--_text: var(--tis-color-text, #f0f0f3)',
  '--_muted: var(--tis-color-text-muted, #b8bcc6)',
  '--_surface: var(--tis-color-surface, #1e1f24)',
  '--_surface-alt: var(--tis-color-surface-alt, #2a2c33)',
  '--_border: var(--tis-color-border, #4a4e5a)',
  '--_focus: var(--tis-color-focus, #7ab4ff)',
  '--_ecologique: var(--tis-color-ecologique, #5fd08a)',
  '--_economique: var(--tis-color-economique, #ffa05c)',
  '--_modes-de-vie: var(--tis-color-modes-de-vie, #d79bf5)',
  'color-scheme: dark',
].join(';');

/** The two rules that turn the dark palette on (constant text, never feed data). */
const darkRules = unsafeCSS(
  `:host([theme='dark']),:host([color-scheme='dark']){${darkPalette}}` +
    `@media (prefers-color-scheme:dark){:host([theme='auto']),:host([color-scheme='auto']){${darkPalette}}}`,
);

const baseTokens = css`
  :host {
    --_primary: var(--tis-color-primary, #000091);
    --_on-primary: var(--tis-color-on-primary, #ffffff);
    --_accent: var(--tis-color-accent, #c9191e);
    --_text: var(--tis-color-text, #161616);
    --_muted: var(--tis-color-text-muted, #53575f);
    --_surface: var(--tis-color-surface, #ffffff);
    --_surface-alt: var(--tis-color-surface-alt, #f3f4f8);
    --_border: var(--tis-color-border, #c9ccd6);
    --_focus: var(--tis-color-focus, #0a76f6);
    --_link: var(--tis-color-link, var(--_primary));
    --_ecologique: var(--tis-color-ecologique, #18753c);
    --_economique: var(--tis-color-economique, #a94400);
    --_modes-de-vie: var(--tis-color-modes-de-vie, #6e2e8f);
    --_radius: var(--tis-radius, 0.5rem);
    --_space: var(--tis-space, 1rem);
    --_font: var(--tis-font-family, inherit);
    --_font-size: var(--tis-font-size, 1rem);
    display: block;
    box-sizing: border-box;
    /* The width of a block, also as a flex item: container-type: inline-size gives a widget no
       width of its own, so alone in a flex row (WordPress Row block, many theme layouts) it
       collapsed to 0 px. stretch fills the container and honours the page's margins. */
    width: -webkit-fill-available;
    width: -moz-available;
    width: stretch;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    /* The interface speaks French or English: left to right even on a right-to-left page
       (direction is inherited, and the physical transforms of some parts assume it). */
    direction: ltr;
    -webkit-text-fill-color: currentcolor;
    text-transform: none;
    text-indent: 0;
    letter-spacing: inherit;
    word-spacing: inherit;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The tokens: the light palette and the host resets, then the dark palette's rules. */
export const tokens: CSSResultArray = [baseTokens, darkRules];

/**
 * One error and offline look for every widget: the box the feed could not be read in, sized to
 * its content (no reserved loading height, no grey block), and the muted "shown from a copy"
 * line. Markup: `.error[part=error]` > `.error-title`, `.error-detail`, a retry button, the slot.
 */
export const feedStateStyles = css`
  .error {
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 600;
  }
  .error-detail {
    color: var(--_muted);
  }
  .stale {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
`;
