import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { getFeedIndex, type FeedIndex, type InitiativeSort } from '../data/queries.js';
import { TRANSITIONS, type Transition } from '../data/format.js';
import { formatNumber } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/localize.js';
import { commonMessages } from '../i18n/messages.js';
import { requestDataRender, scheduleInTurn } from '../shared/render-turns.js';
import { VERSION } from '../shared/define.js';
import { LazyPart } from '../shared/lazy-part.js';
import { FlaggedElement } from '../shared/flag.js';
import type { FeedNeed, NeedStatus } from '../data/shards.js';
import type { Initiative } from '../data/schema.js';
import type { Selection } from '../shared/context.js';
import { shardLoading } from '../data/shard-set.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-controller.js';
import type { TisMapLevelEvent, TisMapSelectEvent } from '../map/events.js';
import type { MapLevel } from '../map/geometry.js';
import { classNames } from '../shared/class-names.js';
import { NO_RESULTS, runQuery, themeCountsOf, type Results, type Scope } from './filtering.js';
import {
  renderCard,
  renderLoading,
  renderStatusBar,
  type CardContent,
  type CardOptions,
} from './card-view.js';
import { renderControls } from './controls-view.js';
import { styles } from './initiative-feed.styles.js';
import {
  feedMapCounts,
  loadMap,
  renderFeedMap,
  type FeedMapInput,
  type MapCounts,
} from './map-view.js';
import { initiativeFeedMessages } from './messages.js';
import { getInitiativeSearch } from './search.js';
import { SEARCH_DELAY, TerritoryPicker } from './territory-picker.js';
import { UrlHash } from './url-hash.js';

export type InitiativeFeedLayout = 'cards' | 'list' | 'compact' | 'map';
export type InitiativeFeedControl = 'search' | 'territory' | 'theme' | 'network' | 'sort';

