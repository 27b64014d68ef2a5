import { defineMessages } from '../i18n/messages.js';
import type { Transition } from '../data/schema.js';

const frTransitions: Record<Transition, string> = {
  ecologique: 'Transition écologique',
  economique: 'Transition économique',
  'modes-de-vie': 'Transition des modes de vie',
};
const enTransitions: Record<Transition, string> = {
  ecologique: 'Ecological transition',
  economique: 'Economic transition',
  'modes-de-vie': 'Lifestyle transition',
};

const frKinds: Record<string, string> = {
  commune: 'commune',
  epci: 'intercommunalité',
  departement: 'département',
  region: 'région',
  crte: 'CRTE',
};
const enKinds: Record<string, string> = {
  commune: 'municipality',
  epci: 'inter-municipality',
  departement: 'département',
  region: 'region',
  crte: 'CRTE',
};

/** Strings of `<tis-initiative-feed>`, French first. Counts arrive already formatted by `Intl`. */
export const initiativeFeedMessages = defineMessages(
  {
    listLabel: 'Initiatives',
    filters: 'Filtrer les initiatives',
    search: 'Rechercher',
    searchPlaceholder: 'Mot-clé, porteur, commune…',
    territory: 'Territoire',
    territoryPlaceholder: 'Commune, département…',
    territorySuggestions: 'Territoires proposés',
    territoryNone: 'Aucun territoire ne correspond.',
    removeFilter: (name: string) => `Retirer le filtre : ${name}`,
    kind: (kind: string) => frKinds[kind] ?? kind,
    themes: 'Thématiques',
    themesSelected: (label: string) => `Thématique : ${label}`,
    transition: (transition: Transition) => frTransitions[transition],
    allOfTransition: 'Toute la transition',
    network: 'Réseau',
    allNetworks: 'Tous les réseaux',
    sort: 'Trier',
    sortRecent: 'Les plus récentes',
    sortAlpha: 'Ordre alphabétique',
    mapLabel: (level: 'departement' | 'region'): string =>
      `Carte des initiatives par ${level === 'region' ? 'région' : 'département'}`,
    count: (n: number, formatted: string) =>
      n <= 1 ? `${formatted} initiative` : `${formatted} initiatives`,
    showing: (shown: string, total: string) => `${shown} affichées sur ${total}`,
    showMore: 'Afficher plus',
    showMoreDetail: (n: string) => `Afficher ${n} initiatives de plus`,
    empty: 'Aucune initiative ne correspond à votre recherche.',
    emptyHint: 'Essayez un autre mot-clé ou élargissez les filtres.',
    clearFilters: 'Effacer les filtres',
    via: 'via',
    carrier: 'Porté par',
    territories: 'Territoires',
    more: (n: number) => `+ ${n}`,
    moreTerritories: (n: number) => `et ${n} autre${n > 1 ? 's' : ''}`,
    updated: (date: string) => `Mis à jour le ${date}`,
    readMore: 'Voir l’initiative',
  },
  {
    listLabel: 'Initiatives',
    filters: 'Filter initiatives',
    search: 'Search',
    searchPlaceholder: 'Keyword, organisation, town…',
    territory: 'Territory',
    territoryPlaceholder: 'Town, département…',
    territorySuggestions: 'Suggested territories',
    territoryNone: 'No territory matches.',
    removeFilter: (name: string) => `Remove filter: ${name}`,
    kind: (kind: string) => enKinds[kind] ?? kind,
    themes: 'Themes',
    themesSelected: (label: string) => `Theme: ${label}`,
    transition: (transition: Transition) => enTransitions[transition],
    allOfTransition: 'Whole transition',
    network: 'Network',
    allNetworks: 'All networks',
    sort: 'Sort',
    sortRecent: 'Most recent',
    sortAlpha: 'Alphabetical',
    mapLabel: (level: 'departement' | 'region'): string =>
      `Map of initiatives by ${level === 'region' ? 'region' : 'département'}`,
    count: (n: number, formatted: string) =>
      n === 1 ? `${formatted} initiative` : `${formatted} initiatives`,
    showing: (shown: string, total: string) => `${shown} shown of ${total}`,
    showMore: 'Show more',
    showMoreDetail: (n: string) => `Show ${n} more initiatives`,
    empty: 'No initiative matches your search.',
    emptyHint: 'Try another keyword or widen the filters.',
    clearFilters: 'Clear filters',
    via: 'via',
    carrier: 'Run by',
    territories: 'Territories',
    more: (n: number) => `+ ${n}`,
    moreTerritories: (n: number) => `and ${n} more`,
    updated: (date: string) => `Updated ${date}`,
    readMore: 'See the initiative',
  },
);
