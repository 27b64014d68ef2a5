import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/territory-counter/define.js';
import '../src/feed/define.js';

interface Args {
  src: string;
  metric: 'territories' | 'initiatives' | 'networks' | 'events';
  territory: string;
  network: string;
  breakdown: 'none' | 'region' | 'departement' | 'kind';
  view: 'number' | 'map';
  goal?: number;
  animate: boolean;
  hideGoal: boolean;
  hideProgress: boolean;
  hideMilestones: boolean;
  hideFreshness: boolean;
  hideCaption: boolean;
  lang: 'fr' | 'en';
  theme: 'light' | 'dark' | 'auto';
  width: string;
}

/** A feed where no territory has joined yet, served from memory (zero state). */
const emptyFeedUrl = URL.createObjectURL(
  new Blob(
    [
      JSON.stringify({
        version: 1,
        campaign: {
          id: '1000territoiresIS',
          hashtag: '#1000territoiresIS',
          name: '1000 territoires d’innovation sociale',
          goal: 1000,
          status: 'active',
          milestones: [250, 500, 750, 1000],
          callToAction: {
            label: { fr: 'Engager mon territoire', en: 'Commit my territory' },
            url: 'https://example.org/1000territoires/rejoindre',
          },
        },
        territories: [{ id: 'commune:46102', kind: 'commune', name: 'Figeac' }],
      }),
    ],
    { type: 'application/json' },
  ),
);

const meta: Meta<Args> = {
  title: 'Widgets/Territory counter',
  component: 'tis-territory-counter',
  args: {
    src: '/demo/feed.json',
    metric: 'territories',
    territory: '',
    network: '',
    breakdown: 'none',
    view: 'number',
    goal: undefined,
    animate: true,
    hideGoal: false,
    hideProgress: false,
    hideMilestones: false,
    hideFreshness: false,
    hideCaption: false,
    lang: 'fr',
    theme: 'light',
    width: '40rem',
  },
  argTypes: {
    metric: { control: 'select', options: ['territories', 'initiatives', 'networks', 'events'] },
    breakdown: { control: 'select', options: ['none', 'region', 'departement', 'kind'] },
    view: { control: 'inline-radio', options: ['number', 'map'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  render: (args) => html`
    <div style=${styleMap({ maxWidth: args.width })}>
      <tis-territory-counter
        src=${args.src}
        metric=${args.metric}
        territory=${args.territory || nothing}
        network=${args.network || nothing}
        breakdown=${args.breakdown}
        view=${args.view}
        goal=${args.goal ?? nothing}
        ?no-animation=${!args.animate}
        ?hide-goal=${args.hideGoal}
        ?hide-progress=${args.hideProgress}
        ?hide-milestones=${args.hideMilestones}
        ?hide-freshness=${args.hideFreshness}
        ?hide-caption=${args.hideCaption}
        lang=${args.lang}
        theme=${args.theme}
      >
        <a href="https://www.carrefourdesinnovationssociales.fr/">#1000territoiresIS</a>
      </tis-territory-counter>
    </div>
  `,
};

export default meta;
type Story = StoryObj<Args>;

/** Territories joined toward the goal, with progress, milestones and the latest to join. */
export const Territories: Story = {};

/** The same, with the breakdown by région. */
export const ByRegion: Story = { args: { breakdown: 'region', width: '64rem' } };

/** In a narrow sidebar (about 260 px). */
export const Sidebar: Story = { args: { width: '260px' } };

/** Territories joined in one région, broken down by département. */
export const InOneRegion: Story = { args: { territory: 'region:53', breakdown: 'departement' } };

/** What one network brought. */
export const ByNetwork: Story = { args: { network: 'cis', breakdown: 'kind' } };

/** Initiatives, in one région. */
export const Initiatives: Story = {
  args: { metric: 'initiatives', territory: 'region:53', breakdown: 'departement' },
};

/** Partner networks of the campaign. */
export const Networks: Story = { args: { metric: 'networks' } };

/** Upcoming events, with the next one. */
export const Events: Story = { args: { metric: 'events', breakdown: 'region' } };

/** No territory yet: an invitation instead of a zero. */
export const Zero: Story = { args: { src: emptyFeedUrl } };

/** English, with thousands grouped the English way. */
export const English: Story = { args: { lang: 'en', breakdown: 'region' } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', breakdown: 'region' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** No count-up: the final number at once (as with reduced motion). */
export const NoAnimation: Story = { args: { animate: false } };

/** Only the number and its sentence. */
export const Minimal: Story = {
  args: { hideProgress: true, hideFreshness: true, hideCaption: true },
};

/** The feed cannot be loaded: the partner's fallback link and a retry button. */
export const LoadError: Story = { args: { src: '/demo/missing-feed.json' } };

/** Inside `<tis-feed>`: follows the shared territory selection. */
export const InsideFeedProvider: Story = {
  render: () => html`
    <tis-feed src="/demo/feed.json" territory="region:84">
      <tis-territory-counter breakdown="departement"></tis-territory-counter>
    </tis-feed>
  `,
};

/** The map of France: territories joined per département (the breakdown is its text alternative). */
export const MapView: Story = { args: { view: 'map' } };

/** The map by région, counting initiatives. */
export const MapByRegion: Story = {
  args: { view: 'map', metric: 'initiatives', breakdown: 'region' },
};

/** The map restricted to one région. */
export const MapOneRegion: Story = {
  args: { view: 'map', metric: 'initiatives', territory: 'region:53' },
};

/** The map, dark. */
export const MapDark: Story = {
  args: { view: 'map', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Nothing to place: an empty state, not an empty France. */
export const MapEmpty: Story = { args: { view: 'map', src: emptyFeedUrl } };

/** While loading: the map's room is reserved. */
export const MapLoading: Story = {
  args: { view: 'map', src: 'https://example.invalid/never.json' },
};

/** The feed cannot be read: the fallback, no map. */
export const MapError: Story = { args: { view: 'map', src: '/demo/missing-feed.json' } };
