/**
 * The feed's territory picker: an APG combobox (an input, a listbox of suggestions, a virtual
 * cursor through `aria-activedescendant`), debounced as the visitor types. A reactive
 * controller: it holds the typed text and the active suggestion, and renders its field.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { FeedIndex } from '../data/queries.js';
import type { Territory } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import { classNames } from '../shared/class-names.js';
import { initiativeFeedMessages } from './messages.js';

/** Delay after the last key before the suggestions follow the text, in ms. */
export const SEARCH_DELAY = 150;
const MAX_SUGGESTIONS = 8;

export class TerritoryPicker implements ReactiveController {
  /** The text searched (trimmed, once typing settles); empty: no list. */
  query = '';
  /** The suggestion under the virtual cursor (`aria-activedescendant`), -1 for none. */
  active = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly host: LitElement;
  private readonly onPick: (territory: Territory) => void;

  /** `onPick` runs once the search is reset, with the territory picked. */
  constructor(host: LitElement, onPick: (territory: Territory) => void) {
    this.host = host;
    this.onPick = onPick;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Empties the search and closes the list. */
  reset(): void {
    clearTimeout(this.timer);
    this.set('', -1);
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#territory');
    if (input) input.value = '';
  }

  /** The field: label, combobox input, count of suggestions for screen readers, listbox. */
  render(index: FeedIndex | undefined, scope: string | undefined, lang: Lang): TemplateResult {
    const m = initiativeFeedMessages(lang);
    const matches =
      index && this.query
        ? index
            .searchTerritories(this.query, 60)
            .filter((t) => !scope || index.isWithin(t.id, scope))
            .slice(0, MAX_SUGGESTIONS)
        : [];
    const open = Boolean(this.query) && matches.length > 0;
    const active = open && this.active >= 0 ? this.active : -1;
    return html`<div class="field field-territory">
      <label for="territory">${m.territory}</label>
      <input
        id="territory"
        part="territory"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="territory-suggestions"
        aria-activedescendant=${active >= 0 ? `territory-option-${active}` : nothing}
        placeholder=${m.territoryPlaceholder}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      <p class="visually-hidden" aria-live="polite">
        ${
          this.query
            ? matches.length
              ? `${m.territorySuggestions} : ${matches.length}`
              : m.territoryNone
            : ''
        }
      </p>
      <div class="suggestions" ?hidden=${!this.query}>
        <ul
          id="territory-suggestions"
          role="listbox"
          aria-label=${m.territorySuggestions}
          ?hidden=${!open}
        >
          ${matches.map(
            (t, i) =>
              html`<li
                id=${`territory-option-${i}`}
                role="option"
                class=${classNames({ option: true, active: i === active })}
                aria-selected=${i === active ? 'true' : 'false'}
                @click=${() => this.pick(t)}
              >
                <span class="name">${t.name}</span>
                <span class="kind">${m.kind(t.kind)}</span>
              </li>`,
          )}
        </ul>
        ${
          this.query && !matches.length
            ? html`<p class="none" aria-hidden="true">${m.territoryNone}</p>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Sets the state, updating the host when it changed (as `@state` would). */
  private set(query: string, active: number): void {
    if (query === this.query && active === this.active) return;
    this.query = query;
    this.active = active;
    this.host.requestUpdate();
  }

  private pick(territory: Territory): void {
    this.reset();
    this.onPick(territory);
  }

  private readonly onInput = (event: InputEvent): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(value.trim(), -1), SEARCH_DELAY);
  };

  /**
   * The APG combobox keys: focus stays in the input; the arrows move the active suggestion,
   * Enter picks it (or the best match), Escape closes the list and clears the search.
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const root = this.host.renderRoot;
    const options = root.querySelectorAll('.suggestions [role="option"]').length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options) {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      const at = this.active;
      this.set(this.query, down ? (at + 1) % options : at <= 0 ? options - 1 : at - 1);
    } else if (event.key === 'Enter') {
      // Enter picks the active suggestion, else the best match, instead of submitting the form.
      event.preventDefault();
      clearTimeout(this.timer);
      const value = (event.target as HTMLInputElement).value.trim();
      this.set(value, value !== this.query ? -1 : this.active);
      const at = Math.max(0, this.active);
      void this.host.updateComplete.then(() =>
        root.querySelectorAll<HTMLElement>('.suggestions [role="option"]')[at]?.click(),
      );
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.reset();
    }
  };
}
