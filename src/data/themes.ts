import type { Transition } from './schema.js';

/**
 * The themes of the three transitions, in the campaign's own words (CRTE text of the
 * Carrefour des innovations sociales). Used by the demo feed and the tests; a real feed lists
 * its own `themes`.
 */
export const CAMPAIGN_THEMES: ReadonlyArray<{
  id: string;
  transition: Transition;
  label: { fr: string; en: string };
}> = [
  {
    id: 'energies-renouvelables',
    transition: 'ecologique',
    label: { fr: 'Énergies renouvelables', en: 'Renewable energy' },
  },
  {
    id: 'mobilites-durables',
    transition: 'ecologique',
    label: { fr: 'Mobilités durables', en: 'Sustainable mobility' },
  },
  {
    id: 'sobriete-fonciere',
    transition: 'ecologique',
    label: { fr: 'Sobriété foncière', en: 'Land sobriety' },
  },
  {
    id: 'adaptation-climat',
    transition: 'ecologique',
    label: { fr: 'Adaptation au changement climatique', en: 'Climate adaptation' },
  },
  {
    id: 'biodiversite',
    transition: 'ecologique',
    label: { fr: 'Biodiversité', en: 'Biodiversity' },
  },
  {
    id: 'reduction-emissions',
    transition: 'ecologique',
    label: {
      fr: 'Réduction des émissions et des pollutions',
      en: 'Cutting emissions and pollution',
    },
  },
  {
    id: 'ressources-naturelles',
    transition: 'ecologique',
    label: { fr: 'Gestion durable des ressources naturelles', en: 'Sustainable natural resources' },
  },
  {
    id: 'reindustrialisation',
    transition: 'economique',
    label: { fr: 'Réindustrialisation', en: 'Reindustrialisation' },
  },
  {
    id: 'revitalisation-centres-villes',
    transition: 'economique',
    label: { fr: 'Revitalisation des centres-villes', en: 'Town-centre revitalisation' },
  },
  {
    id: 'economie-circulaire',
    transition: 'economique',
    label: { fr: 'Économie circulaire', en: 'Circular economy' },
  },
  {
    id: 'agriculture-durable',
    transition: 'economique',
    label: { fr: 'Agriculture durable', en: 'Sustainable agriculture' },
  },
  {
    id: 'circuits-courts',
    transition: 'economique',
    label: { fr: 'Circuits courts et de proximité', en: 'Short supply chains' },
  },
  {
    id: 'metiers-competences',
    transition: 'economique',
    label: { fr: 'Métiers et compétences', en: 'Jobs and skills' },
  },
  {
    id: 'tourisme-social',
    transition: 'economique',
    label: { fr: 'Tourisme social et durable', en: 'Social and sustainable tourism' },
  },
  {
    id: 'acces-services-numeriques',
    transition: 'modes-de-vie',
    label: {
      fr: 'Accès aux services, notamment numériques',
      en: 'Access to services, including digital',
    },
  },
  {
    id: 'culture-sport',
    transition: 'modes-de-vie',
    label: { fr: 'Équipements culturels et sportifs', en: 'Culture and sport facilities' },
  },
  {
    id: 'sante',
    transition: 'modes-de-vie',
    label: { fr: 'Accès aux soins', en: 'Access to healthcare' },
  },
  { id: 'education', transition: 'modes-de-vie', label: { fr: 'Éducation', en: 'Education' } },
  {
    id: 'vieillissement',
    transition: 'modes-de-vie',
    label: { fr: 'Adaptation au vieillissement', en: 'Ageing population' },
  },
  {
    id: 'espaces-publics-logement',
    transition: 'modes-de-vie',
    label: { fr: 'Espaces publics et logement', en: 'Public spaces and housing' },
  },
];
