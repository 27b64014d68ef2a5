/**
 * What `tis-feed merge` keeps of a network's contribution, written once so that
 * `tis-feed validate --campaign` says exactly what `merge` will do: same codes, same severities,
 * same wording, and paths into the file the network wrote (`initiatives[2]`, not the index
 * among the items kept).
 *
 * - An error means `merge` drops the item; a warning means it keeps it as written.
 * - References (network, themes, territories) are resolved against what the merged feed will
 *   list: the campaign file plus what the contributions define.
 */
import { findUnknownReferences, type FeedProblem, type ItemReferences } from '../data/parse.js';

/**
 * The `generator` written by `tis-feed import ics`. When a network publishes both an ICS import
 * and a hand-written file, `merge` reads the hand-written one first: it wins, whatever the order
 * of the arguments.
 */
export const IMPORT_GENERATOR = 'tis-feed import ics';

export interface KnownIds {
  networks: Set<string>;
  themes: Set<string>;
  territories: Set<string>;
}

export type Message = { fr: string; en: string };

/** `cis/x` for `x` in network `cis`; an id already so prefixed is kept. */
export function namespaced(network: string, id: string): string {
  return id.startsWith(`${network}/`) ? id : `${network}/${id}`;
}

/**
 * The ONE network a contribution belongs to: forced on the command line (`cis=file.json`), its
 * only entry in `networks`, or the one network all its items name.
 */
export function contributionNetwork(input: {
  source: string;
  forced?: string;
  networks: readonly string[];
  named: Iterable<string>;
  hasCampaign: boolean;
}): string | Message {
  if (input.forced) return input.forced;
  if (input.networks.length === 1) return input.networks[0]!;
  const named = new Set(input.named);
  if (input.networks.length === 0 && named.size === 1) return [...named][0]!;
  const shared = input.hasCampaign
    ? {
        fr: ` ; si c’est le flux partagé, donnez-le avec --base`,
        en: `; if this is the shared feed, give it with --base`,
      }
    : { fr: '', en: '' };
  return {
    fr: `impossible de savoir de quel réseau vient cette contribution (${input.networks.length} réseaux listés) : listez exactement un réseau dans « networks », ou écrivez reseau=${input.source}${shared.fr}`,
    en: `cannot tell which network this contribution comes from (${input.networks.length} networks listed): list exactly one network in "networks", or write network=${input.source}${shared.en}`,
  };
}

/** `contributionNetwork` could not tell: every item of the contribution is dropped. */
export function cannotTellNetwork(message: Message): FeedProblem {
  return { severity: 'error', code: 'unknown-network', path: 'networks', message };
}

/** The contribution's network is described neither by it nor by the campaign file. */
export function undescribedNetwork(network: string): FeedProblem {
  return {
    severity: 'warning',
    code: 'unknown-network',
    path: 'networks',
    itemId: network,
    message: {
      fr: `le réseau « ${network} » n’est décrit nulle part : son nom sera son identifiant`,
      en: `network "${network}" is described nowhere: its name will be its id`,
    },
  };
}

export function ignoredCampaign(campaignSource: string): FeedProblem {
  return {
    severity: 'warning',
    code: 'ignored',
    path: 'campaign',
    message: {
      fr: `bloc « campaign » ignoré : il vient de ${campaignSource}`,
      en: `"campaign" block ignored: it comes from ${campaignSource}`,
    },
  };
}

export const IGNORED_PARTS: FeedProblem = {
  severity: 'warning',
  code: 'ignored',
  path: 'parts',
  message: {
    fr: '« parts » ignoré : le découpage se fait après la fusion (tis-feed publish)',
    en: '"parts" ignored: sharding happens after the merge (tis-feed publish)',
  },
};

/**
 * Checks the initiatives and events of one contribution (`index` = place in the file as
 * written). Reports through `report` and returns the keys (`initiatives[2]`) `merge` drops.
 */
export function checkContributionItems(
  network: string,
  items: Iterable<ItemReferences>,
  known: KnownIds | undefined,
  report: (problem: FeedProblem) => void,
): Set<string> {
  const dropped = new Set<string>();
  const seen = { initiatives: new Set<string>(), events: new Set<string>() };
  const kept: ItemReferences[] = [];
  for (const item of items) {
    const path = `${item.collection}[${item.index}]`;
    if (item.network !== network) {
      dropped.add(path);
      report({
        severity: 'error',
        code: 'foreign-network',
        path: `${path}.network`,
        itemId: item.id,
        message: {
          fr: `« ${item.id} » ignoré : il se dit du réseau « ${item.network} » mais la contribution est celle de « ${network} »`,
          en: `"${item.id}" dropped: it claims network "${item.network}" but the contribution is from "${network}"`,
        },
      });
      continue;
    }
    const id = namespaced(network, item.id);
    if (seen[item.collection].has(id)) {
      dropped.add(path);
      report({
        severity: 'error',
        code: 'duplicate-id',
        path,
        itemId: id,
        message: {
          fr: `« ${id} » en double dans le réseau « ${network} » : seule la première occurrence est gardée`,
          en: `duplicate "${id}" within network "${network}": only the first occurrence is kept`,
        },
      });
      continue;
    }
    seen[item.collection].add(id);
    kept.push(item);
  }
  // The network was checked above; themes and territories against the merged feed's lists.
  if (known)
    findUnknownReferences(
      kept,
      { networks: new Set(), themes: known.themes, territories: known.territories },
      report,
    );
  return dropped;
}
