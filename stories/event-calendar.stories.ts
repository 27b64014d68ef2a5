import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/event-calendar/define.js';
import '../src/feed/define.js';

interface Args {
  src: string;
  view: '' | 'month' | 'week' | 'list';
  event: string;
  from: string;
  territory: string;
  theme: string;
  network: string;
  attendance: '' | 'in-person' | 'online';
  includeInvited: boolean;
  hideFilters: boolean;
  subscribeUrl: string;
  now: string;
  visitorTimeZone: string;
  lang: 'fr' | 'en';
  colorScheme: 'light' | 'dark' | 'auto';
  width: string;
}

/** A fixed "now" so the stories look the same every day. */
const NOW = '2026-12-01T10:00:00+01:00';

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'tis-event-calendar',
  args: {
    src: '/demo/feed.json',
    view: '',
    event: '',
    from: '',
    territory: '',
    theme: '',
    network: '',
    attendance: '',
    includeInvited: false,
    hideFilters: false,
    subscribeUrl: '',
    now: NOW,
    visitorTimeZone: '',
    lang: 'fr',
    colorScheme: 'light',
    width: '72rem',
  },
  argTypes: {
    view: {
      control: 'inline-radio',
      options: ['', 'month', 'week', 'list'],
      description: 'Empty: automatic (list when narrow).',
    },
    attendance: { control: 'inline-radio', options: ['', 'in-person', 'online'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    colorScheme: {
      control: 'inline-radio',
      options: ['light', 'dark', 'auto'],
      description: 'The `theme` attribute (colour scheme).',
    },
    now: { control: 'text', description: 'ISO date-time turned into the `now` property (ms).' },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  render: (args) => html`
    <div
      style=${styleMap({ maxWidth: args.width, background: args.colorScheme === 'dark' ? '#161616' : 'transparent', padding: '1rem' })}
    >
      <tis-event-calendar
        src=${args.src}
        view=${ifDefined(args.view || undefined)}
        event=${ifDefined(args.event || undefined)}
        from=${ifDefined(args.from || undefined)}
        territory=${ifDefined(args.territory || undefined)}
        network=${ifDefined(args.network || undefined)}
        attendance=${ifDefined(args.attendance || undefined)}
        subscribe-url=${ifDefined(args.subscribeUrl || undefined)}
        visitor-time-zone=${ifDefined(args.visitorTimeZone || undefined)}
        lang=${args.lang}
        theme=${args.theme || args.colorScheme}
        ?include-invited=${args.includeInvited}
        ?hide-filters=${args.hideFilters}
        .now=${args.now ? Date.parse(args.now) : undefined}
      >
        <a href="https://example.org/1000territoires/agenda"
          >Voir l’agenda de la campagne #1000territoiresIS</a
        >
      </tis-event-calendar>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The month grid: arrows move between days, Page Up/Down change month, Enter opens the day. */
export const Month: Story = {
  args: { view: 'month', subscribeUrl: 'https://example.org/agenda/tous.ics' },
};

/**
 * The week on a time grid: all-day and multi-day events in the band above, overlapping events
 * side by side, the current time on today's column. One tab stop; arrows go from event to
 * event in time order; Enter opens the details. Narrower than 560 px: the week's agenda list.
 */
export const Week: Story = { args: { view: 'week', from: '2026-12-07' } };

/** The week whose Sunday the clocks go back (25 October 2026): 9 h stays at 9 h. */
export const WeekDaylightSaving: Story = {
  name: 'Week (daylight-saving change)',
  args: { view: 'week', from: '2026-10-19', now: '2026-10-21T10:00:00+02:00' },
};

/** The agenda list, grouped by day: upcoming events first. */
export const List: Story = { args: { view: 'list' } };

/** No `view`: the widget picks the list because its own container is narrow. */
export const NarrowAuto: Story = { name: 'Narrow container (auto list)', args: { width: '22rem' } };

/** One event as a card, for a partner promoting a webinar. */
export const SingleEventCard: Story = {
  name: 'Single event card',
  args: {
    event: 'sante-proximite/cycle-de-formation-equipements-culturels-et-sportifs-20261203',
    width: '40rem',
  },
};

/** A network's own events and those it is invited to. */
export const NetworkWithInvitations: Story = {
  name: 'One network, with invitations',
  args: { view: 'list', network: 'cis', includeInvited: true },
};

/** Pinned to a territory: events in it or below it (communes of the département). */
export const Territory: Story = { args: { view: 'month', territory: 'region:53' } };

export const English: Story = { args: { view: 'month', lang: 'en' } };

export const Dark: Story = { args: { view: 'month', colorScheme: 'dark' } };

/** A visitor in Montréal sees each event's time and their own. */
export const VisitorAbroad: Story = {
  name: 'Visitor abroad (Toronto)',
  args: { view: 'list', visitorTimeZone: 'America/Toronto' },
};

/** A month with no event: the widget says so and offers the next one. */
export const EmptyMonth: Story = { name: 'Empty month', args: { view: 'list', from: '2026-08' } };

/** The feed cannot be loaded: message, retry, and the partner's fallback link. */
export const Error: Story = { args: { src: '/demo/missing-feed.json' } };

/** Inside `<tis-feed>`: the shared selection (here a département) filters the calendar. */
export const InsideFeedProvider: Story = {
  name: 'Inside <tis-feed>',
  render: (args) =>
    html`<tis-feed src=${args.src} territory="departement:29">
      <div style=${styleMap({ maxWidth: args.width })}>
        <tis-event-calendar view="list" .now=${Date.parse(args.now)}></tis-event-calendar>
      </div>
    </tis-feed>`,
};
