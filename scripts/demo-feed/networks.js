/**
 * Ten networks. Only the Carrefour des innovations sociales is real; the nine others are
 * invented for the demo, say so in their name and live on example.org.
 */
import { networks } from './data.js';
import { ALL_THEMES } from './library.js';
import { isIslandOrOverseas } from './territories.js';

/** The networks with their defaults: weight 2, a page on example.org, `"all"` themes spelt out. */
export const NETWORKS = networks.map((n) => ({
  weight: 2,
  ...n,
  themes: n.themes === 'all' ? ALL_THEMES : n.themes,
  url: n.url ?? `https://example.org/reseaux/${n.id}`,
}));

/** A network for a theme and a place: by affinity, islands and overseas favour "archipels". */
export function pickNetwork(random, theme, commune) {
  if (commune && isIslandOrOverseas(commune) && random.chance(0.45)) return 'archipels';
  if (random.chance(0.1)) return random.pick(NETWORKS.filter((n) => !n.islands)).id;
  return random.weighted(
    NETWORKS.filter((n) => !n.islands && n.themes.includes(theme)).map((n) => [n.id, n.weight]),
  );
}

/** Every network but the campaign's own (`cis`): the ones an event may invite. */
const OTHER_NETWORKS = NETWORKS.filter((n) => n.id !== 'cis').map((n) => n.id);
/** The networks an event of `network` may invite. */
export const guestsOf = (network) => OTHER_NETWORKS.filter((n) => n !== network);

/** The feed's `networks`: what a reader sees of each. */
export const feedNetworks = () =>
  NETWORKS.map(({ id, name, url, color, description }) => ({ id, name, url, color, description }));
