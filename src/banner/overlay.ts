/**
 * What only the `top`, `bottom` and `corner` variants of `<tis-banner>` draw: their styles (fixed
 * bars, the ribbon and its panel) and their controls. A chunk of its own, which a banner loads when
 * it first takes one of these variants: an inline banner, the default, never downloads it.
 */
import {
  css,
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Adopted after the banner's own styles: these rules come later in the cascade. */
export const overlayStyles = css`
  /* ---------- Bars fixed to the top or bottom edge ---------- */
  :host([variant='top']) .frame,
  :host([variant='bottom']) .frame {
    position: fixed;
    inset-inline: 0;
    z-index: var(--_z);
    box-shadow: var(--_shadow);
    /* Expanded on a short viewport, the bar scrolls rather than running off the screen. */
    max-block-size: 100vh;
    max-block-size: 100dvh;
    overflow-y: auto;
  }
  :host([variant='top']) .frame {
    inset-block-start: 0;
  }
  :host([variant='bottom']) .frame {
    inset-block-end: 0;
  }
  :host([variant='top']) .banner,
  :host([variant='bottom']) .banner {
    border-radius: 0;
    border-inline-start: 0;
  }
  :host([variant='top']) .banner {
    border-block-end: 0.25rem solid var(--_stripe);
  }
  :host([variant='bottom']) .banner {
    border-block-start: 0.25rem solid var(--_stripe);
  }
  :host([variant='top']) .inner,
  :host([variant='bottom']) .inner {
    max-inline-size: var(--tis-banner-max-width, 80rem);
    margin-inline: auto;
    padding-block: 0.75rem;
    row-gap: 0.5rem;
  }
  :host([variant='top']) .title,
  :host([variant='bottom']) .title {
    font-size: 1.0625rem;
  }
  :host([variant='top']) .logo,
  :host([variant='bottom']) .logo {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  :host([variant='top']) .network,
  :host([variant='bottom']) .network {
    margin-block-start: 0.25rem;
  }
  :host([variant='top']) .facts,
  :host([variant='bottom']) .facts {
    margin-block-start: 0.375rem;
  }
  /*
   * A bar stays short: the motto is not drawn, but stays for assistive technologies; hashtag and
   * name share a line when there is room.
   */
  :host([variant='top']) .motto,
  :host([variant='bottom']) .motto {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @container banner (min-width: 48rem) {
    :host([variant='top']) .hashtag,
    :host([variant='bottom']) .hashtag,
    :host([variant='top']) .title,
    :host([variant='bottom']) .title {
      display: inline;
    }
    :host([variant='top']) .hashtag,
    :host([variant='bottom']) .hashtag {
      margin-inline-end: 0.75rem;
    }
  }
  /* The network's logo is decorative (its name is written): the first to go when narrow. */
  @container banner (max-width: 48rem) {
    :host([variant='top']) .network-logo,
    :host([variant='bottom']) .network-logo {
      display: none;
    }
  }
  @container banner (max-width: 30rem) {
    :host([variant='top']) .logo,
    :host([variant='bottom']) .logo {
      display: none;
    }
    :host([variant='top']) .inner,
    :host([variant='bottom']) .inner {
      padding-block: 0.5rem;
    }
    :host([variant='top']) .cta,
    :host([variant='bottom']) .cta {
      min-block-size: 2.5rem;
    }
  }
  @container banner (min-width: 40rem) {
    :host([variant='top']) .inner,
    :host([variant='bottom']) .inner {
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
    }
    :host([variant='top']) .actions,
    :host([variant='bottom']) .actions {
      grid-column: auto;
    }
  }
  @container banner (min-width: 52rem) {
    :host([variant='top']) .inner,
    :host([variant='bottom']) .inner {
      padding-block: 0.75rem;
    }
  }

  /*
   * The bars' own controls, beside the content: collapse (always, so a bar can always be made
   * small, dismissible or not) and close. Collapsed, a bar is one line: hashtag and name.
   */
  .banner.bar:not([hidden]) {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  .bar .preview {
    grid-column: 1 / -1;
  }
  :host([variant='top']) .dismissible .inner,
  :host([variant='bottom']) .dismissible .inner {
    padding-inline-end: 0.5rem;
  }
  .bar-controls {
    display: flex;
    gap: 0.25rem;
    padding: 0.375rem 0.5rem 0.375rem 0;
  }
  .bar-controls .close {
    position: static;
  }
  .bar-toggle .chevron {
    fill: currentColor;
  }
  /* The chevron points where the bar goes: towards its edge to collapse, away to expand. */
  :host([variant='top']) .bar-toggle[aria-expanded='false'] .chevron,
  :host([variant='bottom']) .bar-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .bar-line {
    overflow: hidden;
    padding: 0.375rem 0.5rem 0.375rem 1rem;
    font-weight: 700;
    line-height: 2.5rem;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_title);
  }
  .bar-hashtag {
    margin-inline-end: 0.5rem;
    color: var(--_hashtag);
  }

  /* ---------- Corner: a ribbon that opens a panel ---------- */
  :host([variant='corner']) .frame {
    container-type: normal;
    position: fixed;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--_z);
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: 0.75rem;
    max-inline-size: calc(100vw - 2 * var(--_offset));
  }
  :host([variant='corner']) .banner {
    container: banner / inline-size;
    inline-size: min(26rem, calc(100vw - 2 * var(--_offset)));
    max-block-size: calc(100vh - 6rem);
    overflow: auto;
    border-inline-start: 0;
    border-block-start: 0.25rem solid var(--_stripe);
    box-shadow: var(--_shadow);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.375rem 0.875rem 0.375rem 0.375rem;
    border: 0;
    border-radius: 2rem;
    background: var(--_cta-bg);
    color: var(--_cta-fg);
    box-shadow: var(--_shadow);
    font: inherit;
    font-size: 0.9375rem;
    font-weight: 700;
    line-height: 1.2;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_cta-bg) 80%, var(--_fg));
  }
  .toggle-mark {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--_cta-fg);
    color: var(--_cta-bg);
    font-size: 0.625rem;
    font-weight: 800;
    letter-spacing: -0.02em;
  }
  .chevron {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.2s ease;
    }
    :host([variant='corner']) .banner:not([hidden]) {
      animation: tis-banner-rise 0.2s ease-out;
    }
    @keyframes tis-banner-rise {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  }

  @media (forced-colors: active) {
    .toggle {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * Viewports this short (400 % zoom of a 1024 px high window is 256 px) get the `top` and
 * `bottom` bars collapsed to one line at first: expanded, they would hide most of the page.
 */
const SHORT_VIEWPORT = '(max-height: 30em)';

/**
 * Watches whether the viewport is short, for as long as `host` is connected (a reactive
 * controller: it updates the host when that changes). Added when a banner first is a bar.
 */
export function watchShortViewport(
  host: ReactiveControllerHost,
): ReactiveController & { readonly matches: boolean } {
  const query = globalThis.matchMedia?.(SHORT_VIEWPORT);
  const changed = () => host.requestUpdate();
  const controller = {
    get matches() {
      return query?.matches ?? false;
    },
    hostConnected: () => query?.addEventListener('change', changed),
    hostDisconnected: () => query?.removeEventListener('change', changed),
  };
  host.addController(controller);
  return controller;
}

const chevron = svg`<path d="m12 10.83-4.95 4.95-1.41-1.41L12 8l6.36 6.37-1.41 1.41L12 10.83Z" />`;

/** A collapsed bar's one line, hashtag and name (hidden from assistive technologies: the content it stands for stays in the tree). */
export function barLine(hashtag: string, name: string, lang: string | undefined): TemplateResult {
  return html`<p class="bar-line" aria-hidden="true">
    <span class="bar-hashtag">${hashtag}</span>
    <span lang=${ifDefined(lang)}>${name}</span>
  </p>`;
}

/** The bar's own controls beside its content: collapse, then close (when dismissible). */
export function barControls(options: {
  expanded: boolean;
  label: string;
  onToggle: () => void;
  close: TemplateResult | typeof nothing;
}): TemplateResult {
  return html`<div class="bar-controls">
    <button
      class="bar-toggle"
      part="bar-toggle"
      type="button"
      aria-expanded=${options.expanded ? 'true' : 'false'}
      aria-controls="bar-content"
      @click=${options.onToggle}
    >
      <span class="visually-hidden">${options.label}</span>
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
    </button>
    ${options.close}
  </div>`;
}

/**
 * The corner ribbon: a disclosure button that opens the banner in a panel above it; Escape closes
 * the panel and returns focus to the ribbon. `setOpen` opens or closes it and resolves once
 * the banner has rendered that.
 */
export function cornerFrame(options: {
  lang: string;
  open: boolean;
  hashtag: string;
  setOpen: (open: boolean) => Promise<unknown>;
  banner: TemplateResult;
}): TemplateResult {
  const { open, setOpen } = options;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    const toggle = (event.currentTarget as Element).querySelector<HTMLElement>('.toggle');
    void setOpen(false).then(() => toggle?.focus());
  };
  return html`<div class="root frame" lang=${options.lang} @keydown=${onKeydown}>
    <button
      class="toggle"
      part="toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="banner"
      @click=${() => void setOpen(!open)}
    >
      <span class="toggle-mark" aria-hidden="true">1000</span>
      <span>${options.hashtag}</span>
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg>
    </button>
    ${options.banner}
  </div>`;
}
