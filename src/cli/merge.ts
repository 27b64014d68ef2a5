/**
 * `tis-feed merge`: assembles the shared feed from the contributions of several networks.
 *
 * - Every contribution is parsed by the library's parser; invalid items are dropped with their
 *   reason, as a widget would.
 * - Provenance: each contribution belongs to ONE network (its only entry in `networks`, the one
 *   network all its items name, or `network=file` on the command line). An item naming another
 *   network is refused: a network publishes only its own items.
 * - Ids of initiatives and events become `<network>/<id>` unless already so prefixed, so two
 *   networks never clash; a duplicate within a network is reported and the first kept.
 * - The campaign block (and the reference themes, networks and territories) come from the
 *   `--campaign` file.
 * - A territory listed by several sources is merged: earliest `joinedAt`, union of `networks`
 *   and `parents`.
 * - The output is deterministic: keys sorted, items sorted by id, `generatedAt` taken from the
 *   inputs (or `--generated-at`), never from the clock. Same inputs, same bytes.
 */
import { parseFeed, type FeedProblem } from '../data/parse.js';
import type { Feed, FeedEvent, Initiative, Network, Territory, Theme } from '../data/schema.js';
import { byId, compareCodePoints, stableStringify, type LoadedFeed } from './feed-io.js';

export interface MergeInput {
  loaded: LoadedFeed;
  /** Network forced on the command line (`cis=contribution.json`). */
  network?: string;
}

export interface MergeProblem extends FeedProblem {
  /** The file the problem is about (`output` for the merged document). */
  source: string;
}

