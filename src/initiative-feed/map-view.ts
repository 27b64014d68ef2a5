/**
 * The feed's map (`layout="map"`): initiatives counted per département (or région) on
 * `<tis-france-map>`, whose chunk the feed loads on first use; picking an area sets the same
 * territory filter as the territory picker.
 *
 * Counts come from the published index's figures (`summary.initiatives.byDepartement`,
 * `byRegion`, `outside`) while nothing narrows the feed, so an unpinned map does not load every
 * shard; otherwise from the loaded initiatives matching the page's scope and the visitor's
 * theme, network and text (not the territory: the other areas keep their figures).
 */
import { html, type TemplateResult } from 'lit';
import type { FeedIndex, InitiativeSort } from '../data/queries.js';
import type { Feed } from '../data/schema.js';
import type { FeedNeed, NeedStatus } from '../data/shards.js';
import type { Lang } from '../i18n/localize.js';
import { formatNumber } from '../i18n/format.js';
import type { TisMapLevelEvent, TisMapSelectEvent } from '../map/events.js';
import type { MapLevel } from '../map/geometry.js';
import type { Selection } from '../shared/context.js';
import { countByPlaces, placesResolver } from '../data/places.js';
import { runQuery, type Scope } from './filtering.js';
import { initiativeFeedMessages } from './messages.js';
import { getInitiativeSearch } from './search.js';

/** The map's chunk: a page that draws no map never downloads it (see `LazyPart`). */
export const loadMap = () => import('../map/define.js');

export interface MapCounts {
  counts: Map<string, number>;
  outside: number;
}

export interface FeedMapInput {
  index: FeedIndex;
  /** The document loaded from the URL: a published index carries `summary`. */
  document: Feed | undefined;
  scope: Scope;
  selection: Readonly<Selection>;
  text: string;
  order: InitiativeSort;
  lang: Lang;
  level: MapLevel;
  /** Asks the feed controller for more data (`FeedController.need`). */
  need: (need: FeedNeed) => NeedStatus;
  /** Renders again (the search's order or texts, prepared in slices, are ready). */
  update: () => void;
}

/** The last counts per widget, kept while newer data loads (the map does not blink). */
const lastCounts = new WeakMap<object, { key: string; index: FeedIndex; result: MapCounts }>();

/** The région a pinned feed shows (`departement:29` → `region:53`). */
export function pinnedRegion(index: FeedIndex, territory?: string): string | undefined {
  if (!territory) return undefined;
  if (territory.startsWith('region:')) return territory;
  return [...index.placesOf([territory]).regions][0];
}

/** The area of the map a territory picked at some level stands on, at the map's level. */
function areaOf(index: FeedIndex, territory: string | undefined, level: MapLevel) {
  if (!territory) return undefined;
  if (territory.startsWith(`${level}:`)) return territory;
  const places = index.placesOf([territory]);
  const found = level === 'region' ? places.regions : places.departements;
  return found.size === 1 ? [...found][0] : undefined;
}

const warmed = new WeakSet<FeedIndex>();

/**
 * Builds the territory → initiatives index that an area pick's filter reads when the page is
 * idle after the map's first paint, so that the first pick need not build it.
 */
function warmTerritoryIndex(index: FeedIndex): void {
  if (warmed.has(index)) return;
  warmed.add(index);
  const idle =
    globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  requestAnimationFrame(() => idle(() => index.initiativesWithin('')));
}

/**
 * The counts the map shows, or `undefined` while they cannot be known yet (shards on their way
 * and nothing shown before).
 */
export function feedMapCounts(host: object, input: FeedMapInput): MapCounts | undefined {
  const { index, scope, selection, text, level } = input;
  const narrowed = Boolean(
    scope.theme || scope.network || scope.query || selection.theme || selection.network || text,
  );
  const key = JSON.stringify([level, scope, selection.theme, selection.network, text, input.lang]);
  const last = lastCounts.get(host);
  if (last && last.key === key && last.index === index) return last.result;
  const keep = (result: MapCounts) => {
    lastCounts.set(host, { key, index, result });
    return result;
  };
  const summary = input.document?.summary?.initiatives;
  const figures = level === 'region' ? summary?.byRegion : summary?.byDepartement;
  if (!narrowed && !scope.territory && figures) {
    return keep({
      counts: new Map(Object.entries(figures)),
      outside: summary?.outside?.[level] ?? 0,
    });
  }
  // Without figures (a monolithic feed meets this at once), the whole campaign is needed.
  const status = input.need({
    initiatives: scope.territory ? { territory: scope.territory } : 'all',
  });
  if (status && status.loaded + status.failed.length < status.total) return last?.result;
  // The whole feed's counts come from each territory's areas as `placesOf` finds them (by id for
  // a parent the feed only names): the same figures as `FeedIndex.countByPlace(level)`, without
  // the territory → initiatives index behind it, which costs about three times more to build
  // (cold, 3,200 initiatives: 5–6 ms against 12–20 ms) and which a first paint does not need.
  // A narrowed feed's come from its matches.
  if (!narrowed && !scope.territory) {
    warmTerritoryIndex(index);
    return keep(countByPlaces(index.feed.initiatives, placesResolver(index, level, true)));
  }
  const search = getInitiativeSearch(index);
  const results = runQuery(
    search,
    scope,
    { ...selection, territory: undefined },
    text,
    input.order,
    input.lang,
  );
  if (!results) {
    void Promise.all([
      search.prepareOrder(input.order, input.lang),
      (text || scope.query) && search.prepare(),
    ]).then(input.update);
    return last?.result;
  }
  return keep(index.countByPlace(level, results.items));
}

const describers = new Map<Lang, (count: number) => string>();

/** "12 initiatives": one function per language, so that the map does not redraw for it. */
function describerOf(lang: Lang) {
  let describe = describers.get(lang);
  if (!describe) {
    const m = initiativeFeedMessages(lang);
    describe = (count) => m.count(count, formatNumber(count, lang));
    describers.set(lang, describe);
  }
  return describe;
}

export function renderFeedMap(
  input: FeedMapInput,
  counts: MapCounts | undefined,
  onSelect: (event: TisMapSelectEvent) => void,
  onLevel: (event: TisMapLevelEvent) => void,
): TemplateResult {
  const { index, level, lang } = input;
  const m = initiativeFeedMessages(lang);
  const region = pinnedRegion(index, input.scope.territory);
  const effective: MapLevel = region ? 'departement' : level;
  if (!counts) return html`<div class="map map-bone" aria-hidden="true"></div>`;
  return html`<tis-france-map
    class="map"
    part="map"
    lang=${lang}
    interactive
    table
    ?zoomable=${!region}
    .counts=${counts.counts}
    .outside=${counts.outside}
    .level=${effective}
    .region=${region}
    .selected=${areaOf(index, input.selection.territory, effective)}
    .describe=${describerOf(lang)}
    label=${m.mapLabel(effective)}
    @tis-map-select=${onSelect}
    @tis-map-level=${onLevel}
  ></tis-france-map>`;
}