const ALL_CONTROLS: readonly InitiativeFeedControl[] = [
  'search',
  'territory',
  'theme',
  'network',
  'sort',
];
/** Values of the colour-scheme `theme` attribute read by the shared tokens, never theme filters. */
const COLOR_SCHEMES = new Set(['light', 'dark', 'auto']);
/** The count is announced once typing settles: this long after the results of the last key. */
const ANNOUNCE_DELAY = 500;
/** Placeholder cards drawn while loading: `page-size`, at most this many. */
/**
 * Local social-innovation initiatives from the #1000territoiresIS feed, as cards, a list or a
 * compact list, filtered by territory, theme, network and text.
 *
 * **Scope and selection.** The `territory`, `theme`, `network` and `query` attributes are the
 * page's fixed scope (a partner's own area, categories or network); the visitor's controls
 * narrow the results inside that scope and can never widen it. Inside a `<tis-feed>`, the
 * visitor's territory, theme and network are shared with the other widgets; alone, the widget
 * keeps its own.
 *
 * **Why a list of articles and not `role="feed"`.** Results are a labelled `<ul>` whose items
 * each hold an `<article>` named by its heading. Every screen reader announces a list and its
 * size, and lets people jump from heading to heading; the APG feed role is read inconsistently
 * (ignored by VoiceOver, and its infinite loading keeps content after the feed out of reach). We
 * keep what the feed pattern adds: `aria-setsize`/`aria-posinset` give the position within the
 * whole result set while only a page is in the DOM, and Page Down / Page Up move focus between
 * articles. More results load on an explicit "Afficher plus" button, which moves focus to the
 * first new item, so focus is never lost and the rest of the page stays reachable.
 *
 * **Map.** `layout="map"` draws the initiatives per département (or région) on a map of France
 * above the list; picking an area sets the territory filter, as the territory picker does. A
 * feed pinned to a territory shows its région only.
 *
 * **Large feeds.** Only `page-size` items are rendered at a time (more on request); the total is
 * always shown. Typing is debounced (150 ms) and the search reuses the text the feed index
 * normalises once per initiative.
 *
 * @summary Initiatives of the campaign, filterable by territory, theme, network and text.
 * @tag tis-initiative-feed
 *
 * @slot - Fallback content (for example a link to the partner's own list), shown while the feed
 *   loads and if it cannot be loaded.
 *
 * @csspart base - The wrapper of everything.
 * @csspart controls - The filter bar (a `role="search"` form).
 * @csspart search - The text search input.
 * @csspart territory - The territory search input.
 * @csspart network - The network `<select>`.
 * @csspart sort - The sort `<select>`.
 * @csspart themes - The theme chips panel (`<details>`).
 * @csspart filter-chip - A toggle button of the theme panel.
 * @csspart active-filters - The row of the visitor's current filters, each removable.
 * @csspart count - The visible result count.
 * @csspart list - The list of results.
 * @csspart item - One initiative (`<article>`).
 * @csspart image - The image of an initiative.
 * @csspart title - The heading of an initiative.
 * @csspart summary - The summary of an initiative.
 * @csspart chip - A theme chip on an initiative.
 * @csspart meta - The carrier, territories, network line of an initiative.
 * @csspart show-more - The "Afficher plus" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart loading - The loading state.
 * @csspart map - With `layout="map"`, the map of France (its chunk loads on first use).
 * @csspart progress - With a published feed, the line that shows the rest of the campaign
 *   loading in the background (a search, a filter or paging over the whole campaign).
 *
 * @cssprop [--tis-color-primary=#000091] - Buttons, links, pressed chips.
 * @cssprop [--tis-color-text=#161616] - Text.
 * @cssprop [--tis-color-text-muted=#53575f] - Secondary text.
 * @cssprop [--tis-color-surface=#ffffff] - Card background.
 * @cssprop [--tis-color-surface-alt=#f3f4f8] - Filter bar and chip background.
 * @cssprop [--tis-color-border=#c9ccd6] - Borders.
 * @cssprop [--tis-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--tis-color-ecologique=#18753c] - Ecological transition colour.
 * @cssprop [--tis-color-economique=#a94400] - Economic transition colour.
 * @cssprop [--tis-color-modes-de-vie=#6e2e8f] - Lifestyle transition colour.
 * @cssprop [--tis-radius=0.5rem] - Corner radius.
 * @cssprop [--tis-space=1rem] - Base spacing.
 * @cssprop [--tis-font-family=inherit] - Font (the host page's by default).
 * @cssprop [--tis-initiative-feed-card-min=16rem] - Minimum card width in the `cards` layout.
 * @cssprop [--tis-initiative-feed-image-ratio=16 / 9] - Image aspect ratio in the `cards` layout.
 *
 * @fires {TisLoadEvent} tis-load - The feed was loaded and rendered.
 * @fires {TisErrorEvent} tis-error - The feed could not be loaded, or the map's chunk (`layout="map"`; `kind: "script"`: the list shows alone).
 * @fires {TisSelectEvent} tis-select - The visitor changed the territory, theme or network.
 */
export class TisInitiativeFeed extends FlaggedElement {
  static readonly version = VERSION;
  static override styles = styles;

