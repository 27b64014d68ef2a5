import { eventMessages } from '../i18n/event-messages.js';
import { defineMessages } from '../i18n/messages.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The calendar's messages; an event's own words come from `eventMessages`, shared with the CLI. */
export const calendarMessages = defineMessages(
  {
    ...eventMessages('fr'),
    calendar: 'Agenda des événements',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    today: 'Aujourd’hui',
    viewLabel: 'Affichage',
    viewMonth: 'Mois',
    viewList: 'Liste',
    filters: 'Filtrer les événements',
    activeFilters: (count: number) => `${count} actif${count > 1 ? 's' : ''}`,
    filterTerritory: 'Territoire',
    filterTheme: 'Thème',
    filterNetwork: 'Réseau',
    filterAttendance: 'Participation',
    all: 'Tous',
    allFem: 'Toutes',
    eventCount: (count: number) =>
      count === 0 ? 'aucun événement' : `${count} ${plural(count, 'événement', 'événements')}`,
    monthAnnounce: (month: string, count: number) =>
      `${month} : ${count === 0 ? 'aucun événement' : `${count} ${plural(count, 'événement', 'événements')}`}`,
    emptyMonth: 'Aucun événement ce mois-ci.',
    emptyFiltered: 'Aucun événement ne correspond à ces filtres ce mois-ci.',
    nextEventOn: (date: string) => `Aller au prochain événement (${date})`,
    showEarlier: (count: number) =>
      `Afficher ${count} ${plural(count, 'événement passé', 'événements passés')} de ce mois`,
    more: (count: number) => `+ ${count} autre${count > 1 ? 's' : ''}`,
    continued: 'suite',
    continues: 'continue le lendemain',
    via: (network: string) => `via ${network}`,
    invited: 'Réseaux invités',
    themes: 'Thèmes',
    inPerson: 'Sur place',
    online: 'En ligne',
    mixed: 'Sur place et en ligne',
    zoneTime: (zone: string) => `(${zone})`,
    status: (status: string) =>
      (
        ({
          rescheduled: 'Date modifiée',
          postponed: 'Reporté',
          cancelled: 'Annulé',
          'moved-online': 'Passé en ligne',
          full: 'Complet',
        }) as Record<string, string>
      )[status] ?? '',
    details: 'Détails',
    detailsOf: (title: string) => `Détails : ${title}`,
    close: 'Fermer',
    dayDialog: (date: string) => `Événements du ${date}`,
    openDay: (date: string) => `Voir les événements du ${date}`,
    programme: 'Programme',
    place: 'Lieu',
    moreInfo: 'En savoir plus',
    addToCalendar: 'Ajouter à mon agenda',
    downloadIcs: 'Fichier .ics',
    googleCalendar: 'Google Agenda',
    outlookCalendar: 'Outlook',
    subscribe: 'S’abonner à cet agenda',
    subscribeWebcal: 'Ouvrir dans mon application d’agenda',
    subscribeHttps: 'Adresse du flux iCalendar',
    notFound: 'Cet événement est introuvable ou n’est plus publié.',
    error: 'L’agenda ne peut pas être affiché pour le moment.',
    exampleBadge: 'Exemple',
    transition: (id: string) =>
      (
        ({
          ecologique: 'Transition écologique',
          economique: 'Transition économique',
          'modes-de-vie': 'Transition des modes de vie',
        }) as Record<string, string>
      )[id] ?? id,
    wholeTransition: (label: string) => `${label} (tous les thèmes)`,
    newTab: '(nouvel onglet)',
  },
  {
    ...eventMessages('en'),
    calendar: 'Events calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    viewLabel: 'View',
    viewMonth: 'Month',
    viewList: 'List',
    filters: 'Filter events',
    activeFilters: (count: number) => `${count} active`,
    filterTerritory: 'Territory',
    filterTheme: 'Theme',
    filterNetwork: 'Network',
    filterAttendance: 'Attendance',
    all: 'All',
    allFem: 'All',
    eventCount: (count: number) =>
      count === 0 ? 'no events' : `${count} ${plural(count, 'event', 'events')}`,
    monthAnnounce: (month: string, count: number) =>
      `${month}: ${count === 0 ? 'no events' : `${count} ${plural(count, 'event', 'events')}`}`,
    emptyMonth: 'No events this month.',
    emptyFiltered: 'No events match these filters this month.',
    nextEventOn: (date: string) => `Go to the next event (${date})`,
    showEarlier: (count: number) =>
      `Show ${count} past ${plural(count, 'event', 'events')} this month`,
    more: (count: number) => `+ ${count} more`,
    continued: 'continued',
    continues: 'continues next day',
    via: (network: string) => `via ${network}`,
    invited: 'Invited networks',
    themes: 'Themes',
    inPerson: 'In person',
    online: 'Online',
    mixed: 'In person and online',
    zoneTime: (zone: string) => `(${zone})`,
    status: (status: string) =>
      (
        ({
          rescheduled: 'Rescheduled',
          postponed: 'Postponed',
          cancelled: 'Cancelled',
          'moved-online': 'Moved online',
          full: 'Full',
        }) as Record<string, string>
      )[status] ?? '',
    details: 'Details',
    detailsOf: (title: string) => `Details: ${title}`,
    close: 'Close',
    dayDialog: (date: string) => `Events on ${date}`,
    openDay: (date: string) => `See the events on ${date}`,
    programme: 'Programme',
    place: 'Venue',
    moreInfo: 'More information',
    addToCalendar: 'Add to my calendar',
    downloadIcs: '.ics file',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    subscribe: 'Subscribe to this calendar',
    subscribeWebcal: 'Open in my calendar app',
    subscribeHttps: 'iCalendar feed address',
    notFound: 'This event cannot be found or is no longer published.',
    error: 'The calendar cannot be shown right now.',
    exampleBadge: 'Example',
    transition: (id: string) =>
      (
        ({
          ecologique: 'Ecological transition',
          economique: 'Economic transition',
          'modes-de-vie': 'Lifestyle transition',
        }) as Record<string, string>
      )[id] ?? id,
    wholeTransition: (label: string) => `${label} (all themes)`,
    newTab: '(new tab)',
  },
);

export type CalendarMessages = ReturnType<typeof calendarMessages>;
