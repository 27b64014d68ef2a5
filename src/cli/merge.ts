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
import { parseFeed, type FeedProblem, type ItemReferences } from '../data/parse.js';
import type { Feed, FeedEvent, Initiative, Network, Territory, Theme } from '../data/schema.js';
import {
  cannotTellNetwork,
  checkContributionItems,
  contributionNetwork,
  IGNORED_PARTS,
  ignoredCampaign,
  IMPORT_GENERATOR,
  namespaced,
  undescribedNetwork,
  type KnownIds,
} from './contribution-rules.js';
import { plural } from './io.js';
import { byId, compareCodePoints, stableStringify, type LoadedFeed } from './feed-io.js';

export { namespaced };

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

/** Where each kept item stood in the file as written (the parser drops invalid ones). */
function sourceIndexes(raw: unknown, collection: 'initiatives' | 'events'): Map<string, number> {
  const indexes = new Map<string, number>();
  const list = (raw as Record<string, unknown> | undefined)?.[collection];
  if (Array.isArray(list))
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !indexes.has(id)) indexes.set(id, index);
    });
  return indexes;
}

/** The items of a parsed contribution, with their paths into the file as written. */
export function contributionItems(loaded: LoadedFeed): ItemReferences[] {
  const items: ItemReferences[] = [];
  for (const collection of ['initiatives', 'events'] as const) {
    const indexes = sourceIndexes(loaded.raw, collection);
    loaded.feed![collection].forEach((item, kept) =>
      items.push({
        collection,
        index: indexes.get(item.id) ?? kept,
        id: item.id,
        network: item.network,
        themes: item.themes,
        territories: item.territories,
      }),
    );
  }
  return items;
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

/** A contribution written by `tis-feed import ics` (its `generator` says so). */
function isImported(loaded: LoadedFeed): boolean {
  return (loaded.raw as { generator?: unknown } | undefined)?.generator === IMPORT_GENERATOR;
}

/**
 * The same item in two files of one network. Hand-written beside imported is expected (a
 * network completes its imported calendar by hand): a warning, the hand-written one kept. Two
 * files of the same kind: an error, the first given kept.
 */
function duplicateAcrossFiles(
  id: string,
  path: string,
  first: { source: string; imported: boolean },
  imported: boolean,
): FeedProblem {
  if (imported && !first.imported)
    return {
      severity: 'warning',
      code: 'conflict',
      path,
      itemId: id,
      message: {
        fr: `« ${id} » aussi dans ${first.source}, écrit à la main : il passe avant l’import ICS, celui-ci est ignoré`,
        en: `"${id}" also in ${first.source}, written by hand: it wins over the ICS import, this one is ignored`,
      },
    };
  return {
    severity: 'error',
    code: 'duplicate-id',
    path,
    itemId: id,
    message: {
      fr: `« ${id} » déjà dans ${first.source} : celui de ${first.source} est gardé`,
      en: `"${id}" already in ${first.source}: the one in ${first.source} is kept`,
    },
  };
}

/** What the merged feed will list: the campaign (or base) file plus every contribution. */
export function knownIds(files: ReadonlyArray<LoadedFeed | undefined>): KnownIds {
  const known: KnownIds = { networks: new Set(), themes: new Set(), territories: new Set() };
  for (const loaded of files) {
    const feed = loaded?.feed;
    if (!feed) continue;
    for (const network of feed.networks) known.networks.add(network.id);
    for (const theme of feed.themes) known.themes.add(theme.id);
    for (const territory of feed.territories) known.territories.add(territory.id);
  }
  return known;
}

export function mergeContributions(options: {
  /** The campaign block and the reference themes, networks and territories. */
  campaign?: LoadedFeed;
  /**
   * The shared feed to update: like `campaign`, and its initiatives and events are kept, except
   * those of the networks a contribution replaces.
   */
  base?: LoadedFeed;
  inputs: MergeInput[];
  generatedAt?: string;
  indent?: number;
}): MergeResult {
  const problems: MergeProblem[] = [];
  const add = (source: string, problem: FeedProblem) => problems.push({ source, ...problem });
  const reference = options.base ?? options.campaign;

  for (const loaded of [reference, ...options.inputs.map((i) => i.loaded)]) {
    if (!loaded) continue;
    // References are checked against the merged feed's lists (below), not each file's own.
    for (const problem of loaded.problems)
      if (problem.code !== 'unknown-reference') add(loaded.source, problem);
  }

  const campaignFeed = reference?.feed ?? undefined;
  const known = knownIds([reference, ...options.inputs.map((i) => i.loaded)]);
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

  // 1. The campaign (or base) file: the reference for the campaign, themes, networks and territories.
  if (campaignFeed) {
    for (const network of campaignFeed.networks) networks.set(network.id, network);
    for (const theme of campaignFeed.themes) addTheme(theme, reference!.source);
    for (const territory of campaignFeed.territories) addTerritory(territory, reference!.source);
  }
  const campaignItems =
    (campaignFeed?.initiatives.length ?? 0) + (campaignFeed?.events.length ?? 0);
  if (options.campaign && !options.base && campaignItems > 0)
    add(options.campaign.source, {
      severity: 'warning',
      code: 'ignored',
      path: 'initiatives',
      message: {
        fr: `${plural(campaignFeed!.initiatives.length, 'fr', 'initiative')} et ${plural(campaignFeed!.events.length, 'fr', 'événement')} de ${options.campaign.source} ignorés : pour les garder et remplacer seulement ceux des réseaux donnés, utilisez --base`,
        en: `${plural(campaignFeed!.initiatives.length, 'en', 'initiative')} and ${plural(campaignFeed!.events.length, 'en', 'event')} of ${options.campaign.source} ignored: to keep them and replace only the given networks' items, use --base`,
      },
    });

  // 2. The contributions: hand-written files first, then ICS imports, each in the order given.
  // So when a network publishes both, its own file wins (items with the same id, the network's
  // description) whatever the order of the arguments.
  const replaced = new Set<string>();
  const origin = new Map<string, { source: string; imported: boolean }>();
  const ordered = [
    ...options.inputs.filter((input) => !isImported(input.loaded)),
    ...options.inputs.filter((input) => isImported(input.loaded)),
  ];
  for (const input of ordered) {
    const { loaded } = input;
    const feed = loaded.feed;
    if (!feed) continue;
    const network = contributionNetwork({
      source: loaded.source,
      forced: input.network,
      networks: feed.networks.map((n) => n.id),
      named: [...feed.initiatives, ...feed.events].map((item) => item.network),
      hasCampaign: feed.campaign !== undefined,
    });
    if (typeof network !== 'string') {
      add(loaded.source, cannotTellNetwork(network));
      continue;
    }
    replaced.add(network);
    if (feed.campaign && reference) add(loaded.source, ignoredCampaign(reference.source));
    const own = feed.networks.find((n) => n.id === network);
    if (own) {
      if (ownNetworks.has(network) && !same(networks.get(network), own))
        add(loaded.source, {
          severity: 'warning',
          code: 'conflict',
          path: 'networks',
          itemId: network,
          message: {
            fr: `réseau « ${network} » décrit autrement dans une autre contribution : la première description est gardée (les fichiers écrits à la main passent avant les imports ICS, puis l’ordre des arguments)`,
            en: `network "${network}" described differently in another contribution: the first description is kept (hand-written files come before ICS imports, then the order of the arguments)`,
          },
        });
      else networks.set(network, own);
      ownNetworks.add(network);
    } else if (!networks.has(network)) {
      networks.set(network, { id: network, name: { fr: network } });
      add(loaded.source, undescribedNetwork(network));
    }
    for (const other of feed.networks) if (!networks.has(other.id)) networks.set(other.id, other);
    for (const theme of feed.themes) addTheme(theme, loaded.source);
    for (const territory of feed.territories) addTerritory(territory, loaded.source, network);

    const dropped = checkContributionItems(network, contributionItems(loaded), known, (problem) =>
      add(loaded.source, problem),
    );
    const take = <T extends Initiative | FeedEvent>(
      collection: 'initiatives' | 'events',
      items: T[],
      target: Map<string, T>,
    ) => {
      const indexes = sourceIndexes(loaded.raw, collection);
      const imported = isImported(loaded);
      items.forEach((item, kept) => {
        const path = `${collection}[${indexes.get(item.id) ?? kept}]`;
        if (dropped.has(path)) return;
        const id = namespaced(network, item.id);
        const first = origin.get(id);
        if (first) {
          add(loaded.source, duplicateAcrossFiles(id, path, first, imported));
          return;
        }
        origin.set(id, { source: loaded.source, imported });
        target.set(id, { ...item, id });
      });
    };
    take('initiatives', feed.initiatives, initiatives);
    take('events', feed.events, events);
    if (feed.parts.length) add(loaded.source, IGNORED_PARTS);
  }

  // 3. The base's items of every network no contribution replaces, as they were.
  if (options.base && campaignFeed) {
    for (const item of campaignFeed.initiatives)
      if (!replaced.has(item.network) && !initiatives.has(item.id)) initiatives.set(item.id, item);
    for (const item of campaignFeed.events)
      if (!replaced.has(item.network) && !events.has(item.id)) events.set(item.id, item);
  }

  if (!campaignFeed?.campaign)
    add(reference?.source ?? 'merge', {
      severity: 'warning',
      code: 'no-campaign',
      path: 'campaign',
      message: {
        fr: 'pas de bloc « campaign » (option --campaign ou --base) : la bannière et le compteur n’auront pas d’objectif',
        en: 'no "campaign" block (option --campaign or --base): the banner and the counter will have no goal',
      },
    });

  const generatedAt =
    options.generatedAt ??
    latest([
      reference?.feed?.generatedAt,
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

  // The result must be valid v1: read it back with the same parser. Unknown references were
  // already reported above, with their path in the contribution.
  const check = parseFeed(JSON.parse(text));
  for (const problem of check.problems)
    if (problem.code !== 'unknown-reference') add('output', problem);
  return { text, feed, problems };
}
