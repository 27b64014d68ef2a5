import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/banner/define.js';

interface Args {
  src: string;
  variant: 'inline' | 'top' | 'bottom' | 'corner';
  network: string;
  dismissible: boolean;
  dismissDays: number;
  showEvent: boolean;
  showCount: boolean;
  lang: 'fr' | 'en';
  theme: 'light' | 'dark' | 'auto';
  /** Fixed clock (ms) for the kill-switch stories; 0 = the real time. */
  now: number;
  width: string;
  fallback: boolean;
}

const FALLBACK = html`<a href="https://www.carrefourdesinnovationssociales.fr/"
  >#1000territoiresIS : 1000 territoires d’innovation sociale</a
>`;

const meta: Meta<Args> = {
  title: 'Widgets/Banner',
  component: 'tis-banner',
  args: {
    src: '/demo/feed.json',
    variant: 'inline',
    network: '',
    dismissible: false,
    // Stories forget a dismissal on reload, so reviewers always find the banner again.
    dismissDays: 0,
    showEvent: false,
    showCount: false,
    lang: 'fr',
    theme: 'light',
    now: 0,
    width: '',
    fallback: true,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'top', 'bottom', 'corner'] },
    network: {
      control: 'select',
      options: [
        '',
        'cis',
        'tiers-lieux-ensemble',
        'ess-territoires',
        'energies-citoyennes',
        'inconnu',
      ],
    },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => {
    const banner = html`<tis-banner
      src=${args.src}
      variant=${args.variant}
      network=${args.network || nothing}
      ?dismissible=${args.dismissible}
      dismiss-days=${args.dismissDays}
      ?show-event=${args.showEvent}
      ?show-count=${args.showCount}
      lang=${args.lang}
      theme=${args.theme}
      now=${args.now || nothing}
      >${args.fallback ? FALLBACK : nothing}</tis-banner
    >`;
    const page = html`<p>Contenu de la page du réseau partenaire, avant le bandeau.</p>
      ${args.width ? html`<div style="width: ${args.width}">${banner}</div>` : banner}
      <p>Contenu de la page après le bandeau. <a href="#suite">Lien suivant</a></p>`;
    return args.theme === 'dark'
      ? html`<div style="background: #161616; color: #eee; padding: 1rem">${page}</div>`
      : page;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The default: in the page flow, the campaign alone. */
export const Inline: Story = {};

/** Co-branded by a network, with the next event, the territory count and a close button. */
export const CoBranded: Story = {
  args: { network: 'tiers-lieux-ensemble', showEvent: true, showCount: true, dismissible: true },
};

export const Top: Story = {
  args: { variant: 'top', network: 'cis', showCount: true, dismissible: true },
  parameters: { layout: 'fullscreen' },
};

export const Bottom: Story = {
  args: { variant: 'bottom', network: 'cis', showEvent: true, showCount: true, dismissible: true },
  parameters: { layout: 'fullscreen' },
};

/** A ribbon in the corner of the viewport; it opens the banner in a panel (Escape closes). */
export const Corner: Story = {
  args: { variant: 'corner', network: 'ess-territoires', showCount: true, dismissible: true },
  parameters: { layout: 'fullscreen' },
};

/** In a 300 px sidebar: the event and the motto make way for what matters. */
export const NarrowSidebar: Story = {
  args: { width: '300px', network: 'cis', showEvent: true, showCount: true, dismissible: true },
};

export const English: Story = {
  args: { lang: 'en', network: 'cis', showEvent: true, showCount: true },
};

export const Dark: Story = {
  args: {
    theme: 'dark',
    network: 'energies-citoyennes',
    showEvent: true,
    showCount: true,
    dismissible: true,
  },
};

/** The feed cannot load: the partner's fallback link shows instead. */
export const FeedErrorWithFallback: Story = {
  args: { src: '/demo/missing-feed.json' },
};

/** The feed cannot load and the page gave no fallback: a plain link to the campaign. */
export const FeedErrorWithoutFallback: Story = {
  args: { src: '/demo/missing-feed.json', fallback: false },
};

/**
 * Loading: an address that never answers quickly (reserved room, fallback shown) until the
 * request times out.
 */
export const Loading: Story = {
  args: { src: 'https://10.255.255.1/feed.json', network: 'cis', showCount: true },
};

/** Kill switch: after the campaign's end date the banner renders nothing (an empty story). */
export const AfterTheCampaign: Story = {
  args: { now: Date.parse('2028-01-02T12:00:00+01:00') },
};

/** Kill switch: before the start date, nothing either (add #tis-preview to the URL to preview). */
export const BeforeTheCampaign: Story = {
  args: { now: Date.parse('2026-01-10T12:00:00+01:00') },
};