  static override properties = {
    text: { state: true, attribute: false },
    visitorSort: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    brokenImages: { state: true, attribute: false },
    visitorMapLevel: { state: true, attribute: false },
    themesOpen: { state: true, attribute: false },
    src: {},
    loading: {},
    layout: {},
    mapLevel: { attribute: 'map-level' },
    territory: {},
    theme: {},
    network: {},
    query: {},
    controls: {},
    sort: {},
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  private readonly feedController = new FeedController(this, {
    shards: shardLoading,
    index: getFeedIndex,
    turns: requestDataRender,
  });
  private readonly langController = new LangController(this);
  private readonly picker = new TerritoryPicker(this, (territory) => {
    this.feedController.select({ territory: territory.id });
    this.focusAfterUpdate = () => this.query$<HTMLInputElement>('#territory');
  });
  private readonly urlHash = new UrlHash(this, {
    enabled: () => this.syncUrl,
    filters: () => {
      const { territory, theme, network } = this.feedController.selection;
      return { territory, theme, network, query: this.text };
    },
    apply: (filters) => {
      const { territory, theme, network } = this.feedController.selection;
      if (
        filters.territory !== territory ||
        filters.theme !== theme ||
        filters.network !== network
      ) {
        this.feedController.select({
          territory: filters.territory,
          theme: filters.theme,
          network: filters.network,
        });
      }
      this.text = filters.query ?? '';
      const search = this.query$<HTMLInputElement>('#search');
      if (search) search.value = this.text;
    },
  });
  private results: Results = NO_RESULTS;
  /** "Show more" was clicked while the order was being sorted: it applies once sorted. */
  private moreAfterSort = false;
  private pending = false;
  private resultsKey = '';
  private resultsIndex?: FeedIndex;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The count text last announced (or shown on load): the same text is not said again. */
  private announced = '';
  /** The current results come from typing (not Enter): wait for the search to settle. */
  private typing = false;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;
  /** How far the shards of a published feed are loaded for the results shown. */
  private coverage?: NeedStatus;
  private wholeCampaignLoading = false;
  private mapCounts?: MapCounts;
  /** The map's chunk (`layout="map"`); if it cannot load, the results show alone. */
  private readonly mapPart = new LazyPart(this, loadMap);
  /** The cards' content per initiative, made once while it stays in the results. */
  private readonly cards = new WeakMap<Initiative, CardContent>();

  private text = '';
  private visitorSort?: InitiativeSort;
  private shown = 0;
  private announcement = '';
  private brokenImages: ReadonlySet<string> = new Set();
  /** The visitor's choice between départements and régions on the map. */
  private visitorMapLevel?: MapLevel;
  /** The theme panel was opened once: its chips and their counts follow the results from then on. */
  private themesOpen = false;

  /** The interface language: the element's `lang`, else its closest ancestor's (reactive). */
  private get uiLang(): Lang {
    return this.langController.value;
  }

  /** Feed URL; ignored inside a `<tis-feed>`. Default: the campaign's public feed. */
  src?: string;

  /** `lazy` waits until the widget nears the viewport before loading the feed. */
  loading: 'eager' | 'lazy' = 'eager';

  /**
   * `cards` (a grid), `list` (rows with a thumbnail), `compact` (titles and meta only) or `map`
   * (a map of France above a list).
   */
  layout: InitiativeFeedLayout = 'cards';

  /** With `layout="map"`: the map's first level, `departement` (default) or `region`. */
  mapLevel: MapLevel = 'departement';

  /** Fixed scope: a territory (`kind:code`); everything below it is included. */
  territory?: string;

  /**
   * Fixed scope: a theme id or a whole transition (`ecologique`, `economique`, `modes-de-vie`).
   * The values `light`, `dark` and `auto` are the shared colour-scheme switch, not a filter.
   */
  theme?: string;

  /** Fixed scope: a network id. */
  network?: string;

  /** Fixed scope: words every initiative must contain (accent- and case-insensitive). */
  query?: string;

  /**
   * Which controls the visitor gets, space-separated, among `search territory theme network
   * sort` (default: all). `none` gives a minimal embed.
   */
  controls = ALL_CONTROLS.join(' ');

  /** Initial order: `recent` (last updated first) or `alpha` (by title). */
  sort: InitiativeSort = 'recent';

  /** How many initiatives are rendered at first, and added by each "Afficher plus". */
  pageSize = 12;

  /** Level of each initiative's heading (2 to 6), to fit the page's outline. */
  headingLevel = 3;

  /**
   * Reflects the visitor's filters in the page's URL hash (`#tis-territory=…&tis-theme=…&tis-q=…`)
   * and restores them from it, so a filtered view can be shared. One widget per page should use it.
   */
  syncUrl = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.announceTimer);
  }

  /** New data renders in turn with the page's other widgets (see shared/render-turns.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, () => super.scheduleUpdate());
  }

  override willUpdate(): void {
    const index = this.feedController.index;
    if (!index) {
      this.results = NO_RESULTS;
      this.resultsIndex = undefined;
      return;
    }
    const scope = this.scope;
    const selection = this.feedController.selection;
    this.coverage = this.loadShown(scope, selection);
    if (this.layout === 'map') this.mapPart.request();
    if (this.showsMap) this.mapCounts = feedMapCounts(this, this.mapInput(index));
    if (this.coverage.loaded + this.coverage.failed.length < this.coverage.total) {
      // The shards of a published feed are on their way: keep what is shown meanwhile.
      if (this.resultsIndex === undefined) return;
    }
    const search = getInitiativeSearch(index);
    const key = JSON.stringify([
      scope,
      selection.territory,
      selection.theme,
      selection.network,
      this.text,
      this.order,
      this.uiLang,
      this.pageSize,
    ]);
    // Results whose order is still being sorted are asked again until they are in order.
    if (index === this.resultsIndex && key === this.resultsKey && this.results.head === undefined)
      return;
    const results = runQuery(
      search,
      scope,
      selection,
      this.text,
      this.order,
      this.uiLang,
      this.resultsIndex === index ? this.results : undefined,
      Math.max(this.shown, this.pageSize),
    );
    if (!results) {
      // The search texts or the order are still being prepared in slices: render when ready.
      this.pending = true;
      const needsText = Boolean(this.text || scope.query);
      void Promise.all([
        search.prepareOrder(this.order, this.uiLang),
        needsText && search.prepare(),
      ]).then(() => this.requestUpdate());
      return;
    }
    // A large feed's first page, in order, while the rest is sorted in slices: then again.
    if (results.head !== undefined)
      void search.prepareOrder(this.order, this.uiLang).then(() => this.requestUpdate());
    const firstResults = this.resultsIndex === undefined;
    const previousKey = this.resultsKey;
    this.pending = false;
    this.results = results;
    this.resultsIndex = index;
    this.resultsKey = key;
    this.urlHash.write();
    // More data for the same question (shards of a published feed arriving): keep the paging.
    const sameQuestion = key === previousKey;
    if (!sameQuestion) this.shown = this.pageSize;
    if (firstResults) this.announced = this.countMessage(results.items.length);
    else if (!sameQuestion) this.announce(results.items.length);
  }

  override updated(): void {
    const index = this.feedController.index;
    if (index) this.urlHash.start();
    // Once the first page is shown, prepare the search in idle moments while the visitor reads
    // it, so the first keystroke finds it ready.
    if (index && index === this.resultsIndex) void getInitiativeSearch(index).prepare('background');
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** The fixed scope from the attributes. */
  /**
   * Asks a published feed for what the results need: the shards of the territory pinned or
   * picked; with no pin, the campaign's most recent page until a search, a filter, another
   * order or paging needs the rest (loaded in the background, with progress).
   */
  private loadShown(scope: Scope, selection: Readonly<Selection>): NeedStatus {
    const pin = selection.territory || scope.territory;
    const whole =
      !pin &&
      Boolean(
        this.text ||
        scope.query ||
        scope.theme ||
        scope.network ||
        selection.theme ||
        selection.network ||
        this.order !== 'recent' ||
        (this.shown || this.pageSize) >= this.recentCount(),
      );
    const need: FeedNeed = {
      initiatives: pin ? { territory: pin } : whole ? 'all' : 'recent',
      territories: this.picker.query ? 'all' : undefined,
    };
    this.wholeCampaignLoading = whole;
    return this.feedController.need(need);
  }

  /** Items in the `recent` shard of a published feed (Infinity for a monolithic feed). */
  private recentCount(): number {
    const recent = this.feedController.document?.shards?.find((s) => s.scope === 'recent');
    return recent ? recent.count : Infinity;
  }

  /** The campaign's total, while only its most recent page is loaded (published feeds). */
  private get partialTotal(): number | undefined {
    if (this.wholeCampaignLoading || !this.coverage?.total) return undefined;
    const pin = this.feedController.selection.territory || this.scope.territory;
    return pin ? undefined : this.feedController.document?.summary?.initiatives?.total;
  }

  private get scope(): Scope {
    const theme = this.theme && !COLOR_SCHEMES.has(this.theme) ? this.theme : undefined;
    return {
      territory: this.territory || undefined,
      theme,
      network: this.network || undefined,
      query: this.query?.trim() || undefined,
    };
  }

  private get order(): InitiativeSort {
    return this.visitorSort ?? (this.sort === 'alpha' ? 'alpha' : 'recent');
  }

  private get controlSet(): Set<InitiativeFeedControl> {
    const words = (this.controls ?? '').toLowerCase().split(/[\s,]+/);
    return new Set(ALL_CONTROLS.filter((control) => words.includes(control)));
  }

  private get hasVisitorFilters(): boolean {
    const { territory, theme, network } = this.feedController.selection;
    return Boolean(territory || theme || network || this.text);
  }

  private get messages() {
    return initiativeFeedMessages(this.uiLang);
  }

  private countMessage(count: number): string {
    return this.messages.count(count, formatNumber(count, this.uiLang));
  }

  /**
   * Puts the new count in the live region, only when it says something new (a new sort or a
   * keystroke that keeps the count is not re-announced), and while typing only once the search
   * settles, so a word typed key by key is one announcement, not one per key.
   */
  private announce(count: number): void {
    const text = this.countMessage(count);
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    const say = () => {
      this.announceTimer = undefined;
      if (text === this.announced) return;
      this.announced = text;
      this.announcement = text;
    };
    if (this.typing) this.announceTimer = setTimeout(say, ANNOUNCE_DELAY);
    else say();
    this.typing = false;
  }

  private query$<T extends Element>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  private onSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.typing = true;
      this.text = value.trim();
    }, SEARCH_DELAY);
  }

  /** Enter searches at once (the form has several fields, so it never submits by itself). */
  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this.searchTimer);
    const text = (event.target as HTMLInputElement).value.trim();
    // Enter settles the search: announce now, even when the text did not change since the
    // results of the last key (whose announcement is still waiting).
    this.typing = false;
    if (text === this.text && this.announceTimer !== undefined)
      this.announce(this.results.items.length);
    this.text = text;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
  }

  /** Builds the theme panel's chips before it opens (a click on its summary comes first). */
  private readonly openThemes = (): void => {
    this.themesOpen = true;
  };

  private toggleTheme(theme: string): void {
    const current = this.feedController.selection.theme;
    this.feedController.select({ theme: current === theme ? undefined : theme });
  }

  private onNetworkChange(event: Event): void {
    this.feedController.select({ network: (event.target as HTMLSelectElement).value || undefined });
  }

  private onSortChange(event: Event): void {
    this.visitorSort = (event.target as HTMLSelectElement).value === 'alpha' ? 'alpha' : 'recent';
  }

  /** Removes one of the visitor's filters and puts focus on the control that sets it. */
  private removeFilter(key: 'territory' | 'theme' | 'network'): void {
    this.feedController.select({ [key]: undefined });
    const target = { territory: '#territory', theme: '.themes summary', network: '#network' }[key];
    this.focusAfterUpdate = () => this.query$<HTMLElement>(target) ?? this.firstFocusableControl();
  }

  /** Widens the search to the whole scope: the empty state's way out. */
  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.text = '';
    const search = this.query$<HTMLInputElement>('#search');
    if (search) search.value = '';
    this.picker.reset();
    this.feedController.select({ territory: undefined, theme: undefined, network: undefined });
    this.focusAfterUpdate = () =>
      this.firstFocusableControl() ?? this.query$<HTMLElement>('article');
  }

  private firstFocusableControl(): HTMLElement | null {
    return this.query$<HTMLElement>('.controls input, .controls select, .controls summary');
  }

  private showMore(): void {
    if (this.results.head !== undefined) {
      // The whole order is still being sorted (a large feed, a few ms more): the next page
      // follows it, once, and only if the results are then those of the same question in order
      // (a search typed meanwhile drops the click).
      if (this.moreAfterSort) return;
      this.moreAfterSort = true;
      const key = this.resultsKey;
      void getInitiativeSearch(this.resultsIndex!)
        .prepareOrder(this.order, this.uiLang)
        .then(() => this.updateComplete)
        .then(() => {
          this.moreAfterSort = false;
          if (this.resultsKey === key && this.results.head === undefined) this.showMore();
        });
      return;
    }
    const first = this.shown;
    this.shown = Math.min(
      this.shown + this.pageSize,
      Math.max(this.results.items.length, this.partialTotal ?? 0),
    );
    this.focusAfterUpdate = () => this.query$<HTMLElement>(`article[data-index="${first}"]`);
  }

  /** Page Down / Page Up move between articles, as in the APG feed pattern. */
  private onListKeydown(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const article = event
      .composedPath()
      .find((node) => node instanceof HTMLElement && node.localName === 'article') as
      HTMLElement | undefined;
    if (!article) return;
    const at = Number(article.dataset.index);
    const next = this.query$<HTMLElement>(
      `article[data-index="${event.key === 'PageDown' ? at + 1 : at - 1}"]`,
    );
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  private readonly onImageError = (id: string): void => {
    this.brokenImages = new Set([...this.brokenImages, id]);
  };

  private retry(): void {
    this.feedController.retry();
  }

  private mapInput(index: FeedIndex): FeedMapInput {
    return {
      index,
      document: this.feedController.document,
      scope: this.scope,
      selection: this.feedController.selection,
      text: this.text,
      order: this.order,
      lang: this.uiLang,
      level: this.visitorMapLevel ?? (this.mapLevel === 'region' ? 'region' : 'departement'),
      need: (need) => this.feedController.need(need),
      update: () => this.requestUpdate(),
    };
  }

  private readonly onMapSelect = (event: TisMapSelectEvent) => {
    this.feedController.select({ territory: event.territory });
  };

  private readonly onMapLevel = (event: TisMapLevelEvent) => {
    this.visitorMapLevel = event.level;
  };

  /** How the items are drawn: the map's list is the `list` layout. */
  /** A map is drawn: `layout="map"`, unless its chunk could not load (the results show alone). */
  private get showsMap(): boolean {
    return this.layout === 'map' && !this.mapPart.failed;
  }

  private get itemLayout(): Exclude<InitiativeFeedLayout, 'map'> {
    return this.layout === 'map' ? 'list' : this.layout;
  }

  private themeLabel(id: string): string {
    const theme = this.feedController.index?.themes.get(id);
    if (theme) return localize(theme.label, this.uiLang);
    return (TRANSITIONS as readonly string[]).includes(id)
      ? this.messages.transition(id as Transition)
      : id;
  }

  /** The filter bar; `index` is undefined while loading (the skeleton's bar). */
  private renderControls(index: FeedIndex | undefined) {
    return renderControls({
      index,
      lang: this.uiLang,
      controls: this.controlSet,
      scope: this.scope,
      selection: this.feedController.selection,
      order: this.order,
      themesOpen: this.themesOpen,
      openThemes: this.openThemes,
      themeCounts: () =>
        index ? themeCountsOf(getInitiativeSearch(index), this.results) : NO_RESULTS.themeCounts!,
      themeLabel: (id) => this.themeLabel(id),
      renderTerritoryPicker: () => this.picker.render(index, this.scope.territory, this.uiLang),
      onSubmit: this.onSubmit,
      onSearchInput: this.onSearchInput,
      onSearchKeydown: this.onSearchKeydown,
      onNetworkChange: this.onNetworkChange,
      onSortChange: this.onSortChange,
      toggleTheme: (id) => this.toggleTheme(id),
      removeFilter: (key) => this.removeFilter(key),
    });
  }

  private renderResults(index: FeedIndex) {
    const items = this.results.items;
    const total = Math.max(items.length, this.partialTotal ?? 0);
    const shown = Math.min(this.shown || this.pageSize, total);
    const m = this.messages;
    const lang = this.uiLang;
    const state = this.feedController.state;
    // One set of options for every card of the page (no object or function per card).
    const cards: CardOptions = {
      layout: this.itemLayout,
      lang,
      headingLevel: this.headingLevel,
      brokenImages: this.brokenImages,
      onImageError: this.onImageError,
      cache: this.cards,
    };
    return html`
      ${renderStatusBar({
        lang,
        total,
        shown,
        stale: state.stale ? state.fetchedAt : undefined,
        coverage: this.coverage,
        loadingMore: this.wholeCampaignLoading,
      })}
      ${
        total === 0
          ? html`<div class="empty" part="empty">
              <p class="empty-title">${m.empty}</p>
              ${
                this.hasVisitorFilters
                  ? html`<p>${m.emptyHint}</p>
                      <button type="button" class="button" @click=${this.clearFilters}>
                        ${m.clearFilters}
                      </button>`
                  : nothing
              }
            </div>`
          : html`<ul
                class=${classNames({ list: true, [`layout-${this.itemLayout}`]: true })}
                part="list"
                role="list"
                aria-busy=${this.pending ? 'true' : 'false'}
                aria-label=${m.listLabel}
                @keydown=${this.onListKeydown}
              >
                ${
                  // Keyed by initiative: a letter that drops a few cards removes those and adds
                  // the new ones; the cards that stay keep their elements (and images, focus),
                  // not the text of the card that used to follow them.
                  repeat(
                    items.slice(0, shown),
                    (item) => item.id,
                    (item, i) => renderCard(item, i, total, index, cards),
                  )
                }
              </ul>
              ${
                shown < total
                  ? html`<div class="more">
                      <button type="button" class="button" part="show-more" @click=${this.showMore}>
                        ${m.showMore}<span class="visually-hidden">
                          (${m.showing(formatNumber(shown, lang), formatNumber(total, lang))})</span
                        >
                      </button>
                    </div>`
                  : nothing
              }`
      }
    `;
  }

  override render() {
    const state = this.feedController.state;
    const index = this.feedController.index;
    const lang = this.uiLang;
    const placeholder = () =>
      renderLoading({
        lang,
        layout: this.layout,
        itemLayout: this.itemLayout,
        pageSize: this.pageSize,
        controls: this.controlSet.size ? this.renderControls(undefined) : undefined,
      });
    const body = this.feedController.render({
      pending: placeholder,
      error: (error) =>
        html`<div class="error" part="error">
          <p class="error-title">${commonMessages(lang).unavailable}</p>
          ${error ? html`<p class="error-detail">${error.messages[lang]}</p>` : nothing}
          <button type="button" class="button" @click=${this.retry}>
            ${commonMessages(lang).retry}
          </button>
          <div class="fallback"><slot></slot></div>
        </div>`,
      // Results stay on screen, controls included, while newer data is being searched (the
      // shards of a published feed arriving): re-creating the controls would lose what the
      // visitor is typing.
      complete: () => {
        const shown = this.resultsIndex;
        if (!shown) return placeholder();
        return html`${this.renderControls(shown)}
        ${
          this.showsMap
            ? renderFeedMap(this.mapInput(shown), this.mapCounts, this.onMapSelect, this.onMapLevel)
            : nothing
        }
        ${this.renderResults(shown)}`;
      },
    });
    const loading = !(index && this.resultsIndex === index) && state.status !== 'error';
    return html`<div
      class=${`root layout-${this.layout}`}
      part="base"
      lang=${lang}
      aria-busy=${loading ? 'true' : nothing}
    >
      ${body}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-initiative-feed': TisInitiativeFeed;
  }
}
