/**
 * Strings of `<tis-territory-counter>`, French first. Plurals go through `Intl.PluralRules`:
 * French treats 0 and 1 as singular ("0 territoire", "1 territoire"), English only 1.
 */
import type { TerritoryKind } from '../data/schema.js';
import { localeOf, type Lang } from '../i18n/localize.js';
import { defineMessages } from '../i18n/messages.js';

/** What the counter counts. */
export type CounterMetric = 'territories' | 'initiatives' | 'networks' | 'events';

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** `one` or `other` for a count in a language (French `many`, for millions, reads as plural). */
export function pluralOf(count: number, lang: Lang): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

type Forms = { one: string; other: string };

const units: Record<Lang, Record<CounterMetric, Forms>> = {
  fr: {
    territories: { one: 'territoire engagé', other: 'territoires engagés' },
    initiatives: { one: 'initiative', other: 'initiatives' },
    networks: { one: 'réseau partenaire', other: 'réseaux partenaires' },
    events: { one: 'événement à venir', other: 'événements à venir' },
  },
  en: {
    territories: { one: 'territory joined', other: 'territories joined' },
    initiatives: { one: 'initiative', other: 'initiatives' },
    networks: { one: 'partner network', other: 'partner networks' },
    events: { one: 'upcoming event', other: 'upcoming events' },
  },
};

/** The words after the number: "territoires engagés", "upcoming event". */
export function unitOf(metric: CounterMetric, count: number, lang: Lang): string {
  return units[lang][metric][pluralOf(count, lang)];
}

const kindsFr: Record<TerritoryKind, Forms> = {
  commune: { one: 'Commune', other: 'Communes' },
  epci: { one: 'Intercommunalité', other: 'Intercommunalités' },
  departement: { one: 'Département', other: 'Départements' },
  region: { one: 'Région', other: 'Régions' },
  crte: { one: 'CRTE', other: 'CRTE' },
};
const kindsEn: Record<TerritoryKind, Forms> = {
  commune: { one: 'Municipality', other: 'Municipalities' },
  epci: { one: 'Intermunicipality', other: 'Intermunicipalities' },
  departement: { one: 'Département', other: 'Départements' },
  region: { one: 'Region', other: 'Regions' },
  crte: { one: 'CRTE', other: 'CRTE' },
};

/** Plural label of a kind of territory, for the breakdown by kind. */
export const kindLabel = (kind: TerritoryKind, lang: Lang): string =>
  (lang === 'en' ? kindsEn : kindsFr)[kind].other;

export const counterMessages = defineMessages(
  {
    /** Full sentence for screen readers and the goal line. */
    sentence: (count: string, unit: string, goal?: string) =>
      goal ? `${count} ${unit} sur ${goal}` : `${count} ${unit}`,
    goalSuffix: (goal: string) => `sur ${goal}`,
    zero: (metric: CounterMetric) =>
      ({
        territories: 'Soyez le premier territoire engagé',
        initiatives: 'Aucune initiative pour l’instant\u00a0: partagez la vôtre',
        networks: 'Aucun réseau partenaire pour l’instant',
        events: 'Aucun événement à venir pour l’instant',
      })[metric],
    zeroAccessible: (metric: CounterMetric) =>
      ({
        territories: 'Aucun territoire engagé pour l’instant. Soyez le premier territoire engagé.',
        initiatives: 'Aucune initiative pour l’instant.',
        networks: 'Aucun réseau partenaire pour l’instant.',
        events: 'Aucun événement à venir pour l’instant.',
      })[metric],
    scope: (name: string) => `Territoire\u00a0: ${name}`,
    byNetwork: (name: string) => `Réseau\u00a0: ${name}`,
    progressLabel: 'Progression vers l’objectif',
    progressValue: (count: string, goal: string, percent: string) =>
      `${count} sur ${goal} (${percent})`,
    percentOfGoal: (percent: string) => `${percent} de l’objectif`,
    milestones: 'Paliers',
    milestoneReached: (value: string) => `${value} (atteint)`,
    nextMilestone: (value: string, remaining: string) =>
      `Prochain palier\u00a0: ${value}, encore ${remaining}`,
    goalReached: 'Objectif atteint, merci à tous les territoires engagés !',
    lastTerritory: (name: string, when: string) =>
      `Dernier territoire engagé\u00a0: ${name}, ${when}`,
    lastInitiative: (title: string, when: string) =>
      `Dernière initiative mise à jour\u00a0: ${title}, ${when}`,
    nextEvent: (title: string, when: string) => `Prochain événement\u00a0: ${title}, ${when}`,
    eventNow: 'en cours',
    breakdownRegion: 'Répartition par région',
    breakdownDepartement: 'Répartition par département',
    breakdownKind: 'Répartition par type de territoire',
    breakdownOther: 'Non localisé',
    breakdownItem: (name: string, count: string) => `${name}\u00a0: ${count}`,
    mapLabel: (unit: string, level: 'departement' | 'region'): string =>
      `Carte des ${unit} par ${level === 'region' ? 'région' : 'département'}`,
    mapList: 'Voir les chiffres en liste',
  },
  {
    sentence: (count: string, unit: string, goal?: string) =>
      goal ? `${count} ${unit} out of ${goal}` : `${count} ${unit}`,
    goalSuffix: (goal: string) => `out of ${goal}`,
    zero: (metric: CounterMetric) =>
      ({
        territories: 'Be the first territory to join',
        initiatives: 'No initiative yet: share yours',
        networks: 'No partner network yet',
        events: 'No upcoming event yet',
      })[metric],
    zeroAccessible: (metric: CounterMetric) =>
      ({
        territories: 'No territory has joined yet. Be the first territory to join.',
        initiatives: 'No initiative yet.',
        networks: 'No partner network yet.',
        events: 'No upcoming event yet.',
      })[metric],
    scope: (name: string) => `Territory: ${name}`,
    byNetwork: (name: string) => `Network: ${name}`,
    progressLabel: 'Progress toward the goal',
    progressValue: (count: string, goal: string, percent: string) =>
      `${count} out of ${goal} (${percent})`,
    percentOfGoal: (percent: string) => `${percent} of the goal`,
    milestones: 'Milestones',
    milestoneReached: (value: string) => `${value} (reached)`,
    nextMilestone: (value: string, remaining: string) =>
      `Next milestone: ${value}, ${remaining} to go`,
    goalReached: 'Goal reached, thank you to every territory that joined!',
    lastTerritory: (name: string, when: string) => `Latest territory to join: ${name}, ${when}`,
    lastInitiative: (title: string, when: string) => `Latest initiative updated: ${title}, ${when}`,
    nextEvent: (title: string, when: string) => `Next event: ${title}, ${when}`,
    eventNow: 'happening now',
    breakdownRegion: 'By region',
    breakdownDepartement: 'By département',
    breakdownKind: 'By kind of territory',
    breakdownOther: 'No location',
    breakdownItem: (name: string, count: string) => `${name}: ${count}`,
    mapLabel: (unit: string, level: 'departement' | 'region'): string =>
      `Map of ${unit} by ${level === 'region' ? 'region' : 'département'}`,
    mapList: 'Show the figures as a list',
  },
);
