/**
 * The feed's filter bar: the text search, the territory picker (rendered by its controller),
 * the network and sort selects, the theme chips panel and the row of the visitor's active
 * filters. Render functions of the view they are given: the element keeps the state and the
 * handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex, InitiativeSort } from '../data/queries.js';
import { TRANSITIONS, type Transition } from '../data/format.js';
import type { Theme } from '../data/schema.js';
import { formatNumber } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/localize.js';
import type { Selection } from '../shared/context.js';
import { classNames } from '../shared/class-names.js';
import type { Scope } from './filtering.js';
import { initiativeFeedMessages } from './messages.js';

export type FilterKey = 'territory' | 'theme' | 'network';

/** What the filter bar shows and what its controls call. */
export interface ControlsView {
  /** Undefined while loading: the bar is drawn without choices. */
  index: FeedIndex | undefined;
  lang: Lang;
  /** The controls the visitor gets (`search`, `territory`, `theme`, `network`, `sort`). */
  controls: ReadonlySet<string>;
  scope: Scope;
  selection: Readonly<Selection>;
  order: InitiativeSort;
  /**
   * True once the visitor (or a script) opened the theme panel: its chips are built then, not
   * before (closed, they are neither shown nor in the accessibility tree).
   */
  themesOpen: boolean;
  /** Called when the theme panel is about to open (click, Enter or Space) or opened by script. */
  openThemes: () => void;
  /** The counts the chips show, counted when first asked for. */
  themeCounts: () => ReadonlyMap<string, number>;
  themeLabel: (id: string) => string;
  renderTerritoryPicker: () => TemplateResult;
  onSubmit: (event: SubmitEvent) => void;
  onSearchInput: (event: InputEvent) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onNetworkChange: (event: Event) => void;
  onSortChange: (event: Event) => void;
  toggleTheme: (id: string) => void;
  removeFilter: (key: FilterKey) => void;
}

function renderSearch(v: ControlsView) {
  const m = initiativeFeedMessages(v.lang);
  return html`<div class="field field-search">
    <label for="search">${m.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      enterkeyhint="search"
      placeholder=${m.searchPlaceholder}
      @input=${v.onSearchInput}
      @keydown=${v.onSearchKeydown}
    />
  </div>`;
}

/** The networks of an index by name, per language: sorted once, not on every keystroke. */
const sortedNetworks = new WeakMap<FeedIndex, Map<Lang, { id: string; name: string }[]>>();

