/// <reference types="node" />
/**
 * `tis-feed validate`: checks a feed or a network's contribution against format v1.
 *
 * One path: the file is read whole (at most `MAX_VALIDATE_BYTES`), decoded by `decodeJson`
 * (`JSON.parse`, and jsonc-parser for the line, column and reason of a syntax error), then
 * checked once by the library's own `parseFeed`, the parser the widgets use: duplicates and
 * references across the whole document come from it, with its codes, paths and wording. It is
 * asked for every problem (no 500 cap); `--max-problems` limits what is printed.
 */
import { parseFeed, type FeedProblem, type ItemReferences } from '../data/parse.js';
import type { CollectionName, Feed } from '../data/schema.js';
import { readText } from './io.js';
import {
  cannotTellNetwork,
  checkContributionItems,
  contributionNetwork,
  IGNORED_PARTS,
  ignoredCampaign,
  undescribedNetwork,
} from './contribution-rules.js';
import { decodeJson, type LoadedFeed } from './feed-io.js';

export const COLLECTIONS: readonly CollectionName[] = [
  'networks',
  'themes',
  'territories',
  'initiatives',
  'events',
  'parts',
];

/**
 * The largest document `validate` reads, in bytes (a larger one: exit code 2, unread). The
 * whole document is held in memory, as the widgets hold it: measured, a 52 MB feed of 69 751
 * items peaks at about 370 MB resident, so 100 MB stays under 1 GB.
 */
export const MAX_VALIDATE_BYTES = 100 * 1024 * 1024;

export interface ValidationReport {
  source: string;
  problems: FeedProblem[];
  /** Items read per collection (valid or not). */
  counts: Record<CollectionName, number>;
  errors: number;
  warnings: number;
  /** The JSON could not be read at all. */
  malformed: boolean;
  elapsedMs: number;
  /**
   * Whether references were checked against a campaign: given with `--campaign`, or the file
   * carries its own `campaign` block (it is the shared feed).
   */
  referencesChecked: boolean;
}

export interface ValidateOptions {
  /**
   * The shared feed (or campaign file) the contribution will be merged with: the file is then
   * checked with `merge`'s own rules (see contribution-rules.ts).
   */
  campaign?: LoadedFeed;
  /** The contribution's network, when named on the command line (`cis=file.json`). */
  network?: string;
}

const ALL = { maxProblems: Infinity };

export async function validateSource(
  source: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const started = Date.now();
  const decoded = decodeJson(await readText(source, MAX_VALIDATE_BYTES));
  const raw = (decoded.value ?? {}) as Record<string, unknown>;
  const counts = Object.fromEntries(
    COLLECTIONS.map((name) => [name, Array.isArray(raw[name]) ? raw[name].length : 0]),
  ) as Record<CollectionName, number>;
  const done = (problems: FeedProblem[], malformed: boolean, referencesChecked: boolean) =>
    report(source, problems, counts, malformed, started, referencesChecked);
  if (decoded.problem) return done([decoded.problem], true, false);

  let result = parseFeed(decoded.value, ALL);
  const problems = [...result.problems];
  if (!result.feed && problems.some((p) => p.code === 'unsupported-version')) {
    // The version is refused: still check everything else as v1, so one run says everything.
    result = parseFeed({ ...raw, version: 1 }, ALL);
    problems.push(...result.problems);
  }
  const hasCampaign = raw.campaign !== undefined;
  const campaign = options.campaign?.feed;
  if (!campaign || !result.feed) return done(problems, false, hasCampaign);

  // What `merge --campaign` would do with this contribution: its references are resolved
  // against the campaign file as well, by merge's rules, not against this file alone.
  const own = result.feed;
  const kept = problems.filter((problem) => problem.code !== 'unknown-reference');
  const push = (problem: FeedProblem) => kept.push(problem);
  const items = itemsAsWritten(own, problems);
  const network = contributionNetwork({
    source,
    forced: options.network,
    networks: own.networks.map((n) => n.id),
    named: items.map((item) => item.network),
    hasCampaign,
  });
  if (typeof network !== 'string') push(cannotTellNetwork(network));
  else {
    if (
      !own.networks.some((n) => n.id === network) &&
      !campaign.networks.some((n) => n.id === network)
    )
      push(undescribedNetwork(network));
    if (hasCampaign) push(ignoredCampaign(options.campaign!.source));
    const ids = (list: ReadonlyArray<{ id: string }>, more: ReadonlyArray<{ id: string }>) =>
      new Set([...list.map((x) => x.id), ...more.map((x) => x.id)]);
    const known = {
      networks: ids(own.networks, campaign.networks),
      themes: ids(own.themes, campaign.themes),
      territories: ids(own.territories, campaign.territories),
    };
    checkContributionItems(network, items, known, push);
  }
  if (counts.parts > 0) push(IGNORED_PARTS);
  return done(kept, false, true);
}

/**
 * The kept initiatives and events with their index in the file as written: `parseFeed` keeps
 * items in order and reports an error at `initiatives[i]…` for each one it drops.
 */
function itemsAsWritten(feed: Feed, problems: readonly FeedProblem[]): ItemReferences[] {
  const items: ItemReferences[] = [];
  for (const collection of ['initiatives', 'events'] as const) {
    const dropped = new Set<number>();
    const pattern = new RegExp(`^${collection}\\[(\\d+)\\]`);
    for (const problem of problems) {
      const match = problem.severity === 'error' ? pattern.exec(problem.path) : null;
      if (match) dropped.add(Number(match[1]));
    }
    let index = 0;
    for (const item of feed[collection]) {
      while (dropped.has(index)) index += 1;
      items.push({
        collection,
        index,
        id: item.id,
        network: item.network,
        themes: item.themes,
        territories: item.territories,
      });
      index += 1;
    }
  }
  return items;
}

function report(
  source: string,
  problems: FeedProblem[],
  counts: Record<CollectionName, number>,
  malformed: boolean,
  started: number,
  referencesChecked: boolean,
): ValidationReport {
  let errors = 0;
  let warnings = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return {
    source,
    problems,
    counts,
    errors,
    warnings,
    malformed,
    elapsedMs: Date.now() - started,
    referencesChecked,
  };
}