export interface MergeResult {
  text: string;
  feed: Feed;
  problems: MergeProblem[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function contributionNetwork(input: MergeInput): string | { fr: string; en: string } {
  if (input.network) return input.network;
  const feed = input.loaded.feed!;
  if (feed.networks.length === 1) return feed.networks[0]!.id;
  const named = new Set([...feed.initiatives, ...feed.events].map((item) => item.network));
  if (feed.networks.length === 0 && named.size === 1) return [...named][0]!;
  return {
    fr: `impossible de savoir de quel réseau vient cette contribution (${feed.networks.length} réseaux listés) : listez exactement un réseau dans « networks », ou écrivez reseau=${input.loaded.source}`,
    en: `cannot tell which network this contribution comes from (${feed.networks.length} networks listed): list exactly one network in "networks", or write network=${input.loaded.source}`,
  };
}

export function namespaced(network: string, id: string): string {
  return id.startsWith(`${network}/`) ? id : `${network}/${id}`;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (ta !== tb) return ta < tb ? a : b;
  return compareCodePoints(a, b) <= 0 ? a : b;
}

function latest(values: Array<string | undefined>): string | undefined {
  let best: string | undefined;
  for (const value of values) {
    if (!value) continue;
    if (!best || Date.parse(value) > Date.parse(best)) best = value;
  }
  return best;
}

export function mergeContributions(options: {
  campaign?: LoadedFeed;
  inputs: MergeInput[];
  generatedAt?: string;
  indent?: number;
}): MergeResult {
  const problems: MergeProblem[] = [];
  const add = (source: string, problem: FeedProblem) => problems.push({ source, ...problem });

  for (const loaded of [options.campaign, ...options.inputs.map((i) => i.loaded)]) {
    if (!loaded) continue;
    // References are checked once, on the merged feed: a contribution may name themes and
    // territories that only the campaign file or another contribution lists.
    for (const problem of loaded.problems)
      if (problem.code !== 'unknown-reference') add(loaded.source, problem);
  }

  const campaignFeed = options.campaign?.feed ?? undefined;
  const networks = new Map<string, Network>();
  const ownNetworks = new Set<string>();
  const themes = new Map<string, { theme: Theme; source: string }>();
  const territories = new Map<string, Territory>();
  const initiatives = new Map<string, Initiative>();
  const events = new Map<string, FeedEvent>();

  const addTheme = (theme: Theme, source: string) => {
    const known = themes.get(theme.id);
    if (!known) themes.set(theme.id, { theme, source });
    else if (!same(known.theme, theme))
      add(source, {
        severity: 'warning',
        code: 'conflict',
        path: 'themes',
        itemId: theme.id,
        message: {
          fr: `thème « ${theme.id} » différent de celui de ${known.source} : celui de ${known.source} est gardé`,
          en: `theme "${theme.id}" differs from the one in ${known.source}: the one in ${known.source} is kept`,
        },
      });
  };

  const addTerritory = (territory: Territory, source: string, network?: string) => {
    const incoming: Territory = { ...territory };
    // A territory a network says has joined, without saying through whom: through that network.
    if (network && incoming.joinedAt && !incoming.networks?.length) incoming.networks = [network];
    const known = territories.get(territory.id);
    if (!known) {
      territories.set(territory.id, incoming);
      return;
    }
    if (known.name !== incoming.name || known.kind !== incoming.kind)
      add(source, {
        severity: 'warning',
        code: 'conflict',
        path: 'territories',
        itemId: territory.id,
        message: {
          fr: `territoire « ${territory.id} » : nom « ${incoming.name} » différent de « ${known.name} » (le premier est gardé)`,
          en: `territory "${territory.id}": name "${incoming.name}" differs from "${known.name}" (the first is kept)`,
        },
      });
    const union = (a?: string[], b?: string[]) => {
      const all = [...new Set([...(a ?? []), ...(b ?? [])])].sort(compareCodePoints);
      return all.length ? all : undefined;
    };
    territories.set(territory.id, {
      ...known,
      parents: union(known.parents, incoming.parents),
      networks: union(known.networks, incoming.networks),
      joinedAt: earliest(known.joinedAt, incoming.joinedAt),
      population: known.population ?? incoming.population,
    });
  };

  // 1. The campaign file: the reference for the campaign, themes, networks and territories.
  if (campaignFeed) {
    for (const network of campaignFeed.networks) networks.set(network.id, network);
    for (const theme of campaignFeed.themes) addTheme(theme, options.campaign!.source);
    for (const territory of campaignFeed.territories)
      addTerritory(territory, options.campaign!.source);
  }

  // 2. The contributions, in the order given.
  for (const input of options.inputs) {
    const { loaded } = input;
    const feed = loaded.feed;
    if (!feed) continue;
    const network = contributionNetwork(input);
    if (typeof network !== 'string') {
      add(loaded.source, {
        severity: 'error',
        code: 'unknown-network',
        path: 'networks',
        message: network,
      });
      continue;
    }
    if (feed.campaign && options.campaign)
      add(loaded.source, {
        severity: 'warning',
        code: 'ignored',
        path: 'campaign',
        message: {
          fr: `bloc « campaign » ignoré : il vient de ${options.campaign.source}`,
          en: `"campaign" block ignored: it comes from ${options.campaign.source}`,
        },
      });
    const own = feed.networks.find((n) => n.id === network);
    if (own) {
      if (ownNetworks.has(network) && !same(networks.get(network), own))
        add(loaded.source, {
          severity: 'warning',
          code: 'conflict',
          path: 'networks',
          itemId: network,
          message: {
            fr: `réseau « ${network} » décrit autrement dans une autre contribution : la première description est gardée`,
            en: `network "${network}" described differently in another contribution: the first description is kept`,
          },
        });
      else networks.set(network, own);
      ownNetworks.add(network);
    } else if (!networks.has(network)) {
      networks.set(network, { id: network, name: { fr: network } });
      add(loaded.source, {
        severity: 'warning',
        code: 'unknown-network',
        path: 'networks',
        itemId: network,
        message: {
          fr: `le réseau « ${network} » n’est décrit nulle part : son nom sera son identifiant`,
          en: `network "${network}" is described nowhere: its name will be its id`,
        },
      });
    }
    for (const other of feed.networks) if (!networks.has(other.id)) networks.set(other.id, other);
    for (const theme of feed.themes) addTheme(theme, loaded.source);
    for (const territory of feed.territories) addTerritory(territory, loaded.source, network);

    const take = <T extends Initiative | FeedEvent>(
      collection: 'initiatives' | 'events',
      items: T[],
      target: Map<string, T>,
    ) => {
      items.forEach((item, index) => {
        const path = `${collection}[${index}]`;
        if (item.network !== network) {
          add(loaded.source, {
            severity: 'error',
            code: 'foreign-network',
            path: `${path}.network`,
            itemId: item.id,
            message: {
              fr: `« ${item.id} » ignoré : il se dit du réseau « ${item.network} » mais la contribution est celle de « ${network} »`,
              en: `"${item.id}" dropped: it claims network "${item.network}" but the contribution is from "${network}"`,
            },
          });
          return;
        }
        const id = namespaced(network, item.id);
        if (target.has(id)) {
          add(loaded.source, {
            severity: 'error',
            code: 'duplicate-id',
            path,
            itemId: id,
            message: {
              fr: `« ${id} » en double dans le réseau « ${network} » : seule la première occurrence est gardée`,
              en: `duplicate "${id}" within network "${network}": only the first occurrence is kept`,
            },
          });
          return;
        }
        target.set(id, { ...item, id });
      });
    };
    take('initiatives', feed.initiatives, initiatives);
    take('events', feed.events, events);
    if (feed.parts.length)
      add(loaded.source, {
        severity: 'warning',
        code: 'ignored',
        path: 'parts',
        message: {
          fr: '« parts » ignoré : le découpage se fait après la fusion (tis-feed split)',
          en: '"parts" ignored: sharding happens after the merge (tis-feed split)',
        },
      });
  }

  if (!campaignFeed?.campaign)
    add(options.campaign?.source ?? 'merge', {
      severity: 'warning',
      code: 'no-campaign',
      path: 'campaign',
      message: {
        fr: 'pas de bloc « campaign » (option --campaign) : la bannière et le compteur n’auront pas d’objectif',
        en: 'no "campaign" block (option --campaign): the banner and the counter will have no goal',
      },
    });

  const generatedAt =
    options.generatedAt ??
    latest([
      options.campaign?.feed?.generatedAt,
      ...options.inputs.map((i) => i.loaded.feed?.generatedAt),
    ]);

  const feed: Feed = {
    version: 1,
    generatedAt,
    campaign: campaignFeed?.campaign,
    networks: [...networks.values()].sort(byId),
    themes: [...themes.values()].map((entry) => entry.theme).sort(byId),
    territories: [...territories.values()].sort(byId),
    initiatives: [...initiatives.values()].sort(byId),
    events: [...events.values()].sort(byId),
    parts: [],
  };
  const { parts: _parts, ...document } = feed;
  void _parts;
  const text = stableStringify(document, options.indent);

  // The result must be valid v1: read it back with the same parser.
  const check = parseFeed(JSON.parse(text));
  for (const problem of check.problems) add('output', problem);
  return { text, feed, problems };
}