function networksByName(index: FeedIndex | undefined, lang: Lang) {
  if (!index) return [];
  let byLang = sortedNetworks.get(index);
  if (!byLang) sortedNetworks.set(index, (byLang = new Map()));
  let networks = byLang.get(lang);
  if (!networks) {
    const collator = new Intl.Collator(lang);
    networks = [...index.networks.values()]
      .map((n) => ({ id: n.id, name: localize(n.name, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    byLang.set(lang, networks);
  }
  return networks;
}

function renderNetworkSelect(v: ControlsView) {
  const m = initiativeFeedMessages(v.lang);
  const picked = v.selection.network ?? '';
  const networks = networksByName(v.index, v.lang);
  return html`<div class="field field-network">
    <label for="network">${m.network}</label>
    <select id="network" part="network" @change=${v.onNetworkChange}>
      <option value="" ?selected=${!picked}>${m.allNetworks}</option>
      ${networks.map((n) => html`<option value=${n.id} ?selected=${n.id === picked}>${n.name}</option>`)}
    </select>
  </div>`;
}

function renderSortSelect(v: ControlsView) {
  const m = initiativeFeedMessages(v.lang);
  return html`<div class="field field-sort">
    <label for="sort">${m.sort}</label>
    <select id="sort" part="sort" @change=${v.onSortChange}>
      <option value="recent" ?selected=${v.order === 'recent'}>${m.sortRecent}</option>
      <option value="alpha" ?selected=${v.order === 'alpha'}>${m.sortAlpha}</option>
    </select>
  </div>`;
}

function renderThemePanel(v: ControlsView) {
  const m = initiativeFeedMessages(v.lang);
  const picked = v.selection.theme;
  return html`<details class="themes" part="themes" @click=${v.openThemes} @toggle=${v.openThemes}>
    <summary>
      <span class="summary-label">${m.themes}</span>
      ${picked ? html`<span class="summary-picked">${v.themeLabel(picked)}</span>` : nothing}
    </summary>
    ${v.themesOpen ? renderThemeGroups(v) : nothing}
  </details>`;
}

/** The panel's chips, by transition, each with its count over the current query. */
function renderThemeGroups(v: ControlsView) {
  const index = v.index;
  const m = initiativeFeedMessages(v.lang);
  const scopeIds = index && v.scope.theme ? index.themeIds(v.scope.theme) : undefined;
  const counts = v.themeCounts();
  const picked = v.selection.theme;
  const groups = TRANSITIONS.map((transition) => ({
    transition,
    themes: (index?.feed.themes ?? []).filter(
      (t) => t.transition === transition && (!scopeIds || scopeIds.has(t.id)),
    ),
  })).filter((group) => group.themes.length > 0);
  const chip = (id: string, label: string, count: number, transition: Transition, whole = false) =>
    html`<button
      type="button"
      part="filter-chip"
      class=${classNames({ 'filter-chip': true, [`t-${transition}`]: true, whole, zero: count === 0 })}
      aria-pressed=${picked === id ? 'true' : 'false'}
      @click=${() => v.toggleTheme(id)}
    >
      <span class="label">${label}</span>
      <span class="n">${formatNumber(count, v.lang)}</span>
    </button>`;
  return html`<div class="theme-groups">
    ${groups.map(
      ({ transition, themes }) =>
        html`<div class="theme-group" role="group" aria-labelledby=${`group-${transition}`}>
          <p class="group-label" id=${`group-${transition}`}>${m.transition(transition)}</p>
          <div class="chip-row">
            ${
              !scopeIds || scopeIds.size > themes.length || v.scope.theme === transition
                ? chip(transition, m.allOfTransition, counts.get(transition) ?? 0, transition, true)
                : nothing
            }
            ${themes.map((t: Theme) =>
              chip(t.id, localize(t.label, v.lang), counts.get(t.id) ?? 0, transition),
            )}
          </div>
        </div>`,
    )}
  </div>`;
}

function renderActiveFilters(v: ControlsView) {
  const index = v.index;
  const m = initiativeFeedMessages(v.lang);
  const { territory, theme, network } = v.selection;
  if (!territory && !theme && !network) return nothing;
  const token = (key: 'territory' | 'theme' | 'network', label: string) =>
    html`<li>
      <span class="token">
        <span>${label}</span>
        <button type="button" class="remove" @click=${() => v.removeFilter(key)}>
          <span aria-hidden="true">×</span
          ><span class="visually-hidden">${m.removeFilter(label)}</span>
        </button>
      </span>
    </li>`;
  const territoryName = territory ? (index?.territories.get(territory)?.name ?? territory) : '';
  const networkName = network
    ? localize(index?.networks.get(network)?.name, v.lang) || network
    : '';
  return html`<ul class="active-filters" part="active-filters" role="list" aria-label=${m.filters}>
    ${territory ? token('territory', territoryName) : nothing}
    ${theme ? token('theme', v.themeLabel(theme)) : nothing}
    ${network ? token('network', networkName) : nothing}
  </ul>`;
}

/**
 * The filter bar, a `role="search"` form. `index` is undefined while loading: the same bar is
 * drawn (for the skeleton), without choices.
 */
export function renderControls(v: ControlsView) {
  const index = v.index;
  const controls = v.controls;
  const scope = v.scope;
  const showTheme =
    controls.has('theme') &&
    !(scope.theme && !(TRANSITIONS as readonly string[]).includes(scope.theme));
  const showNetwork =
    controls.has('network') && !scope.network && (!index || index.networks.size > 1);
  if (!controls.size) return nothing;
  return html`<form
    class="controls"
    part="controls"
    role="search"
    aria-label=${initiativeFeedMessages(v.lang).filters}
    @submit=${v.onSubmit}
  >
    <div class="fields">
      ${controls.has('search') ? renderSearch(v) : nothing}
      ${controls.has('territory') ? v.renderTerritoryPicker() : nothing}
      ${showNetwork ? renderNetworkSelect(v) : nothing}
      ${controls.has('sort') ? renderSortSelect(v) : nothing}
    </div>
    ${showTheme ? renderThemePanel(v) : nothing} ${renderActiveFilters(v)}
  </form>`;
}
