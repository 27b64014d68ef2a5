import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { requestDataRender, scheduleInTurn } from '../shared/render-turns.js';
import { cssProps } from '../shared/css-props.js';
import { FlaggedElement } from '../shared/flag.js';
import type { FeedError } from '../data/errors.js';
import { LazyPart } from '../shared/lazy-part.js';
import type { NeedStatus } from '../data/shards.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { formatRelative } from '../i18n/relative.js';
import { localize, type Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { VERSION } from '../shared/define.js';
import { getFeedIndex } from '../data/queries.js';
import { shardLoading } from '../data/shard-set.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-controller.js';
import { tokens } from '../shared/styles.js';
import { counterMessages, unitOf, type CounterMetric } from './messages.js';
import { counterStyles } from './territory-counter.styles.js';
import { loadMap, renderCounterMap, renderMapBone, renderMapList } from './map-view.js';
import {
  breakdownShown,
  memoizedModel,
  modelFromSummary,
  needOf,
  type CounterBreakdown,
  type CounterModel,
  type CounterQuery,
} from './counter-model.js';
import { CountUp, whenSeen } from './count-up.js';
import { animateDigitColumns, canCountUp, renderDigitColumns } from './digit-columns.js';

export type { CounterMetric } from './messages.js';
export type { BreakdownRow, CounterBreakdown } from './counter-model.js';
export type CounterView = 'number' | 'map';

/**
 * Breakdown rows reserved while loading; a shorter loaded breakdown keeps that height (empty
 * rows) so the page below does not move up when the data arrives.
 */
const RESERVED_ROWS = 2;

let animateWarned = false;

/** `animate="false"` still works; says once per page what to write instead. */
function warnAnimateDeprecated(): void {
  if (animateWarned) return;
  animateWarned = true;
  console.warn(
    '[1000territoires] <tis-territory-counter animate="false"> is deprecated: write no-animation instead (same effect).',
  );
}

/**
 * The pulse of the campaign: how many territories joined toward the goal of 1000, with a
 * progress bar, milestones, the latest territory to join and a breakdown by région. Can also
 * count initiatives, partner networks or upcoming events, within one territory or for one
 * network.
 *
 * The number counts up once when the counter first scrolls into view (under 2 s), except with
 * `prefers-reduced-motion: reduce` or `animate="false"`. Screen readers hear the final value
 * once: the moving digits are hidden from them and a status region holds the final sentence.
 *
 * With `view="map"`, a map of France (départements, or régions with `breakdown="region"`)
 * shades each area by the count, with a numbered legend; the breakdown list under it is the
 * map's text alternative. A restriction to a territory draws its région only.
 *
 * Inside a `<tis-feed>`, the counter follows the shared selection's territory and network when
 * its own `territory` and `network` attributes are not set.
 *
 * @summary Territories joined toward the campaign goal, with progress and breakdown.
 * @tag tis-territory-counter
 * @slot - Fallback content shown while the feed loads with no data yet, and when it fails
 *   (for example a plain link to the campaign site). Defaults to a short message.
 * @csspart base - The wrapper of the whole counter.
 * @csspart caption - The campaign hashtag above the number.
 * @csspart number - The large number.
 * @csspart label - The words after the number ("territoires engagés sur 1 000").
 * @csspart scope - The territory and network restriction line.
 * @csspart progress - The progress bar track.
 * @csspart progress-fill - The filled part of the progress bar.
 * @csspart milestones - The list of milestone labels under the bar.
 * @csspart freshness - The "latest territory to join" line.
 * @csspart breakdown - The breakdown section.
 * @csspart cta - The call-to-action link shown while no territory has joined.
 * @csspart map - With `view="map"`, the map of France (its chunk loads on first use).
 * @cssprop [--tis-color-primary=#000091] - Number, progress fill and bars.
 * @cssprop [--tis-color-accent=#c9191e] - Reached milestones.
 * @cssprop [--tis-color-text=#161616] - Text.
 * @cssprop [--tis-color-text-muted=#53575f] - Secondary text.
 * @cssprop [--tis-color-surface=#ffffff] - Background.
 * @cssprop [--tis-color-surface-alt=#f3f4f8] - Progress track and breakdown bar track.
 * @cssprop [--tis-color-border=#c9ccd6] - Border around the counter.
 * @cssprop [--tis-radius=0.5rem] - Corner radius.
 * @cssprop [--tis-space=1rem] - Base spacing.
 * @cssprop [--tis-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--tis-font-size=1rem] - Base font size.
 * @cssprop [--tis-counter-number-size=clamp(2.75rem, 18cqi, 5rem)] - Size of the large number.
 * @fires {TisLoadEvent} tis-load - The feed was loaded and the counter rendered it.
 * @fires {TisErrorEvent} tis-error - The feed could not be loaded (the fallback shows), or the map's chunk (`view="map"`; `kind: "script"`: the breakdown list shows instead).
 */
export class TisTerritoryCounter extends FlaggedElement {
  static readonly version = VERSION;
  /** Length of the count-up animation, in ms. */
  static readonly animationDuration = 1400;
  static override styles = [tokens, counterStyles];

  static override properties = {
    spoken: { state: true, attribute: false },
    lang: { reflect: true },
    src: {},
    loading: {},
    metric: {},
    territory: {},
    network: {},
    goal: { type: Number },
    breakdown: {},
    view: {},
    noAnimation: { type: Boolean, attribute: 'no-animation' },
    countUp: {
      attribute: 'animate',
      converter: { fromAttribute: (value: string | null) => value !== 'false' },
    },
    hideGoal: { type: Boolean, attribute: 'hide-goal' },
    hideProgress: { type: Boolean, attribute: 'hide-progress' },
    hideMilestones: { type: Boolean, attribute: 'hide-milestones' },
    hideFreshness: { type: Boolean, attribute: 'hide-freshness' },
    hideCaption: { type: Boolean, attribute: 'hide-caption' },
    now: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  private readonly feedController = new FeedController(this, {
    shards: shardLoading,
    index: getFeedIndex,
    turns: requestDataRender,
  });
  private readonly langController = new LangController(this);
  /** The number's count-up: only the digits move; the bar shows the final value from the start. */
  private readonly animation = new CountUp(
    this,
    TisTerritoryCounter.animationDuration,
    (duration) => {
      // Lit rendered the columns at `shown` (0); the final render, when they finish, writes the text.
      const target = this.model?.count ?? 0;
      return {
        target,
        animations: animateDigitColumns(
          this.renderRoot,
          this.formatCount(target),
          target,
          duration,
        ),
      };
    },
  );
  private inView = false;
  /** The map's chunk (`view="map"`); if it cannot load, the breakdown list shows instead. */
  private readonly mapPart = new LazyPart(this, loadMap);
  /**
   * The rows of the map's list, closed (no `breakdown` attribute), are built when the page is
   * idle after the first paint, or at once when the list is clicked or opened: unseen and out
   * of the accessibility tree, they are no part of the map's first paint (`false`: waiting for
   * that idle moment).
   */
  private mapListBuilt?: boolean;
  /** Waiting for the counter to be seen, or seen. */
  private watchingView = false;
  private model?: CounterModel;
  /** How far the data of a published feed is loaded (undefined: all there, or figures used). */
  private coverage?: NeedStatus;
  private readonly modelFor = memoizedModel();
  /**
   * The sentence in the live region. It is said once the count-up has finished with the counter
   * in view, not when the data arrives: a page with counters far below the fold stays quiet.
   */
  private spoken = '';

  /** The interface language: the element's `lang`, else its closest ancestor's (reactive). */
  private get uiLang(): Lang {
    return this.langController.value;
  }

  /** A map is drawn: `view="map"`, unless its chunk could not load (its list shows instead). */
  private get showsMap(): boolean {
    return this.view === 'map' && !this.mapPart.failed;
  }

  /** Whether the number counts up when first seen (`no-animation`, or the deprecated `animate`). */
  private get animated(): boolean {
    return this.countUp && !this.noAnimation;
  }

  /**
   * Interface language (`fr`, `en`); default: the closest `[lang]` ancestor, else French.
   * Declared as a reactive property so that changing it re-renders the counter.
   */
  override lang!: string;

  /** Feed URL (default: the campaign's public feed). Ignored inside a `<tis-feed>`. */
  src?: string;

  /** `lazy`: load the feed only when the counter nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /** What to count: `territories` joined (default), `initiatives`, partner `networks`, upcoming `events`. */
  metric: CounterMetric = 'territories';

  /** Restricts the count to a territory and what lies within it (`region:53`, `departement:29`). */
  territory?: string;

  /** Restricts the count to what one network brought (network id). */
  network?: string;

  /** Overrides the goal (default: the campaign's goal, for territories with no restriction). */
  goal?: number;

  /** Breakdown shown under the counter: `region`, `departement`, `kind` (of territory) or `none`. */
  breakdown: CounterBreakdown = 'none';

  /**
   * `map` adds a map of France shaded by the count, by département (by région with
   * `breakdown="region"`), above the breakdown, which is then always shown as its text
   * alternative. Default `number`.
   */
  view: CounterView = 'number';

  /**
   * Shows the final number at once, with no count-up. The count-up never runs for visitors who
   * ask for reduced motion either.
   */
  noAnimation = false;

  /**
   * @deprecated Use `no-animation`. `animate="false"` still shows the final number at once, with
   * one console warning per page.
   */
  countUp = true;

  /** Hides the goal ("sur 1 000") and the progress bar. */
  hideGoal = false;

  /** Hides the progress bar (the goal sentence stays). */
  hideProgress = false;

  /** Hides the milestone labels under the progress bar. */
  hideMilestones = false;

  /** Hides the freshness line ("Dernier territoire engagé : Figeac, il y a 3 jours"). */
  hideFreshness = false;

  /** Hides the campaign hashtag above the number. */
  hideCaption = false;

  /** The current time in ms (for relative times and upcoming events); default `Date.now()`. */
  now?: number;

  /** Level of the breakdown's heading (2 to 6, default 3), to fit the page's outline. */
  headingLevel = 3;

  /** New data renders in turn with the page's other widgets (see shared/render-turns.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view === 'map') this.mapPart.request();
    const feed = this.feedController.feed;
    const index = this.feedController.index;
    this.coverage = undefined;
    let model: CounterModel | undefined;
    if (feed && index) {
      const query = this.query;
      // A published index carries the campaign's figures: no shard for the common case.
      model = modelFromSummary(feed, index, this.feedController.document?.summary, query);
      if (!model) {
        const coverage = this.feedController.need(needOf(query));
        if (coverage.total) this.coverage = coverage;
        if (coverage.loaded + coverage.failed.length >= coverage.total)
          model = this.modelFor(feed, index, query);
      }
    }
    this.model = model;
    if (changed.has('countUp') && !this.countUp) warnAnimateDeprecated();
    // Start from zero and wait until the counter is seen; with nothing to count, nothing moves.
    this.animation.prepare(model?.count, this.animated && canCountUp());
    if (model && this.inView && this.animation.shown === undefined)
      this.spoken = this.sentenceOf(model);
  }

  protected override updated(): void {
    if (
      this.model &&
      this.showsMap &&
      this.breakdown === 'none' &&
      this.mapListBuilt === undefined
    ) {
      this.mapListBuilt = false;
      const idle = globalThis.requestIdleCallback
        ? (callback: () => void) => globalThis.requestIdleCallback(callback, { timeout: 2000 })
        : (callback: () => void) => setTimeout(callback, 200);
      requestAnimationFrame(() => idle(this.onMapListOpen));
    }
    // Notes when the counter is first seen, for its announcement.
    if (this.model && !this.watchingView) {
      this.watchingView = true;
      whenSeen(this, () => {
        this.inView = true;
        this.requestUpdate();
      });
    }
  }

  private get effectiveTerritory(): string | undefined {
    return this.territory || this.feedController.selection.territory || undefined;
  }

  private get effectiveNetwork(): string | undefined {
    return this.network || this.feedController.selection.network || undefined;
  }

  /** The breakdown drawn: with the map, its level (départements unless `region`). */
  private get breakdownShown(): CounterBreakdown {
    return breakdownShown(this.breakdown, this.view);
  }

  /** The settings the model depends on. */
  private get query(): CounterQuery {
    return {
      metric: this.metric,
      territory: this.effectiveTerritory,
      network: this.effectiveNetwork,
      now: this.now,
      lang: this.uiLang,
      goal: this.goal,
      breakdown: this.breakdownShown,
    };
  }

  private readonly onRetry = () => this.feedController.retry();

  private readonly onMapListOpen = () => {
    if (this.mapListBuilt) return;
    this.mapListBuilt = true;
    this.requestUpdate();
  };

  /** The final value counted (after any animation); `undefined` before the feed is ready. */
  get value(): number | undefined {
    return this.model?.count;
  }

  private formatCount(value: number): string {
    return formatNumber(value, this.uiLang);
  }

  /** The sentence a screen reader hears, once: the final value, never a moving one. */
  private sentenceOf(model: CounterModel): string {
    const m = counterMessages(this.uiLang);
    if (model.count === 0) return m.zeroAccessible(model.metric);
    const goal = model.goal && !this.hideGoal ? this.formatCount(model.goal) : undefined;
    const parts = [
      m.sentence(
        this.formatCount(model.count),
        unitOf(model.metric, model.count, this.uiLang),
        goal,
      ),
    ];
    if (model.scope) parts.push(m.scope(model.scope));
    if (model.network) parts.push(m.byNetwork(model.network));
    return `${parts.join('. ')}.`;
  }

  private renderProgress(model: CounterModel): TemplateResult | typeof nothing {
    const goal = model.goal;
    if (!goal || this.hideGoal || this.hideProgress) return nothing;
    const m = counterMessages(this.uiLang);
    const ratio = Math.min(1, model.count / goal);
    const percent = formatNumber(ratio, this.uiLang, {
      style: 'percent',
      maximumFractionDigits: ratio > 0 && ratio < 0.1 ? 1 : 0,
    });
    const next = model.milestones.find((value) => value > model.count);
    const last = model.milestones.at(-1);
    return html`
      <div class="progress-head">
        <span class="percent">${m.percentOfGoal(percent)}</span>
      </div>
      <div
        class="track"
        part="progress"
        role="progressbar"
        aria-label=${m.progressLabel}
        aria-valuemin="0"
        aria-valuemax=${goal}
        aria-valuenow=${Math.min(model.count, goal)}
        aria-valuetext=${m.progressValue(this.formatCount(model.count), this.formatCount(goal), percent)}
      >
        <div
          class="fill"
          part="progress-fill"
          style=${cssProps({ '--_fill': String(Math.min(1, model.count / goal)) })}
        ></div>
        ${model.milestones.map(
          (value) =>
            html`<span
              class="tick ${value >= goal ? 'end' : ''}"
              style=${cssProps({ '--_at': String(value / goal) })}
            ></span>`,
        )}
      </div>
      ${
        this.hideMilestones || !model.milestones.length
          ? nothing
          : html`<ol class="milestones" part="milestones" aria-label=${m.milestones}>
              ${model.milestones.map(
                (value) =>
                  html`<li
                    class="milestone ${model.count >= value ? 'reached' : ''} ${value === last ? 'last' : ''}"
                    style=${cssProps({ '--_at': String(value / goal) })}
                  >
                    <span aria-hidden="true">${this.formatCount(value)}</span
                    ><span class="visually-hidden"
                      >${model.count >= value ? m.milestoneReached(this.formatCount(value)) : this.formatCount(value)}</span
                    >
                  </li>`,
              )}
            </ol>`
      }
      <p class="next">
        ${
          next === undefined
            ? model.count >= goal
              ? m.goalReached
              : nothing
            : m.nextMilestone(this.formatCount(next), this.formatCount(next - model.count))
        }
      </p>
    `;
  }

  private renderFreshness(model: CounterModel): TemplateResult | typeof nothing {
    const fresh = model.freshness;
    if (!fresh || this.hideFreshness) return nothing;
    const m = counterMessages(this.uiLang);
    const now = this.now ?? Date.now();
    let line: string;
    if (model.metric === 'events') {
      line = m.nextEvent(
        fresh.name,
        fresh.at <= now ? m.eventNow : formatRelative(fresh.at, now, this.uiLang),
      );
    } else {
      // A date slightly ahead of the clock (time zones, clock drift) still reads as the past.
      const when = formatRelative(Math.min(fresh.at, now), now, this.uiLang);
      line =
        model.metric === 'initiatives'
          ? m.lastInitiative(fresh.name, when)
          : m.lastTerritory(fresh.name, when);
    }
    return html`<p class="freshness" part="freshness">
      <span class="pulse" aria-hidden="true"></span><span>${line}</span>
    </p>`;
  }

  private renderBreakdown(model: CounterModel): TemplateResult | typeof nothing {
    if (!model.breakdown.length) return nothing;
    const m = counterMessages(this.uiLang);
    const title =
      this.breakdownShown === 'kind'
        ? m.breakdownKind
        : this.breakdownShown === 'departement'
          ? m.breakdownDepartement
          : m.breakdownRegion;
    const max = Math.max(...model.breakdown.map((row) => row.count));
    return html`<section class="breakdown" part="breakdown" aria-labelledby="breakdown-title">
      <div
        class="breakdown-title"
        id="breakdown-title"
        role="heading"
        aria-level=${Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3))}
      >
        ${title}
      </div>
      <ul class="rows">
        ${model.breakdown.map(
          (row) =>
            html`<li class="row">
              <span class="visually-hidden"
                >${m.breakdownItem(row.label, this.formatCount(row.count))}</span
              >
              <span class="row-label" aria-hidden="true">${row.label}</span>
              <span class="row-count" aria-hidden="true">${this.formatCount(row.count)}</span>
              <span class="bar" aria-hidden="true"
                ><span
                  class="bar-fill"
                  style=${cssProps({ '--_share': String(row.count / max) })}
                ></span
              ></span>
            </li>`,
        )}
        ${Array.from(
          { length: Math.max(0, RESERVED_ROWS - model.breakdown.length) },
          () =>
            html`<li class="row filler" aria-hidden="true">
              <span class="row-label">${'\u00a0'}</span><span class="bar"></span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderCounter(model: CounterModel): TemplateResult {
    const m = counterMessages(this.uiLang);
    const feed = this.feedController.feed!;
    const goal = model.goal && !this.hideGoal ? model.goal : undefined;
    const final = this.formatCount(model.count);
    const hashtag = feed.campaign?.hashtag;
    const cta = feed.campaign?.callToAction;
    const stale = this.feedController.state.stale && this.feedController.state.fetchedAt;
    const scope = [
      model.scope && m.scope(model.scope),
      model.network && m.byNetwork(model.network),
    ].filter(Boolean);
    return html`
      ${hashtag && !this.hideCaption ? html`<p class="caption" part="caption">${hashtag}</p>` : nothing}
      ${
        model.count === 0
          ? html`<p class="zero" aria-hidden="true">${m.zero(model.metric)}</p>`
          : html`<p class="headline" aria-hidden="true">
              <span class="number" part="number"
                ><span class="sizer">${final}</span
                ><span class="digits"
                  >${
                    this.animation.shown === undefined
                      ? final
                      : renderDigitColumns(final, this.animation.shown)
                  }</span
                ></span
              >
              <span class="label" part="label"
                >${unitOf(model.metric, model.count, this.uiLang)}${
                  goal
                    ? html` <span class="goal">${m.goalSuffix(this.formatCount(goal))}</span>`
                    : nothing
                }</span
              >
            </p>`
      }
      ${scope.length ? html`<p class="scope" part="scope">${scope.join(' · ')}</p>` : nothing}
      ${
        model.count === 0 && model.metric === 'territories' && cta?.url
          ? html`<p class="cta-line">
              <a class="cta" part="cta" href=${cta.url}>${localize(cta.label, this.uiLang)}</a>
            </p>`
          : nothing
      }
      ${this.renderProgress(model)} ${this.renderFreshness(model)}
      ${
        this.showsMap
          ? renderCounterMap({
              rows: model.breakdown,
              metric: model.metric,
              level: this.breakdownShown === 'region' ? 'region' : 'departement',
              territory: this.effectiveTerritory,
              index: this.feedController.index,
              lang: this.uiLang,
            })
          : nothing
      }
      ${
        !this.showsMap
          ? this.renderBreakdown(model)
          : model.breakdown.length
            ? renderMapList(
                this.breakdown !== 'none' || this.mapListBuilt
                  ? this.renderBreakdown(model)
                  : nothing,
                this.breakdown !== 'none',
                this.uiLang,
                this.onMapListOpen,
              )
            : nothing
      }
      ${
        this.coverage?.failed.length
          ? html`<p class="stale">${commonMessages(this.uiLang).partMissing}</p>`
          : nothing
      }
      ${
        stale
          ? html`<p class="stale">
              ${commonMessages(this.uiLang).staleSince(
                formatDate(this.feedController.state.fetchedAt!, this.uiLang, {
                  day: 'numeric',
                  month: 'long',
                }),
              )}
            </p>`
          : nothing
      }
    `;
  }

  /**
   * Loading: muted blocks in the exact boxes the loaded counter will take, as far as the
   * attributes tell (caption, number, scope, progress and milestones, freshness, breakdown),
   * so nothing below the counter moves when the data arrives. The fallback stays for
   * assistive technologies.
   */
  private renderSkeleton(): TemplateResult {
    const common = commonMessages(this.uiLang);
    const bone = (text: string) => html`<span class="bone">${text}</span>`;
    const progress = !this.hideGoal && !this.hideProgress;
    return html`<div class="skeleton" aria-hidden="true">
        ${this.hideCaption ? nothing : html`<p class="caption">${bone('#1000territoires')}</p>`}
        <p class="headline">
          <span class="number">${bone('000')}</span>
          <span class="label">${bone('territoires engagés')}</span>
        </p>
        ${this.territory || this.network ? html`<p class="scope">${bone('Périmètre')}</p>` : nothing}
        ${
          progress
            ? html`<p class="progress-head">${bone('0 % de l’objectif')}</p>
                <div class="track"></div>
                ${this.hideMilestones ? nothing : html`<div class="milestones"></div>`}
                <p class="next">${bone('Prochain palier : 000')}</p>`
            : nothing
        }
        ${
          this.hideFreshness
            ? nothing
            : html`<p class="freshness">
                <span class="pulse"></span
                >${bone('Dernier territoire engagé : Territoire, avant-hier')}
              </p>`
        }
        ${this.showsMap ? renderMapBone() : nothing}
        ${
          this.breakdownShown === 'none'
            ? nothing
            : html`<div class="breakdown">
                <p class="breakdown-title">${bone('Répartition')}</p>
                <ul class="rows">
                  ${Array.from(
                    { length: RESERVED_ROWS },
                    () =>
                      html`<li class="row">
                        <span class="row-label">${bone('Territoire')}</span>
                        <span class="row-count">${'\u00a0'}</span><span class="bar"></span>
                      </li>`,
                  )}
                </ul>
              </div>`
        }
      </div>
      <div class="visually-hidden">
        <slot><p class="fallback-text">${common.loading}</p></slot>
      </div>`;
  }

  private renderFallback(error: boolean): TemplateResult {
    if (!error) return this.renderSkeleton();
    const common = commonMessages(this.uiLang);
    return html`<div class="fallback">
      <slot>
        <p class="fallback-text">${error ? common.unavailable : common.loading}</p>
      </slot>
      ${error ? html`<button type="button" class="retry" @click=${this.onRetry}>${common.retry}</button>` : nothing}
    </div>`;
  }

  override render() {
    return this.feedController.render({
      pending: () => this.renderState(undefined, false),
      error: (failure) => this.renderState(undefined, true, failure),
      // The model waits for the shards it needs (a published feed without the figures).
      complete: () => this.renderState(this.model, false),
    });
  }

  private renderState(model: CounterModel | undefined, error: boolean, failure?: FeedError) {
    const status = model
      ? this.sentenceOf(model)
      : error
        ? (failure?.messages[this.uiLang] ?? commonMessages(this.uiLang).unavailable)
        : '';
    const loading = !model && !error;
    // An error is said at once; the count once seen (then the sentence above is hidden, so
    // that assistive technologies meet the text once).
    const live = error ? status : this.spoken === status ? status : '';
    return html`<div
      class="root ${model ? 'ready' : 'pending'} ${loading ? 'is-loading' : ''}"
      part="base"
      lang=${this.uiLang}
      aria-busy=${loading ? 'true' : nothing}
    >
      <div
        class="visually-hidden sentence"
        aria-hidden=${live && live === status ? 'true' : nothing}
      >
        ${status}
      </div>
      <div class="visually-hidden" role="status">${live}</div>
      ${model ? this.renderCounter(model) : this.renderFallback(error)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-territory-counter': TisTerritoryCounter;
  }
}
