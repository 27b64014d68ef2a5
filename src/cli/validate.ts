/// <reference types="node" />
/**
 * `tis-feed validate`: checks a feed or a network's contribution against format v1, in bounded
 * memory.
 *
 * The document is read as a stream (`FeedScanner`); the items of each collection are validated
 * in small batches by the library's own `parseFeed` (the one parser the widgets use), with their
 * paths moved back to their real index. What `parseFeed` checks across a whole document
 * (duplicate ids between batches, references to networks, themes and territories) is checked
 * here over the ids kept, with the same codes and the same wording.
 */
import {
  findUnknownReferences,
  parseFeed,
  type FeedProblem,
  type ItemReferences,
} from '../data/parse.js';
import type { CollectionName } from '../data/schema.js';
import { FeedScanner, JsonSyntaxError } from './json-scan.js';
import { count, Progress, readChunks } from './io.js';
import {
  cannotTellNetwork,
  checkContributionItems,
  contributionNetwork,
  IGNORED_PARTS,
  ignoredCampaign,
  undescribedNetwork,
} from './contribution-rules.js';
import type { LoadedFeed } from './feed-io.js';
import type { Lang } from '../i18n/localize.js';

export const COLLECTIONS: readonly CollectionName[] = [
  'networks',
  'themes',
  'territories',
  'initiatives',
  'events',
  'parts',
];

/** Items per `parseFeed` call: small enough that its 500-problem cap is never reached. */
const BATCH = 100;

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
  progress: Progress;
  lang: Lang;
  chunks?: AsyncIterable<string>;
  /**
   * The shared feed (or campaign file) the contribution will be merged with: the file is then
   * checked with `merge`'s own rules (see contribution-rules.ts).
   */
  campaign?: LoadedFeed;
  /** The contribution's network, when named on the command line (`cis=file.json`). */
  network?: string;
}

type Reference = ItemReferences;

const MISSING_VERSION = Symbol('missing');

export async function validateSource(
  source: string,
  options: ValidateOptions,
): Promise<ValidationReport> {
  const started = Date.now();
  const problems: FeedProblem[] = [];
  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, 0])) as Record<
    CollectionName,
    number
  >;
  const header: Record<string, unknown> = { version: MISSING_VERSION };
  const kept = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  const references: Reference[] = [];
  const pending: Array<{ index: number; value: unknown }> = [];
  let pendingName: CollectionName | undefined;
  let total = 0;

  const flush = () => {
    if (!pendingName || pending.length === 0) return;
    const name = pendingName;
    const batch = pending.splice(0);
    const result = parseFeed({ version: 1, [name]: batch.map((entry) => entry.value) });
    const realIndex = (local: number) => batch[local]?.index ?? local;
    const pattern = new RegExp(`${name}\\[(\\d+)\\]`, 'g');
    const remap = (text: string) =>
      text.replace(pattern, (_, local: string) => `${name}[${realIndex(Number(local))}]`);
    const dropped = new Set<number>();
    for (const problem of result.problems) {
      const local = new RegExp(`^${name}\\[(\\d+)\\]`).exec(problem.path);
      if (problem.severity === 'error' && local) dropped.add(Number(local[1]));
      problems.push({
        ...problem,
        path: remap(problem.path),
        message: { fr: remap(problem.message.fr), en: remap(problem.message.en) },
      });
    }
    const items = (result.feed?.[name] ?? []) as unknown as Array<Record<string, unknown>>;
    let next = 0;
    batch.forEach((entry, local) => {
      if (dropped.has(local)) return;
      const item = items[next++];
      if (!item) return;
      const key = String(name === 'parts' ? item.territory : item.id);
      if (kept[name].has(key)) {
        problems.push({
          severity: 'error',
          code: 'duplicate-id',
          path: `${name}[${entry.index}]`,
          itemId: key,
          message: {
            fr: `« ${key} » en double : seule la première occurrence est gardée`,
            en: `duplicate "${key}": only the first occurrence is kept`,
          },
        });
        return;
      }
      kept[name].add(key);
      if (name === 'initiatives' || name === 'events') {
        references.push({
          collection: name,
          index: entry.index,
          id: key,
          network: item.network as string,
          themes: item.themes as string[] | undefined,
          territories: item.territories as string[] | undefined,
        });
      }
    });
  };

  const scanner = new FeedScanner(
    {
      member(key, value) {
        header[key] = value;
      },
      arrayStart(key) {
        flush();
        pendingName = key as CollectionName;
      },
      element(key, index, value) {
        pending.push({ index, value });
        counts[key as CollectionName] += 1;
        total += 1;
        if (pending.length >= BATCH) flush();
        if (total % 1000 === 0)
          options.progress.update(() =>
            options.lang === 'en'
              ? `${source}: ${count(total, 'en')} items checked…`
              : `${source} : ${count(total, 'fr')} éléments vérifiés…`,
          );
      },
      arrayEnd() {
        flush();
        pendingName = undefined;
      },
    },
    new Set(COLLECTIONS),
  );

  try {
    for await (const chunk of options.chunks ?? readChunks(source)) scanner.push(chunk);
    scanner.end();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    options.progress.done();
    const where = `${error.line}:${error.column}`;
    problems.push({
      severity: 'error',
      code: 'not-json',
      path: '$',
      message: {
        fr: `JSON invalide (${where}) : ${error.detail.fr}`,
        en: `malformed JSON (${where}): ${error.detail.en}`,
      },
    });
    return report(source, problems, counts, true, started, false);
  }
  options.progress.done();

  // Header, campaign and any collection that is not an array, through the same parser.
  const { version, ...rest } = header;
  const headerResult = parseFeed(version === MISSING_VERSION ? rest : { version, ...rest });
  const headerProblems = [...headerResult.problems];
  if (!headerResult.feed && headerProblems.some((p) => p.code === 'unsupported-version')) {
    // The version is refused: still check the campaign, so one run says everything.
    const again = parseFeed({ ...rest, version: 1 });
    headerProblems.push(...again.problems);
  }
  if (headerResult.feed) {
    for (const name of COLLECTIONS) {
      // A non-array collection was reported by the parser; count nothing for it.
      for (const item of headerResult.feed[name] as unknown as Array<Record<string, unknown>>)
        kept[name].add(String(item.id));
    }
  }

  const campaign = options.campaign?.feed;
  if (!campaign) {
    findUnknownReferences(references, kept, (problem) => problems.push(problem));
    const checked = header.campaign !== undefined;
    return report(source, [...headerProblems, ...problems], counts, false, started, checked);
  }

  // What `merge --campaign` would do with this contribution.
  const push = (problem: FeedProblem) => problems.push(problem);
  const network = contributionNetwork({
    source,
    forced: options.network,
    networks: [...kept.networks],
    named: references.map((item) => item.network),
    hasCampaign: header.campaign !== undefined,
  });
  if (typeof network !== 'string') push(cannotTellNetwork(network));
  else {
    if (!kept.networks.has(network) && !campaign.networks.some((n) => n.id === network))
      push(undescribedNetwork(network));
    if (header.campaign !== undefined) push(ignoredCampaign(options.campaign!.source));
    const known = {
      networks: new Set([...kept.networks, ...campaign.networks.map((n) => n.id)]),
      themes: new Set([...kept.themes, ...campaign.themes.map((t) => t.id)]),
      territories: new Set([...kept.territories, ...campaign.territories.map((t) => t.id)]),
    };
    checkContributionItems(network, references, known, push);
  }
  if (counts.parts > 0) push(IGNORED_PARTS);
  return report(source, [...headerProblems, ...problems], counts, false, started, true);
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
