import { defineMessages } from '../i18n/messages.js';

/** Every user-facing string of `<tis-banner>`, in French and English. */
export const bannerMessages = defineMessages(
  {
    /** Follows the network's name, set in bold (the name comes first in both languages). */
    committed: (campaign: string) => `s’engage pour ${campaign}`,
    nextEvent: 'Prochain rendez-vous :',
    ongoingEvent: 'En ce moment :',
    territories: (count: string, goal: string, n: number) =>
      `${count} ${n > 1 ? 'territoires engagés' : 'territoire engagé'} sur ${goal}`,
    cta: 'Rejoindre la campagne',
    close: 'Masquer le bandeau de campagne',
    barToggle: 'Contenu du bandeau de campagne',
    preview: 'Aperçu : ce bandeau est masqué pour le public en dehors des dates de la campagne.',
    range: (from: string, to: string) => `du ${from} au ${to}`,
  },
  {
    committed: (campaign: string) => `is committed to ${campaign}`,
    nextEvent: 'Next event:',
    ongoingEvent: 'Happening now:',
    territories: (count: string, goal: string, n: number) =>
      `${count} ${n === 1 ? 'territory' : 'territories'} committed out of ${goal}`,
    cta: 'Join the campaign',
    close: 'Hide the campaign banner',
    barToggle: 'Campaign banner content',
    preview: 'Preview: this banner is hidden from the public outside the campaign dates.',
    range: (from: string, to: string) => `${from} to ${to}`,
  },
);
