/**
 * The feed's cards: one initiative as an `<article>` in a list item (image, title link, summary,
 * theme chips, carrier, places, network, date), the count line over them, and the loading
 * state (placeholder cards of the same height).
 * Render functions of the data they are given: no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { FeedIndex } from '../data/queries.js';
import type { Initiative, Theme } from '../data/schema.js';
import type { NeedStatus } from '../data/shards.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { initiativeFeedMessages } from './messages.js';

/** How the items are drawn (the map's list is the `list` layout). */
export type CardLayout = 'cards' | 'list' | 'compact';

export interface CardOptions {
  layout: CardLayout;
  lang: Lang;
  /** Level of the card's heading (2 to 6; anything else reads as 3). */
  headingLevel: number;
  /** Ids of the initiatives whose image failed to load: their cards are drawn without it. */
  brokenImages: ReadonlySet<string>;
  onImageError: (id: string) => void;
  /**
   * The element's cards, per initiative: what does not depend on the card's position is built
   * once (texts, places, themes, date) and reused while the initiative stays in the results, so
   * a keystroke that keeps a card costs Lit's comparison of its values, not their making.
   */
  cache: WeakMap<Initiative, CardContent>;
}

/** The part of a card that depends on the initiative, not on its position in the results. */
export interface CardContent {
  /** What it was made for: index, layout, language and image state. */
  index: FeedIndex;
  layout: CardLayout;
  lang: Lang;
  imageBroken: boolean;
  classes: string;
  media: unknown;
  title: TemplateResult;
  body: TemplateResult;
}

const MAX_TERRITORY_NAMES = 2;
/** Placeholder cards drawn while loading: `page-size`, at most this many. */
const MAX_BONES = 24;
const PIN = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"
  />
