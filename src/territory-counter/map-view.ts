/**
 * The counter's map (`view="map"`): the breakdown's rows drawn on `<tis-france-map>`, whose
 * chunk the counter loads on first use. The breakdown list stays under the map as its text
 * alternative (so the map itself offers no table), behind a disclosure unless the page asked
 * for a breakdown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../data/queries.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/localize.js';
import type { MapLevel } from '../map/geometry.js';
import { counterMessages, unitOf, type CounterMetric } from './messages.js';

/** The rows of the counter's breakdown: `id` a territory, `''` what no area holds. */
interface Row {
  id: string;
  count: number;
}

let lastCounts: { key: string; counts: Map<string, number>; outside: number } | undefined;

/**
 * Counts per area from breakdown rows; the same figures give the same `Map`, so that the map
 * redraws only when they change (the counter re-renders for its animation and announcements).
 */
function countsOf(rows: readonly Row[]) {
  const key = rows.map((row) => `${row.id}=${row.count}`).join(' ');
  if (lastCounts?.key === key) return lastCounts;
  const counts = new Map<string, number>();
  let outside = 0;
  for (const row of rows) {
    if (row.id) counts.set(row.id, row.count);
    else outside += row.count;
  }
  lastCounts = { key, counts, outside };
  return lastCounts;
}

const describers = new Map<string, (count: number) => string>();

/** "42 initiatives": one function per metric and language, so the map does not redraw for it. */
function describerOf(metric: CounterMetric, lang: Lang) {
  const key = `${metric} ${lang}`;
  let describe = describers.get(key);
  if (!describe) {
    describe = (count) => `${formatNumber(count, lang)} ${unitOf(metric, count, lang)}`;
    describers.set(key, describe);
  }
  return describe;
}

/** The map's chunk: a page that draws no map never downloads it (see `LazyPart`). */
export const loadMap = () => import('../map/define.js');

/** The région a restriction lies in (`departement:29` → `region:53`), to draw only that one. */
export function regionOfScope(
  index: FeedIndex | undefined,
  territory?: string,
): string | undefined {
  if (!territory || !index) return undefined;
  if (territory.startsWith('region:')) return territory;
  return [...index.placesOf([territory]).regions][0];
}

export function renderCounterMap(options: {
  rows: readonly Row[];
  metric: CounterMetric;
  level: MapLevel;
  territory?: string;
  index?: FeedIndex;
  lang: Lang;
}): TemplateResult {
  const { rows, metric, level, lang } = options;
  const { counts, outside } = countsOf(rows);
  return html`<tis-france-map
    class="map"
    part="map"
    lang=${lang}
    .counts=${counts}
    .outside=${outside}
    .level=${level}
    .region=${regionOfScope(options.index, options.territory)}
    .describe=${describerOf(metric, lang)}
    label=${counterMessages(lang).mapLabel(unitOf(metric, 2, lang), level)}
  ></tis-france-map>`;
}

/** The map's room while the counter loads, so nothing moves when it arrives. */
export function renderMapBone(): TemplateResult {
  return html`<div class="map map-bone"></div>`;
}

/**
 * The breakdown under the map: its text alternative, open when the page asked for it. Closed,
 * its rows are neither shown nor in the accessibility tree; `breakdown` is then `nothing` until
 * the counter builds them (when idle after the first paint, or as soon as the disclosure is
 * clicked or opened), so the same element gets its rows and keeps focus.
 */
export function renderMapList(
  breakdown: TemplateResult | typeof nothing,
  open: boolean,
  lang: Lang,
  onOpen: () => void,
): TemplateResult {
  return html`<details class="map-list" ?open=${open} @click=${onOpen} @toggle=${onOpen}>
    <summary>${counterMessages(lang).mapList}</summary>
    ${breakdown}
  </details>`;
}
