import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/initiative-feed/define.js';
import '../src/feed/define.js';

interface Args {
  src: string;
  layout: 'cards' | 'list' | 'compact' | 'map';
  controls: string;
  territory: string;
  theme: string;
  network: string;
  query: string;
  sort: 'recent' | 'alpha';
  pageSize: number;
  colorScheme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Initiative feed',
  component: 'tis-initiative-feed',
  args: {
    src: '/demo/feed.json',
    layout: 'cards',
    controls: 'search territory theme network sort',
    territory: '',
    theme: '',
    network: '',
    query: '',
    sort: 'recent',
    pageSize: 12,
    colorScheme: 'light',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'list', 'compact', 'map'] },
    sort: { control: 'inline-radio', options: ['recent', 'alpha'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<tis-initiative-feed
      src=${args.src}
      layout=${args.layout}
      controls=${args.controls}
      territory=${args.territory || nothing}
      network=${args.network || nothing}
      query=${args.query || nothing}
      theme=${args.colorScheme === 'dark' ? 'dark' : args.theme || nothing}
      sort=${args.sort}
      page-size=${args.pageSize}
    >
      <a href="https://example.org/initiatives">Voir toutes les initiatives</a>
    </tis-initiative-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Cards: Story = {};
export const List: Story = { args: { layout: 'list' } };
export const Compact: Story = { args: { layout: 'compact', controls: 'search', pageSize: 6 } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const MinimalEmbed: Story = { args: { controls: 'none', layout: 'compact', pageSize: 5 } };
export const PresetToATerritory: Story = {
  args: { territory: 'region:53', controls: 'search theme' },
};
export const PresetToATransition: Story = {
  args: { theme: 'ecologique', controls: 'search territory theme' },
};
export const EmptyState: Story = { args: { query: 'aucune initiative ne contient ce texte' } };
export const ErrorState: Story = { args: { src: '/does-not-exist.json' } };
export const Loading: Story = {
  args: { src: 'https://example.invalid/never.json' },
};
export const SharedSelectionInsideTisFeed: Story = {
  render: (args) =>
    html`<tis-feed src=${args.src}>
      <tis-initiative-feed controls="territory theme network"></tis-initiative-feed>
      <hr />
      <tis-initiative-feed layout="compact" controls="none" page-size="5"></tis-initiative-feed>
    </tis-feed>`,
};

/** The map of France above the list: pick a département to filter. */
export const MapLayout: Story = { args: { layout: 'map', pageSize: 6 } };
/** The map pinned to one région. */
export const MapOneRegion: Story = {
  args: { layout: 'map', territory: 'region:53', controls: 'search theme', pageSize: 6 },
};
export const MapDark: Story = { args: { layout: 'map', colorScheme: 'dark', pageSize: 6 } };
/** Nothing matches: the map says so instead of drawing an empty France. */
export const MapEmpty: Story = {
  args: { layout: 'map', query: 'aucune initiative ne contient ce texte' },
};
export const MapError: Story = { args: { layout: 'map', src: '/does-not-exist.json' } };
export const MapLoading: Story = {
  args: { layout: 'map', src: 'https://example.invalid/never.json' },
};
