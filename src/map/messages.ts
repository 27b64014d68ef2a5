/** Strings of the map shared by the counter and the initiative feed, French first. */
import { defineMessages } from '../i18n/messages.js';

export const mapMessages = defineMessages(
  {
    level: 'Niveau de la carte',
    departements: 'Départements',
    regions: 'Régions',
    hint: 'Flèches pour aller d’une zone à l’autre.',
    hintSelect: 'Flèches pour aller d’une zone à l’autre, Entrée pour choisir.',
    area: (name: string, figure: string) => `${name}, ${figure}`,
    legend: 'Légende',
    none: 'Aucun',
    range: (min: string, max: string) => (min === max ? min : `${min} à ${max}`),
    outside: (figure: string) => `${figure} hors carte`,
    outsideWhy: (level: 'departement' | 'region'): string =>
      level === 'region'
        ? 'territoire inconnu ou hors des régions de la carte'
        : 'territoire inconnu ou sans département de la carte',
    overseas: 'Outre-mer',
    table: 'Voir les chiffres en tableau',
    territory: 'Territoire',
    figure: 'Nombre',
    empty: 'Rien à situer sur la carte.',
    selected: 'sélectionné',
  },
  {
    level: 'Map level',
    departements: 'Départements',
    regions: 'Regions',
    hint: 'Arrow keys move from one area to another.',
    hintSelect: 'Arrow keys move from one area to another, Enter picks one.',
    area: (name: string, figure: string) => `${name}, ${figure}`,
    legend: 'Legend',
    none: 'None',
    range: (min: string, max: string) => (min === max ? min : `${min} to ${max}`),
    outside: (figure: string) => `${figure} off the map`,
    outsideWhy: (level: 'departement' | 'region'): string =>
      level === 'region'
        ? 'unknown territory or outside the regions of the map'
        : 'unknown territory or in no département of the map',
    overseas: 'Overseas',
    table: 'Show the figures as a table',
    territory: 'Territory',
    figure: 'Count',
    empty: 'Nothing to place on the map.',
    selected: 'selected',
  },
);
