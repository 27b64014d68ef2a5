import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/localize.js';
import { cssProps } from '../shared/css-props.js';
import { VERSION } from '../shared/define.js';
import { classOf, classesOf, type MapClass } from './classes.js';
import { TisMapLevelEvent, TisMapSelectEvent } from './events.js';
import {
  CELL,
  GRID_COLUMNS,
  GRID_ROWS,
  REGION_NAMES,
  TILES,
  areasOf,
  boundsOf,
  isOverseas,
  outlineOf,
  type Area,
  type MapLevel,
  type Tile,
} from './geometry.js';
import { mapMessages } from './messages.js';
import { mapStyles } from './france-map.styles.js';

/** What one render draws, computed again only when the counts, the level or the région change. */
interface MapModel {
  areas: readonly Area[];
  counts: Map<string, number>;
  classes: MapClass[];
  outside: number;
  placed: number;
  regionBorders: string;
}

const GAP = 0.6;
const SIZE = CELL - 2 * GAP;
/** Room for the bar under the département code, in grid units. */
const BAR_ROOM = 3.6;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The static part of a drawing (the areas' groups with their tiles, and the codes): built once
 * per level and région for the page, then cloned by each map. Cloning one tree is far cheaper
 * than stamping a template per area and per code; what changes (class, name, tab stop, bars)
 * is then set on the clone, attribute by attribute, only when it changes.
 */
interface Drawing {
  areas: SVGGElement;
  codes?: SVGGElement;
}

const drawings = new Map<readonly Area[], Drawing>();
const collators = new Map<Lang, Intl.Collator>();

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function drawingOf(areas: readonly Area[], level: MapLevel): Drawing {
  let drawing = drawings.get(areas);
  if (drawing) return drawing;
  const group = svgElement('g', { class: 'areas' });
  for (const area of areas) {
    const g = svgElement('g', { 'data-id': area.id });
    for (const tile of area.tiles)
      g.append(
        svgElement('rect', {
          class: 'tile',
          x: tile.x * CELL + GAP,
          y: tile.y * CELL + GAP,
          width: SIZE,
          height: SIZE,
          rx: 1,
        }),
      );
    group.append(g);
  }
  drawing = { areas: group };
  // Codes in a layer of their own, outside the areas: the area's name already says them.
  if (level === 'departement') {
    const codes = svgElement('g', { class: 'codes', 'aria-hidden': 'true' });
    for (const tile of areas.flatMap((area) => area.tiles)) {
      const text = svgElement('text', {
        class: 'code',
        x: tile.x * CELL + CELL / 2,
        y: tile.y * CELL + GAP + 2.9,
      });
      text.textContent = tile.code;
      codes.append(text);
    }
    drawing.codes = codes;
  }
  drawings.set(areas, drawing);
  return drawing;
}

/** One map's copy of a drawing, and the attributes last set on each area (to set only changes). */
interface Layer {
  areas: readonly Area[];
  group: SVGGElement;
  codes?: SVGGElement;
  groups: SVGGElement[];
  set: Array<Record<string, string | undefined>>;
}

function setAttributes(
  element: Element,
  last: Record<string, string | undefined>,
  next: Record<string, string | undefined>,
): void {
  for (const name in next) {
    const value = next[name];
    if (last[name] === value) continue;
    last[name] = value;
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The nearest area from `from` in a direction: ahead along the arrow, straying least to the
 * sides (a stray counts double), so the arrows walk the grid as the eye does.
 */
function nearest(areas: readonly Area[], from: Area, [dx, dy]: readonly [number, number]) {
  let best: Area | undefined;
  let bestScore = Infinity;
  for (const area of areas) {
    const ahead = (area.cx - from.cx) * dx + (area.cy - from.cy) * dy;
    if (ahead <= 0.01) continue;
    const aside = Math.abs((area.cx - from.cx) * dy - (area.cy - from.cy) * dx);
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = area;
    }
  }
  return best;
}

/**
 * Internal: the map of France drawn by `<tis-territory-counter view="map">` and
 * `<tis-initiative-feed layout="map">`, loaded on demand (its own chunk). A tile-grid cartogram
 * in inline SVG: one equal square per département (overseas as insets), régions outlined and
 * grouped; no tile server, no request.
 *
 * Each area is shaded and carries a bar whose height is its numbered class, so that the legend
 * does not rely on colour. One tab stop: the arrow keys move between areas, Home and End go to
 * the first and last; with `interactive`, areas are toggle buttons (Enter, Space or a click
 * picks one). Hover and focus show the area's figure under the map.
 *
 * @tag tis-france-map
 * @fires {TisMapSelectEvent} tis-map-select - An area was picked (not composed).
 * @fires {TisMapLevelEvent} tis-map-level - Départements or régions was picked (not composed).
 */
export class TisFranceMap extends LitElement {
  static readonly version = VERSION;
  static override styles = mapStyles;

  static override properties = {
    active: { state: true, attribute: false },
    hovered: { state: true, attribute: false },
    focused: { state: true, attribute: false },
    focusVisible: { state: true, attribute: false },
    lang: {},
    counts: { attribute: false },
    outside: { type: Number },
    level: {},
    region: {},
    selected: {},
    interactive: { type: Boolean },
    zoomable: { type: Boolean },
    table: { type: Boolean },
    label: {},
    describe: { attribute: false },
  };

  private model?: MapModel;
  private layer?: Layer;
  /** The table's body as last built, and for what. */
  private builtTable?: { model: MapModel; lang: Lang; body: HTMLTableSectionElement };
  /**
   * The table is under a closed disclosure: its rows are built when the page is idle after the
   * first paint, or at once when the disclosure is clicked or opened (unseen and out of the
   * accessibility tree until then, they are no part of the first paint; `false`: waiting for
   * that idle moment).
   */
  private tableWanted?: boolean;
  private modelKey?: [ReadonlyMap<string, number>, MapLevel, string | undefined, number];

  /** The area holding the tab stop. */
  private active?: string;
  private hovered?: string;
  private focused?: string;
  private focusVisible = false;

  /** Interface language. */
  override lang = 'fr';

  /** Counts per area id (`departement:29` or `region:53`, as `level` says). */
  counts: ReadonlyMap<string, number> = new Map();

  /** Items that no area of the map holds (unknown ids in `counts` are added to it). */
  outside = 0;

  level: MapLevel = 'departement';

  /** Draws only this région (`region:53`). */
  region?: string;

  /** The picked area (`departement:29`, `region:53`), outlined and `aria-pressed`. */
  selected?: string;

  /** Areas are buttons that fire `tis-map-select`; otherwise they are images with a name. */
  interactive = false;

  /** Offers the choice between départements and régions (fires `tis-map-level`). */
  zoomable = false;

  /** Adds a table of the figures under a disclosure (when the widget shows no other). */
  table = false;

  /** The accessible name of the map. */
  label = '';

  /** The figure of a count in words: `42 initiatives`. */
  describe: (count: number) => string = (count) => formatNumber(count, this.uiLang);

  private get uiLang(): Lang {
    return this.lang === 'en' ? 'en' : 'fr';
  }

  protected override willUpdate(): void {
    const inView = (id: string) => this.model?.areas.some((a) => a.id === id);
    const key = this.modelKey;
    if (
      !key ||
      key[0] !== this.counts ||
      key[1] !== this.level ||
      key[2] !== this.region ||
      key[3] !== this.outside
    ) {
      this.modelKey = [this.counts, this.level, this.region, this.outside];
      this.model = this.computeModel();
    }
    if (!this.active || !inView(this.active))
      this.active =
        this.selected && inView(this.selected) ? this.selected : this.model?.areas[0]?.id;
  }

  protected override updated(): void {
    if (this.table && this.model?.placed && this.tableWanted === undefined) {
      this.tableWanted = false;
      const idle = globalThis.requestIdleCallback
        ? (callback: () => void) => globalThis.requestIdleCallback(callback, { timeout: 2000 })
        : (callback: () => void) => setTimeout(callback, 200);
      requestAnimationFrame(() => idle(this.onTableOpen));
    }
  }

  private computeModel(): MapModel {
    const areas = areasOf(this.level, this.region);
    const known = this.level === 'region' ? REGION_NAMES : new Map(TILES.map((t) => [t.id, t]));
    const counts = new Map<string, number>();
    let outside = Math.max(0, this.outside || 0);
    for (const [id, count] of this.counts) {
      if (!(count > 0)) continue;
      if (known.has(id)) counts.set(id, count);
      else outside += count;
    }
    const values = areas.map((area) => counts.get(area.id) ?? 0);
    const regionTiles = new Map<string, Tile[]>();
    for (const area of areas)
      for (const tile of area.tiles) {
        const group = regionTiles.get(tile.region) ?? [];
        group.push(tile);
        regionTiles.set(tile.region, group);
      }
    return {
      areas,
      counts,
      classes: classesOf(values),
      outside,
      placed: values.reduce((sum, v) => sum + v, 0),
      regionBorders: [...regionTiles.values()].map(outlineOf).join(''),
    };
  }

  private areaAt(target: EventTarget | null): Area | undefined {
    const id = target instanceof Element ? target.closest('.area')?.getAttribute('data-id') : null;
    return id ? this.model?.areas.find((a) => a.id === id) : undefined;
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const areas = this.model?.areas ?? [];
    const from = this.areaAt(event.target);
    if (!from) return;
    let to: Area | undefined;
    const move = KEY_MOVES[event.key];
    if (move) to = nearest(areas, from, move);
    else if (event.key === 'Home') to = areas[0];
    else if (event.key === 'End') to = areas.at(-1);
    else if ((event.key === 'Enter' || event.key === ' ') && this.interactive) {
      event.preventDefault();
      this.pick(from);
      return;
    } else return;
    event.preventDefault();
    if (!to || to === from) return;
    this.active = to.id;
    // Focus once the new tab stop is drawn (after the update, so that the state focus changes
    // starts an update of its own).
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGElement>(`.area[tabindex="0"]`)?.focus(),
    );
  };

  private readonly onClick = (event: MouseEvent) => {
    const area = this.areaAt(event.target);
    if (!area) return;
    this.active = area.id;
    if (this.interactive) this.pick(area);
  };

  private readonly onTableOpen = () => {
    if (this.tableWanted) return;
    this.tableWanted = true;
    this.requestUpdate();
  };

  private readonly onPointerOver = (event: PointerEvent) => {
    this.hovered = this.areaAt(event.target)?.id;
  };

  private readonly onPointerLeave = () => {
    this.hovered = undefined;
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const area = this.areaAt(event.target);
    this.focused = area?.id;
    if (area) this.active = area.id;
    this.focusVisible = event.target instanceof Element && event.target.matches(':focus-visible');
  };

  private readonly onFocusOut = () => {
    this.focused = undefined;
  };

  private pick(area: Area): void {
    this.dispatchEvent(new TisMapSelectEvent(area.id === this.selected ? undefined : area.id));
  }

  private setLevel(level: MapLevel): void {
    if (level !== this.level) this.dispatchEvent(new TisMapLevelEvent(level));
  }

  private figure(count: number): string {
    return this.describe(count);
  }

  private nameOf(area: Area): string {
    const tile =
      area.tiles.length === 1 && this.level === 'departement' ? area.tiles[0] : undefined;
    return tile ? `${area.name} (${tile.code})` : area.name;
  }

  /** The areas drawn for `model`, with this render's classes, names, tab stop and bars. */
  private areaLayer(model: MapModel): Layer {
    let layer = this.layer;
    if (layer?.areas !== model.areas) {
      const drawing = drawingOf(model.areas, this.level);
      const group = drawing.areas.cloneNode(true) as SVGGElement;
      layer = this.layer = {
        areas: model.areas,
        group,
        codes: drawing.codes?.cloneNode(true) as SVGGElement | undefined,
        groups: [...group.children] as SVGGElement[],
        set: model.areas.map(() => ({})),
      };
    }
    const m = mapMessages(this.uiLang);
    const role = this.interactive ? 'button' : 'img';
    model.areas.forEach((area, i) => {
      const g = layer.groups[i]!;
      const count = model.counts.get(area.id) ?? 0;
      const level = classOf(count, model.classes);
      const barHeight = model.classes.length ? (level / model.classes.length) * BAR_ROOM : 0;
      const selected = area.id === this.selected;
      setAttributes(g, layer.set[i]!, {
        class: `area c${level}${selected ? ' selected' : ''}`,
        role,
        tabindex: area.id === this.active ? '0' : '-1',
        'aria-label': m.area(this.nameOf(area), this.figure(count)),
        'aria-pressed': this.interactive ? (selected ? 'true' : 'false') : undefined,
      });
      const last = layer.set[i]!;
      const bar = String(barHeight);
      if (last.bar === bar) return;
      last.bar = bar;
      // The class as a bar under the code (not colour alone): one per tile, none for class 0.
      for (const old of g.querySelectorAll('.bar')) old.remove();
      if (!barHeight) return;
      area.tiles.forEach((tile, t) => {
        const x = tile.x * CELL + GAP;
        const y = tile.y * CELL + GAP;
        g.children[2 * t]!.after(
          svgElement('rect', {
            class: 'bar',
            x: x + 1.2,
            y: y + SIZE - 0.7 - barHeight,
            width: SIZE - 2.4,
            height: barHeight,
          }),
        );
      });
    });
    return layer;
  }

  private renderSvg(model: MapModel): TemplateResult {
    const m = mapMessages(this.uiLang);
    const tiles = model.areas.flatMap((area) => area.tiles);
    const box = this.region ? boundsOf(tiles) : { x: 0, y: 0, w: GRID_COLUMNS, h: GRID_ROWS };
    const pad = 0.4;
    const viewBox = [
      (box.x - pad) * CELL,
      (box.y - pad) * CELL,
      (box.w + 2 * pad) * CELL,
      (box.h + 2 * pad) * CELL,
    ].join(' ');
    const overseas = !this.region && tiles.some(isOverseas);
    const focused = this.focusVisible && model.areas.find((a) => a.id === this.focused);
    const selected = model.areas.find((a) => a.id === this.selected);
    const layer = this.areaLayer(model);
    return html`<svg
      class="map-svg"
      part="svg"
      viewBox=${viewBox}
      style=${cssProps({ '--_columns': String(box.w) })}
      role="group"
      tabindex="-1"
      aria-label=${this.label}
      aria-describedby="hint"
      @keydown=${this.onKeydown}
      @click=${this.onClick}
      @pointerover=${this.onPointerOver}
      @pointerleave=${this.onPointerLeave}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
    >
      ${layer.group}
      <path class="borders" d=${model.regionBorders} aria-hidden="true"></path>
      ${layer.codes ?? nothing}
      ${
        overseas
          ? svg`<text class="inset-label" x="1" y=${10.6 * CELL} aria-hidden="true">${m.overseas}</text>`
          : nothing
      }
      ${
        selected
          ? svg`<path class="selected-ring" d=${outlineOf(selected.tiles)} aria-hidden="true"></path>`
          : nothing
      }
      ${
        focused
          ? svg`<path class="focus-ring" d=${outlineOf(focused.tiles)} aria-hidden="true"></path>`
          : nothing
      }
    </svg>`;
  }

  private renderLegend(model: MapModel): TemplateResult {
    const m = mapMessages(this.uiLang);
    const n = (value: number) => formatNumber(value, this.uiLang);
    const swatch = (level: number) => {
      const height = model.classes.length ? (level / model.classes.length) * BAR_ROOM : 0;
      return html`<svg class="swatch c${level}" viewBox="0 0 ${SIZE} ${SIZE}" aria-hidden="true">
        <rect class="tile" x="0" y="0" width=${SIZE} height=${SIZE} rx="1"></rect>
        ${
          height
            ? svg`<rect class="bar" x="1.2" y=${SIZE - 0.7 - height} width=${SIZE - 2.4} height=${height}></rect>`
            : nothing
        }
      </svg>`;
    };
    return html`<div class="legend" part="legend">
      <p class="legend-title" id="legend-title">${m.legend}</p>
      <ul class="classes" aria-labelledby="legend-title">
        <li>${swatch(0)}<span>${m.none}</span></li>
        ${model.classes.map(
          (c) =>
            html`<li>
              ${swatch(c.index)}<span
                ><span class="class-number">${c.index}</span> ${m.range(n(c.min), n(c.max))}</span
              >
            </li>`,
        )}
      </ul>
      ${
        model.outside
          ? html`<p class="outside" part="outside">
              <strong>${m.outside(n(model.outside))}</strong> (${m.outsideWhy(this.level)})
            </p>`
          : nothing
      }
    </div>`;
  }

  /**
   * The table's rows, largest first: built with the DOM (a row per area with a figure, a
   * hundred for the départements) once per model and language, not at each hover or focus.
   */
  private tableBody(model: MapModel): HTMLTableSectionElement {
    const lang = this.uiLang;
    if (this.builtTable?.model === model && this.builtTable.lang === lang)
      return this.builtTable.body;
    let collator = collators.get(lang);
    if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
    const compare = collator.compare;
    const body = document.createElement('tbody');
    for (const { area, count } of model.areas
      .map((area) => ({ area, count: model.counts.get(area.id) ?? 0 }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count || compare(a.area.name, b.area.name))) {
      const row = body.insertRow();
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = this.nameOf(area);
      row.append(name);
      row.insertCell().textContent = formatNumber(count, lang);
    }
    this.builtTable = { model, lang, body };
    return body;
  }

  private renderTable(model: MapModel): TemplateResult {
    const m = mapMessages(this.uiLang);
    return html`<details
      class="table"
      part="table"
      @click=${this.onTableOpen}
      @toggle=${this.onTableOpen}
    >
      <summary>${m.table}</summary>
      <table>
        <caption class="visually-hidden">
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.territory}</th>
            <th scope="col">${m.figure}</th>
          </tr>
        </thead>
        ${this.tableWanted ? this.tableBody(model) : nothing}
      </table>
    </details>`;
  }

  override render() {
    const model = this.model;
    if (!model) return nothing;
    const m = mapMessages(this.uiLang);
    const shown = model.areas.find((a) => a.id === (this.hovered ?? this.focused ?? this.selected));
    const toggle = this.zoomable
      ? html`<div class="levels" role="group" aria-label=${m.level}>
          ${(['departement', 'region'] as const).map(
            (level) =>
              html`<button
                type="button"
                aria-pressed=${this.level === level ? 'true' : 'false'}
                @click=${() => this.setLevel(level)}
              >
                ${level === 'region' ? m.regions : m.departements}
              </button>`,
          )}
        </div>`
      : nothing;
    if (!model.placed)
      return html`<div class="root empty" part="base" lang=${this.uiLang}>
        ${toggle}
        <p class="empty-text" part="empty">${m.empty}</p>
        ${
          model.outside
            ? html`<p class="outside" part="outside">
                <strong>${m.outside(formatNumber(model.outside, this.uiLang))}</strong>
                (${m.outsideWhy(this.level)})
              </p>`
            : nothing
        }
      </div>`;
    return html`<div class="root" part="base" lang=${this.uiLang}>
      ${toggle}
      <p class="visually-hidden" id="hint">${this.interactive ? m.hintSelect : m.hint}</p>
      ${this.renderSvg(model)}
      <p class="readout" part="readout" aria-hidden="true">
        ${
          shown
            ? html`<strong>${this.nameOf(shown)}</strong> ·
                ${this.figure(
                  model.counts.get(shown.id) ?? 0,
                )}${shown.id === this.selected ? html` · ${m.selected}` : nothing}`
            : '\u00a0'
        }
      </p>
      ${this.renderLegend(model)} ${this.table ? this.renderTable(model) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tis-france-map': TisFranceMap;
  }
}
