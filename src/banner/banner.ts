import { html, nothing, svg, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps } from '../shared/css-props.js';
import { FlaggedElement } from '../shared/flag.js';
import { fnv1a } from '../data/hash.js';
import type { Campaign, Feed, FeedEvent, ImageRef, Network } from '../data/schema.js';
import { toSafeUrl } from '../data/url.js';
import { formatDate, formatNumber, formatTime, zonedParts } from '../i18n/format.js';
import { langOf, localize, type Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { VERSION } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-controller.js';
import { classNames } from '../shared/class-names.js';
import { LazyPart } from '../shared/lazy-part.js';
import { bannerStyles } from './banner.styles.js';
import { TisDismissEvent } from './events.js';
import { bannerMessages } from './messages.js';

export type BannerVariant = 'inline' | 'top' | 'bottom' | 'corner';

/** Where the campaign stands at a given instant. Only `active` shows the banner. */
export type CampaignPhase = 'active' | 'not-started' | 'ended' | 'paused';

/** The `top`, `bottom` and `corner` variants' styles and controls (overlay.ts), once loaded. */
let overlay: typeof import('./overlay.js') | undefined;
const loadOverlay = () =>
  import('./overlay.js').then((module) => {
    overlay = module;
  });
/** A dismissible banner's close button, storage and focus walk (dismiss.ts), once loaded. */
let dismissal: typeof import('./dismiss.js') | undefined;
const loadDismissal = () =>
  import('./dismiss.js').then((module) => {
    dismissal = module;
  });

/** Prefix of the dismissal keys in localStorage (one key per campaign message). */
export const DISMISS_KEY_PREFIX = 'tis-widgets:banner:dismissed:';

/** Shown when the feed cannot load and the page gave no fallback content of its own. */
const CAMPAIGN_SITE_URL = 'https://1000territoires.github.io/';

/** The campaign's dates are French calendar dates: they start and end at midnight in Paris. */
const CAMPAIGN_TIME_ZONE = 'Europe/Paris';
const DAY = 864e5;

/**
 * The dismissal key of a campaign message. It changes when the campaign's name, motto,
 * hashtag or call to action changes, so a new message shows again; it does not change on every
 * regeneration of the feed (`generatedAt`), which would bring back a closed banner daily.
 */
export function dismissKey(campaign: Campaign): string {
  const message = JSON.stringify([
    campaign.hashtag,
    campaign.name,
    campaign.motto ?? null,
    campaign.callToAction ?? null,
  ]);
  return `${DISMISS_KEY_PREFIX}${campaign.id}:${fnv1a(message)}`;
}

/** `localStorage`, or `null` where it is missing or forbidden (privacy modes, sandboxed frames). */
function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Calendar date (`YYYY-MM-DD`) of an instant in Paris. */
function parisDate(now: number): string {
  const { year, month, day } = zonedParts(now, CAMPAIGN_TIME_ZONE);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The kill switch: a campaign shows only while `status` is `active` and today (in Paris) lies
 * within `startDate`..`endDate`, both inclusive.
 */
export function campaignPhase(campaign: Campaign, now: number): CampaignPhase {
  if (campaign.status === 'ended') return 'ended';
  if (campaign.status === 'paused') return 'paused';
  const today = parisDate(now);
  if (campaign.startDate && today < campaign.startDate) return 'not-started';
  if (campaign.endDate && today > campaign.endDate) return 'ended';
  return 'active';
}

/** A campaign link carrying the embedding network (`?via=`), so the campaign site can count it. */
/**
 * The next scheduled event of any network at `now` (or the one under way): not ended, not
 * cancelled, not postponed (no reliable date yet); the earliest start, the feed's order on a tie.
 */
function nextEvent(events: readonly FeedEvent[], now: number): FeedEvent | undefined {
  let next: FeedEvent | undefined;
  let nextStart = Infinity;
  for (const event of events) {
    if (event.status === 'cancelled' || event.status === 'postponed') continue;
    if (Date.parse(event.end) < now) continue;
    const start = Date.parse(event.start);
    if (start < nextStart) [next, nextStart] = [event, start];
  }
  return next;
}

function withVia(url: string | undefined, network: string | undefined): string | undefined {
  const safe = toSafeUrl(url);
  if (!safe || !network) return safe;
  const link = new URL(safe);
  link.searchParams.set('via', network);
  return link.href;
}

/**
 * The common campaign banner of #1000territoiresIS, co-branded with the network that embeds
 * it. It reads the campaign, the network, the next event and the territory count from the
 * shared feed, and disappears everywhere when the feed says the campaign is over (kill switch).
 *
 * Variants: `inline` in the page flow; `top` and `bottom` bars fixed to the viewport edge, that
 * overlay the page (reserve their room with `body` padding); `corner`, a small ribbon that
 * opens the banner in a panel.
 *
 * @summary The #1000territoiresIS campaign banner, co-branded by each network.
 * @tag tis-banner
 *
 * @slot - Fallback content (e.g. a plain link to the campaign), shown while the feed loads and if it cannot load.
 *
 * @csspart base - The banner itself (the labelled region).
 * @csspart logo - The campaign logo, or the drawn mark when the feed has none.
 * @csspart hashtag - The campaign hashtag.
 * @csspart title - The campaign name.
 * @csspart motto - The campaign motto.
 * @csspart network - The co-branding line ("<Network> s'engage pour…").
 * @csspart network-logo - The network's logo, when the feed has one.
 * @csspart facts - The list holding the next event and the territory count.
 * @csspart event - The next event.
 * @csspart count - The territory count.
 * @csspart meter - The progress bar of the territory count (decorative).
 * @csspart cta - The call-to-action link.
 * @csspart close - The close button (`dismissible`).
 * @csspart toggle - The ribbon button of the `corner` variant.
 * @csspart bar-toggle - The collapse button of the `top` and `bottom` bars (`aria-expanded`).
 * @csspart fallback - The box holding the fallback content.
 *
 * @cssprop [--tis-banner-background=color-mix(in srgb, primary 6%, surface)] - Background of the banner.
 * @cssprop [--tis-banner-color=var(--tis-color-text, #161616)] - Text colour.
 * @cssprop [--tis-banner-title-color=var(--tis-color-primary, #000091)] - Colour of the campaign name.
 * @cssprop [--tis-banner-hashtag-color=var(--tis-color-accent, #c9191e)] - Colour of the hashtag.
 * @cssprop [--tis-banner-accent=network colour, else var(--tis-color-primary, #000091)] - The stripe along the banner's edge and the progress bar.
 * @cssprop [--tis-banner-cta-background=var(--tis-color-primary, #000091)] - Background of the call to action.
 * @cssprop [--tis-banner-cta-color=var(--tis-color-on-primary, #ffffff)] - Text of the call to action.
 * @cssprop [--tis-banner-max-width=80rem] - Widest the content grows (the bars stay full-width).
 * @cssprop [--tis-banner-reserved-height=see docs] - Height kept while loading (inline variant), so nothing shifts.
 * @cssprop [--tis-banner-z-index=1000] - Stacking order of the `top`, `bottom` and `corner` variants.
 * @cssprop [--tis-banner-offset=1rem] - Distance of the `corner` ribbon from the viewport edges.
 * @cssprop [--tis-color-primary=#000091] - Shared token: main colour.
 * @cssprop [--tis-font-family=inherit] - Shared token: font (the host page's by default).
 *
 * @fires {TisDismissEvent} tis-dismiss - The visitor closed the banner (`campaignId`, `until`).
 * @fires {TisLoadEvent} tis-load - The feed loaded and the banner rendered it.
 * @fires {TisErrorEvent} tis-error - The feed could not load; the fallback content shows. Or (`kind: "script"`) the chunk of the `top`, `bottom` and `corner` variants (the fallback stays) or of the close button (the banner shows without it).
 */
export class TisBanner extends FlaggedElement {
  static readonly version = VERSION;
  static override styles = bannerStyles;

  static override properties = {
    dismissedKey: { state: true, attribute: false },
    open: { state: true, attribute: false },
    preview: { state: true, attribute: false },
    barOpen: { state: true, attribute: false },
    src: {},
    loading: {},
    variant: { reflect: true },
    network: {},
    dismissible: { type: Boolean },
    dismissDays: { attribute: 'dismiss-days', type: Number },
    showEvent: { attribute: 'show-event', type: Boolean },
    showCount: { attribute: 'show-count', type: Boolean },
    theme: { reflect: true },
    lang: { reflect: true },
    now: { type: Number },
  };

  private readonly feedController = new FeedController(this);
  private readonly langController = new LangController(this);
  /** The overlay variants' chunk, asked for when the banner first takes one of them. */
  private readonly overlayPart = new LazyPart(this, () =>
    loadOverlay().then(() => this.requestUpdate()),
  );
  /** The banner itself was drawn at least once (not only its fallback). */
  private drawn = false;
  /** The close button's chunk, asked for when the banner is dismissible. */
  private readonly dismissPart = new LazyPart(this, () =>
    loadDismissal().then(() => this.requestUpdate()),
  );
  /** Whether the viewport is short (overlay.ts), watched once the banner is a bar. */
  private shortViewport?: { readonly matches: boolean };

  /** Closed by the visitor during this page view (also when storage is unavailable). */
  private dismissedKey?: string;
  /** The `corner` panel is open. */
  private open = false;
  private preview = false;
  /** The visitor expanded or collapsed a `top`/`bottom` bar; unset: collapsed on short viewports. */
  private barOpen?: boolean;

  /** The interface language: the element's `lang`, else its closest ancestor's (reactive). */
  private get uiLang(): Lang {
    return this.langController.value;
  }

  /** Feed URL (default: the campaign's public feed). Ignored inside `<tis-feed>`. */
  src?: string;

  /** `lazy`: wait until the banner nears the viewport before loading the feed. */
  loading: 'eager' | 'lazy' = 'eager';

  /** `inline` (in the page flow), `top` or `bottom` (fixed bar), `corner` (ribbon that opens). */
  variant: BannerVariant = 'inline';

  /** Id of the embedding network (`cis`): co-branding, network colour, `?via=` on the link. */
  network?: string;

  /** Shows a close button; the dismissal is remembered per campaign message. */
  dismissible = false;

  /** How many days a dismissal lasts; `0` closes the banner for this page view only. */
  dismissDays = 30;

  /** Shows the next campaign event from the feed. */
  showEvent = false;

  /** Shows the number of territories engaged toward the campaign goal. */
  showCount = false;

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';

  /** Interface language (`fr`, `en`); default: the closest `[lang]`. */
  override lang!: string;

  /** The current time in ms, for the kill switch and the next event (default: `Date.now()`). */
  now?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readHash();
    globalThis.addEventListener?.('hashchange', this.readHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.readHash);
    this.ownerDocument.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The property first: its attribute is reflected only after this hook.
    if (changed.has('variant') && this.variant !== 'corner') this.open = false;
    // The parts are asked for at once, so that they load while the feed does.
    if (this.dismissible) this.dismissPart.request();
    if (this.isOverlay) {
      this.overlayPart.request();
      if (overlay && this.isBar) this.shortViewport ??= overlay.watchShortViewport(this);
      // Right after the banner's own sheets: later in the cascade than those, as when they were
      // one, and before what a subclass or the page added after them.
      const root = this.renderRoot as ShadowRoot;
      const sheet = overlay?.overlayStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
        const sheets = [...root.adoptedStyleSheets];
        sheets.splice(TisBanner.elementStyles.length, 0, sheet);
        root.adoptedStyleSheets = sheets;
      }
    }
  }

  /**
   * Also waits for the chunks the banner asked for (overlay variants, close button), including
   * one asked for while waiting for another (an attribute changed meanwhile).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Parts are only ever added: wait again until none was asked for meanwhile.
    for (let asked = 0; ;) {
      const parts = [this.overlayPart.settled, this.dismissPart.settled].filter(Boolean);
      if (parts.length === asked) return done;
      asked = parts.length;
      await Promise.all(parts);
      done = await super.getUpdateComplete();
    }
  }

  /**
   * False while the banner waits for a chunk it needs (overlay variants, close button), and
   * when its overlay variant's chunk could not load: the fallback shows then. A close button
   * that could not load is left out; one that is still loading after the banner was shown (the
   * attribute set later) is added when it arrives.
   */
  private get partsReady(): boolean {
    if (this.isOverlay && !overlay) return false;
    return !this.dismissible || Boolean(dismissal) || this.dismissPart.failed || this.drawn;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      const doc = this.ownerDocument;
      if (this.open) doc.addEventListener('pointerdown', this.onOutsidePointer, true);
      else doc.removeEventListener('pointerdown', this.onOutsidePointer, true);
    }
  }

  private get isBar(): boolean {
    return this.variant === 'top' || this.variant === 'bottom';
  }

  /** The variants drawn by overlay.ts, a chunk of their own. */
  private get isOverlay(): boolean {
    return this.isBar || this.variant === 'corner';
  }

  /** A bar shows everything unless collapsed by the visitor, or by default on short viewports. */
  private get barExpanded(): boolean {
    return this.barOpen ?? !this.shortViewport?.matches;
  }

  private onBarToggle(): void {
    this.barOpen = !this.barExpanded;
  }

  private readonly readHash = () => {
    this.preview = globalThis.location?.hash === '#tis-preview';
  };

  private readonly onOutsidePointer = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  /** Only from the close button: the dismiss chunk is loaded. */
  private onClose(campaign: Campaign): void {
    const key = dismissKey(campaign);
    const until = this.currentTime() + this.dismissDays * DAY;
    const { storeDismissal, nextTabbableAfter } = dismissal!;
    // `dismiss-days="0"`: closed for this page view only, nothing stored.
    const stored =
      this.dismissDays > 0
        ? storeDismissal(localStore(), `${DISMISS_KEY_PREFIX}${campaign.id}:`, key, until)
        : undefined;
    // What Tab reaches after the banner, in rendered order (other widgets' shadow trees too).
    const next = nextTabbableAfter(this);
    this.dismissedKey = key;
    this.open = false;
    this.dispatchEvent(new TisDismissEvent(campaign.id, stored));
    // The close button disappears with the banner: move on to what Tab would reach next.
    void this.updateComplete.then(() => {
      if (next) next.focus();
      else (this.ownerDocument.activeElement as HTMLElement | null)?.blur?.();
    });
  }

  private currentTime(): number {
    return this.now ?? Date.now();
  }

  private isDismissed(campaign: Campaign, now: number): boolean {
    const key = dismissKey(campaign);
    if (this.dismissedKey === key) return true;
    if (!this.dismissible) return false;
    try {
      const until = Number(localStore()?.getItem(key));
      return Number.isFinite(until) && until > now;
    } catch {
      return false;
    }
  }

  /**
   * Whether the banner is currently shown to the visitor: the feed is loaded, the campaign is
   * running (or `#tis-preview` is in the URL) and the visitor has not dismissed it.
   */
  get visible(): boolean {
    const campaign = this.feedController.feed?.campaign;
    if (!campaign) return false;
    const now = this.currentTime();
    return (
      (this.preview || campaignPhase(campaign, now) === 'active') &&
      !this.isDismissed(campaign, now) &&
      this.partsReady
    );
  }

  private renderFallback(loading: boolean) {
    const t = commonMessages(this.uiLang);
    const classes = {
      root: true,
      fallback: true,
      'is-loading': loading,
      'is-error': !loading,
      'has-network': Boolean(this.network),
      'has-facts': this.showCount || this.showEvent,
      'has-both': this.showCount && this.showEvent,
    };
    return html`<div class=${classNames(classes)} lang=${this.uiLang}>
      <div class="fallback-box" part="fallback">
        <slot
          >${
            loading
              ? html`<span class="skeleton" aria-hidden="true"></span>`
              : html`<a class="fallback-link" href=${CAMPAIGN_SITE_URL}>${t.campaignLink}</a>`
          }</slot
        >
      </div>
    </div>`;
  }

  private renderLogo(campaign: Campaign) {
    const logo: ImageRef | undefined = campaign.logo;
    if (logo?.url) {
      // Decorative: the campaign name is written right beside it.
      return html`<img
        class="logo"
        part="logo"
        src=${logo.url}
        alt=""
        width=${logo.width ?? 48}
        height=${logo.height ?? 48}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
      />`;
    }
    return html`<span class="logo mark" part="logo" aria-hidden="true">
      <svg viewBox="0 0 48 48" width="48" height="48" focusable="false">
        ${svg`<rect class="mark-bg" width="48" height="48" rx="6" />
        <text class="mark-text" x="24" y="26" text-anchor="middle">1000</text>
        <rect class="mark-blue" x="10" y="33" width="9.33" height="4" />
        <rect class="mark-white" x="19.33" y="33" width="9.34" height="4" />
        <rect class="mark-red" x="28.67" y="33" width="9.33" height="4" />`}
      </svg>
    </span>`;
  }

  private renderNetwork(campaign: Campaign, network: Network | undefined) {
    if (!network) return nothing;
    const t = bannerMessages(this.uiLang);
    const name = localize(network.name, this.uiLang);
    const logo = network.logo?.url;
    return html`<p class="network" part="network">
      ${
        logo
          ? html`<img
              class="network-logo"
              part="network-logo"
              src=${logo}
              alt=""
              width=${network.logo?.width ?? 96}
              height=${network.logo?.height ?? 32}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
            />`
          : nothing
      }
      <span
        ><strong lang=${ifDefined(langOf(network.name, this.uiLang))}>${name}</strong>
        ${t.committed(localize(campaign.name, this.uiLang))}</span
      >
    </p>`;
  }

  private eventWhen(event: FeedEvent, now: number): string {
    const lang = this.uiLang;
    const timeZone = event.timeZone ?? CAMPAIGN_TIME_ZONE;
    const start = Date.parse(event.start);
    const end = Date.parse(event.end);
    const startDay = zonedParts(start, timeZone);
    const endDay = zonedParts(end, timeZone);
    const sameYear = startDay.year === zonedParts(now, timeZone).year;
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
      ...(sameYear ? {} : { year: 'numeric' }),
    };
    const sameDay =
      startDay.year === endDay.year &&
      startDay.month === endDay.month &&
      startDay.day === endDay.day;
    if (!sameDay) {
      return bannerMessages(lang).range(
        formatDate(start, lang, options),
        formatDate(end, lang, options),
      );
    }
    const date = formatDate(start, lang, options);
    if (event.allDay) return date;
    return `${date}, ${formatTime(start, lang, timeZone)} – ${formatTime(end, lang, timeZone)}`;
  }

  private renderEvent(feed: Feed, now: number) {
    if (!this.showEvent) return nothing;
    const event = nextEvent(feed.events, now);
    if (!event) return nothing;
    const t = bannerMessages(this.uiLang);
    const title = localize(event.title, this.uiLang);
    const url = toSafeUrl(event.url ?? event.registrationUrl);
    const ongoing = Date.parse(event.start) <= now;
    return html`<li class="event" part="event">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${svg`<path d="M7 2v2H5a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7Zm-2 8h14v9H5v-9Z" />`}
      </svg>
      <span
        ><strong>${ongoing ? t.ongoingEvent : t.nextEvent}</strong>
        <span lang=${ifDefined(langOf(event.title, this.uiLang))}
          >${url ? html`<a href=${url}>${title}</a>` : title}</span
        >, ${this.eventWhen(event, now)}</span
      >
    </li>`;
  }

  private renderCount(campaign: Campaign) {
    if (!this.showCount) return nothing;
    const lang = this.uiLang;
    // A published index carries the figure; a monolithic feed is counted.
    const count =
      this.feedController.document?.summary?.territories?.total ??
      this.feedController.feed!.territories.filter((t) => t.joinedAt !== undefined).length;
    const ratio = Math.min(1, count / campaign.goal);
    return html`<li class="count" part="count">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${svg`<path d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z" />`}
      </svg>
      <span class="count-text"
        >${bannerMessages(lang).territories(formatNumber(count, lang), formatNumber(campaign.goal, lang), count)}</span
      >
      <span class="meter" part="meter" aria-hidden="true"
        ><span class="meter-fill" style=${cssProps({ '--_ratio': String(ratio) })}></span
      ></span>
    </li>`;
  }

  private renderBanner(feed: Feed, campaign: Campaign, now: number, phase: CampaignPhase) {
    const lang = this.uiLang;
    const t = bannerMessages(lang);
    const network = this.network ? feed.networks.find((n) => n.id === this.network) : undefined;
    const via =
      this.network && /^[a-z0-9][a-z0-9._-]*$/i.test(this.network) ? this.network : undefined;
    const ctaUrl = withVia(campaign.callToAction?.url ?? campaign.url, via);
    const ctaLabel = campaign.callToAction ? localize(campaign.callToAction.label, lang) : t.cta;
    const motto = localize(campaign.motto, lang);
    const event = this.renderEvent(feed, now);
    const count = this.renderCount(campaign);
    const corner = this.variant === 'corner';
    const colours = network?.color ? { '--_network-color': network.color } : {};
    // A bar keeps its controls (collapse, close) outside the content, so they stay in place
    // and keep focus when the content collapses to one line.
    const bar = this.isBar;
    const expanded = !bar || this.barExpanded;
    // Without its chunk (it could not load), a dismissible banner shows with no close button.
    const close =
      this.dismissible && dismissal
        ? dismissal.closeButton(t.close, () => this.onClose(campaign))
        : nothing;
    const banner = html`<section
      id="banner"
      class=${classNames({
        banner: true,
        bar,
        'is-collapsed': !expanded,
        dismissible: close !== nothing,
        // The same room as while loading (see the styles), so the page never moves up on arrival.
        'has-network': Boolean(this.network),
        'has-facts': this.showCount || this.showEvent,
        'has-both': this.showCount && this.showEvent,
      })}
      part="base"
      aria-labelledby="title"
      ?hidden=${corner && !this.open}
      style=${cssProps(colours)}
    >
      ${phase !== 'active' ? html`<p class="preview">${t.preview}</p>` : nothing}
      ${
        expanded
          ? nothing
          : overlay!.barLine(
              campaign.hashtag,
              localize(campaign.name, lang),
              langOf(campaign.name, lang),
            )
      }
      <div class="inner" id="bar-content" ?hidden=${!expanded}>
        ${this.renderLogo(campaign)}
        <div class="text">
          <p class="hashtag" part="hashtag">${campaign.hashtag}</p>
          <p class="title" id="title" part="title" lang=${ifDefined(langOf(campaign.name, lang))}>
            ${localize(campaign.name, lang)}
          </p>
          ${
            motto
              ? html`<p class="motto" part="motto" lang=${ifDefined(langOf(campaign.motto, lang))}>
                  ${motto}
                </p>`
              : nothing
          }
          ${this.renderNetwork(campaign, network)}
          ${
            event !== nothing || count !== nothing
              ? html`<ul class="facts" part="facts">
                  ${event}${count}
                </ul>`
              : nothing
          }
        </div>
        ${
          ctaUrl
            ? html`<div class="actions">
                <a
                  class="cta"
                  part="cta"
                  href=${ctaUrl}
                  lang=${ifDefined(langOf(campaign.callToAction?.label, lang))}
                  >${ctaLabel}<svg
                    class="arrow"
                    viewBox="0 0 24 24"
                    aria-hidden="true"
                    focusable="false"
                  >
                    ${svg`<path d="M16.17 13H4v-2h12.17l-5.36-5.36 1.42-1.42L20 12l-7.78 7.78-1.42-1.42L16.17 13Z" />`}
                  </svg></a
                >
              </div>`
            : nothing
        }
        ${bar ? nothing : close}
      </div>
      ${
        bar
          ? overlay!.barControls({
              expanded,
              label: t.barToggle,
              onToggle: () => this.onBarToggle(),
              close,
            })
          : nothing
      }
    </section>`;
    if (!corner) return html`<div class="root frame" lang=${lang}>${banner}</div>`;
    return overlay!.cornerFrame({
      lang,
      open: this.open,
      hashtag: campaign.hashtag,
      setOpen: (open) => {
        this.open = open;
        return this.updateComplete;
      },
      banner,
    });
  }

  override render() {
    return this.feedController.render({
      pending: () => this.renderFallback(true),
      error: () => this.renderFallback(false),
      complete: (feed) => {
        const campaign = feed.campaign;
        // A feed without a campaign has nothing to promote: keep the partner's fallback.
        if (!campaign) return this.renderFallback(false);
        const now = this.currentTime();
        const phase = campaignPhase(campaign, now);
        // The kill switch: outside the campaign, nothing at all (not even the fallback).
        if (phase !== 'active' && !this.preview) return nothing;
        if (this.isDismissed(campaign, now)) return nothing;
        // A part still loading: the fallback, as while the feed loads; also when an overlay
        // variant's chunk could not load.
        if (!this.partsReady)
          return this.renderFallback(!(this.isOverlay && this.overlayPart.failed));
        this.drawn = true;
        return this.renderBanner(feed, campaign, now, phase);
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-banner': TisBanner;
  }
}
