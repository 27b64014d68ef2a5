import { defineMessages } from './messages.js';

/**
 * The words of an event's text that the calendar widget and the feed tools (`tis-feed export`)
 * both write: one catalogue, so a file exported by the CLI says what the widget says.
 */
export const eventMessages = defineMessages(
  {
    allDay: 'toute la journée',
    yourTime: (range: string) => `${range} à votre heure`,
    sessions: (count: number) => `${count} séance${count > 1 ? 's' : ''}`,
    register: 'S’inscrire',
    join: 'Rejoindre en ligne',
  },
  {
    allDay: 'all day',
    yourTime: (range: string) => `${range} your time`,
    sessions: (count: number) => `${count} session${count > 1 ? 's' : ''}`,
    register: 'Register',
    join: 'Join online',
  },
);
