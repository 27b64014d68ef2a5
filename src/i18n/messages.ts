import { formatNumber } from './format.js';
import type { Lang } from './localize.js';

/** A message: plain text, or a function of its parameters. */
type Message = string | ((...args: never[]) => string);
export type Catalogue = Record<string, Message>;

/**
 * Declares a component's messages in French and English. The English catalogue must have
 * exactly the keys of the French one (the type checker says which is missing).
 *
 * ```ts
 * const messages = defineMessages({ loading: 'Chargement…' }, { loading: 'Loading…' });
 * messages('en').loading;
 * ```
 */
export function defineMessages<T extends Catalogue>(fr: T, en: { [K in keyof T]: T[K] }) {
  return (lang: Lang): T => (lang === 'en' ? (en as T) : fr);
}

/** Messages shared by every widget. */
export const commonMessages = defineMessages(
  {
    loading: 'Chargement…',
    retry: 'Réessayer',
    staleSince: (date: string) => `Données du ${date} (mise à jour impossible pour le moment)`,
    unavailable: 'Contenu momentanément indisponible.',
    campaignLink: 'Découvrir la campagne #1000territoiresIS',
    example: 'Exemple',
    exampleNotice: 'Contenu d’exemple, à titre de démonstration',
    opensInNewTab: '(nouvel onglet)',
    partMissing:
      'Une partie des données n’a pas pu être chargée : ce qui est affiché est incomplet.',
    loadingMore: (loaded: number, total: number) =>
      `Chargement des données de toute la campagne : ${formatNumber(loaded, 'fr')} fichier${loaded > 1 ? 's' : ''} sur ${formatNumber(total, 'fr')}`,
  },
  {
    loading: 'Loading…',
    retry: 'Try again',
    staleSince: (date: string) => `Data from ${date} (cannot update right now)`,
    unavailable: 'Content temporarily unavailable.',
    campaignLink: 'Discover the #1000territoiresIS campaign',
    example: 'Example',
    exampleNotice: 'Example content, for demonstration',
    opensInNewTab: '(new tab)',
    partMissing: 'Part of the data could not be loaded: what is shown is incomplete.',
    loadingMore: (loaded: number, total: number) =>
      `Loading the whole campaign's data: ${formatNumber(loaded, 'en')} of ${formatNumber(total, 'en')} file${total > 1 ? 's' : ''}`,
  },
);