</svg>`;

/** One initiative, at `position` (0-based) of `total` results. */
export function renderCard(
  item: Initiative,
  position: number,
  total: number,
  index: FeedIndex,
  options: CardOptions,
) {
  const { layout, lang } = options;
  const imageBroken = options.brokenImages.has(item.id);
  let content = options.cache.get(item);
  if (
    !content ||
    content.index !== index ||
    content.layout !== layout ||
    content.lang !== lang ||
    content.imageBroken !== imageBroken
  ) {
    content = cardContent(item, index, options, imageBroken);
    options.cache.set(item, content);
  }
  const level = Math.min(6, Math.max(2, Math.round(options.headingLevel) || 3));
  // A card whose content and place are unchanged (most cards on most keystrokes, even when the
  // total changes) is not compared value by value again.
  return html`<li class="item" aria-setsize=${total} aria-posinset=${position + 1}>
    ${guard([content, position, level], () => article(content, position, level))}
  </li>`;
}

function article(content: CardContent, position: number, level: number) {
  const headingId = `item-${position}`;
  return html`<article
    class=${content.classes}
    part="item"
    tabindex="-1"
    data-index=${position}
    aria-labelledby=${headingId}
  >
    ${content.media}
    <div class="body">
      <div class="title" part="title" role="heading" aria-level=${level} id=${headingId}>
        ${content.title}
      </div>
      ${content.body}
    </div>
  </article>`;
}

function cardContent(
  item: Initiative,
  index: FeedIndex,
  options: CardOptions,
  imageBroken: boolean,
): CardContent {
  const { layout, lang } = options;
  const m = initiativeFeedMessages(lang);
  const title = localize(item.title, lang);
  const summary = localize(item.summary, lang);
  const network = index.networks.get(item.network);
  const names = item.territories
    .map((id) => index.territories.get(id)?.name)
    .filter((n): n is string => !!n);
  const shownNames = names.slice(0, MAX_TERRITORY_NAMES).join(', ');
  const extra = names.length - MAX_TERRITORY_NAMES;
  const themes = item.themes.map((id) => index.themes.get(id)).filter((t): t is Theme => !!t);
  const accent = themes[0]?.transition;
  const image = layout !== 'compact' && item.image?.url && !imageBroken ? item.image : undefined;
  return {
    index,
    layout,
    lang,
    imageBroken,
    classes: `card${accent ? ` accent-${accent}` : ''}${image ? ' has-image' : ''}`,
    media: image
      ? // Keyed, as the list is: an <img> never gets another initiative's picture (no moment
        // of the previous one while the new one loads), however the card comes to be reused.
        keyed(
          item.id,
          html`<img
            class="media"
            part="image"
            src=${image.url!}
            alt=${localize(image.alt, lang)}
            lang=${ifDefined(langOf(image.alt, lang))}
            width=${image.width ?? 640}
            height=${image.height ?? 360}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${() => options.onImageError(item.id)}
          />`,
        )
      : layout === 'cards'
        ? html`<div class="media placeholder" aria-hidden="true">${PIN}</div>`
        : nothing,
    title: item.url
      ? html`<a href=${item.url} lang=${ifDefined(langOf(item.title, lang))}>${title}</a>`
      : html`<span lang=${ifDefined(langOf(item.title, lang))}>${title}</span>`,
    body: html`${item.example ? html`<span class="badge">${commonMessages(lang).example}</span>` : nothing}
      ${
        summary && layout !== 'compact'
          ? html`<p class="summary" part="summary" lang=${ifDefined(langOf(item.summary, lang))}>
              ${summary}
            </p>`
          : nothing
      }
      ${
        themes.length
          ? html`<ul class="chips" role="list" aria-label=${m.themes}>
              ${themes.map(
                (t) =>
                  html`<li
                    class=${`chip t-${t.transition}`}
                    part="chip"
                    lang=${ifDefined(langOf(t.label, lang))}
                  >
                    ${localize(t.label, lang)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        item.carrier
          ? html`<p class="carrier">${m.carrier} <strong>${item.carrier}</strong></p>`
          : nothing
      }
      <p class="meta" part="meta">
        ${
          shownNames
            ? html`<span class="places"
                >${PIN}<span class="visually-hidden">${m.territories} : </span>${shownNames}${
                  extra > 0 ? ` ${m.moreTerritories(extra)}` : ''
                }</span
              >`
            : nothing
        }
        ${
          network
            ? // One inline run inside the (flex) meta line, so the space after "via" stays.
              html`<span class="network"
                ><span
                  >${m.via}
                  <span lang=${ifDefined(langOf(network.name, lang))}
                    >${localize(network.name, lang)}</span
                  ></span
                ></span
              >`
            : nothing
        }
        ${
          item.updatedAt && layout !== 'compact'
            ? html`<time class="date" datetime=${item.updatedAt}
                >${m.updated(formatDate(item.updatedAt, lang, { day: 'numeric', month: 'short', year: 'numeric' }))}</time
              >`
            : nothing
        }
      </p>`,
  };
}

export interface StatusBarView {
  lang: Lang;
  /** Results in all (a published feed's whole campaign while only its recent page is there). */
  total: number;
  /** Results rendered. */
  shown: number;
  /** When the copy shown was fetched, if it is stale. */
  stale?: number;
  /** How far the shards of a published feed are loaded for the results shown. */
  coverage?: NeedStatus;
  /** The whole campaign is being loaded (a search, a filter, paging): show the progress. */
  loadingMore: boolean;
}

/** The count line over the results, with the stale, progress and missing-part notes. */
export function renderStatusBar(v: StatusBarView): TemplateResult {
  const { lang, total, shown, coverage } = v;
  const m = initiativeFeedMessages(lang);
  const loadingMore =
    coverage && v.loadingMore && coverage.loaded + coverage.failed.length < coverage.total;
  return html`<div class="status-bar">
    <p class="count" part="count">
      <strong>${m.count(total, formatNumber(total, lang))}</strong>${
        shown < total
          ? html`<span class="shown">
              · ${m.showing(formatNumber(shown, lang), formatNumber(total, lang))}</span
            >`
          : nothing
      }
    </p>
    ${
      v.stale
        ? html`<p class="stale">${commonMessages(lang).staleSince(formatDate(v.stale, lang))}</p>`
        : nothing
    }
    ${
      loadingMore
        ? html`<p class="stale" part="progress">
            <label
              >${commonMessages(lang).loadingMore(coverage.loaded, coverage.total)}
              <progress max=${coverage.total} value=${coverage.loaded}></progress
            ></label>
          </p>`
        : nothing
    }
    ${
      coverage?.failed.length
        ? html`<p class="stale" role="status">${commonMessages(lang).partMissing}</p>`
        : nothing
    }
  </div>`;
}

export interface LoadingView {
  lang: Lang;
  layout: CardLayout | 'map';
  itemLayout: CardLayout;
  pageSize: number;
  /** The filter bar as it will be (none without controls). */
  controls?: TemplateResult | typeof nothing;
}

/**
 * The loaded layout, muted and inert: the controls bar as it will be, the count line and
 * `page-size` placeholder cards of the loaded cards' height, so nothing moves on arrival.
 */
export function renderLoading(v: LoadingView): TemplateResult {
  const { lang } = v;
  const count = initiativeFeedMessages(lang).count(0, '00');
  const bones = Math.max(1, Math.min(v.pageSize || 1, MAX_BONES));
  return html`<div class="loading" part="loading">
    <div class="visually-hidden">
      <p class="loading-text">${commonMessages(lang).loading}</p>
      <div class="fallback"><slot></slot></div>
    </div>
    ${
      v.controls
        ? html`<div class="skeleton-controls" aria-hidden="true" inert>${v.controls}</div>`
        : nothing
    }
    <div class="status-bar" aria-hidden="true">
      <p class="bone-count"><span class="bone-text">${count}</span></p>
    </div>
    ${v.layout === 'map' ? html`<div class="map map-bone" aria-hidden="true"></div>` : nothing}
    <div class=${`skeleton layout-${v.itemLayout}`} aria-hidden="true">
      ${Array.from(
        { length: bones },
        () =>
          html`<div class="bone">
            <div class="bone-media"></div>
            <div class="bone-body">
              <span class="bone-line title"></span><span class="bone-line"></span
              ><span class="bone-line short"></span>
            </div>
          </div>`,
      )}
    </div>
  </div>`;
}
