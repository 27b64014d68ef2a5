/** The visitor's filters: territory, theme, network and attendance, in a disclosure box. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../data/queries.js';
import type { Transition } from '../data/schema.js';
import { TRANSITIONS } from '../data/format.js';
import { localize } from '../i18n/localize.js';
import { networkName } from '../data/event-text.js';
import type { CalendarHost } from './calendar-host.js';
import type { CalendarMessages } from './messages.js';

/** `index` is undefined while loading: the same box is drawn, with empty choices. */
export function renderFilters(h: CalendarHost, index: FeedIndex | undefined, m: CalendarMessages) {
  if (h.hideFilters) return nothing;
  const lang = h.uiLang;
  const choice = h.attendanceChoice;
  const picked = h.feedController.selection;
  const { territories, networks, themeIds } = h.query.filterOptions(index);
  const themesOf = (transition: Transition) =>
    [...themeIds].map((id) => index!.themes.get(id)).filter((t) => t?.transition === transition);
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    all: string,
    options: TemplateResult[],
  ) =>
    html`<label class="filter">
      <span class="filter-label">${label}</span>
      <select name=${name} @change=${h.onFilterChange} .value=${value ?? ''}>
        <option value="" ?selected=${!value}>${all}</option>
        ${options}
      </select>
    </label>`;
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value=${value} ?selected=${value === current}>${label}</option>`;
  const active = [picked.territory, picked.theme, picked.network, choice].filter(Boolean).length;
  return html`<details class="filters-box" part="filters" ?open=${!h.narrow || active > 0}>
    <summary>
      ${m.filters}${active ? html` <span class="active-count">(${m.activeFilters(active)})</span>` : nothing}
    </summary>
    <div class="filters">
      ${
        h.territory && territories.length === 0
          ? nothing
          : select(
              'territory',
              m.filterTerritory,
              picked.territory,
              m.all,
              territories.map((t) => option(t.id, t.name, picked.territory)),
            )
      }
      ${select(
        'theme',
        m.filterTheme,
        picked.theme,
        m.all,
        TRANSITIONS.filter((t) => themesOf(t).length).map(
          (transition) =>
            html`<optgroup label=${m.transition(transition)}>
              ${option(transition, m.wholeTransition(m.transition(transition)), picked.theme)}
              ${themesOf(transition).map((t) => option(t!.id, localize(t!.label, lang), picked.theme))}
            </optgroup>`,
        ),
      )}
      ${
        h.network && !h.includeInvited
          ? nothing
          : select(
              'network',
              m.filterNetwork,
              picked.network,
              m.all,
              networks.map((id) => option(id, networkName(id, index!, lang), picked.network)),
            )
      }
      ${
        h.attendance
          ? nothing
          : select('attendance', m.filterAttendance, choice, m.allFem, [
              option('in-person', m.inPerson, choice),
              option('online', m.online, choice),
            ])
      }
    </div>
  </details>`;
}
