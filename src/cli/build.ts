/// <reference types="node" />
/**
 * `tis-feed build <dir> -o <site>`: from a contributions folder to the published tree, in one
 * command that a CI job can run unattended.
 *
 * - `<dir>/campaign.json`: the campaign block, networks, themes, territories (as `--campaign`).
 * - `<dir>/contributions/<network>.json`: a network's contribution (format v1); the file name
 *   is the network. `<network>.ics` (a calendar file) or `<network>.ics.url` (its URL, and
 *   optional `territory:`, `time-zone:` lines) are imported with the rules of `import ics`.
 * - Every contribution is checked with the rules `validate --campaign` and `merge` share
 *   (contribution-rules.ts): an invalid item is dropped with its reason, as `merge` does. A
 *   contribution that cannot be used at all (not JSON, not a v1 feed, too large, an ICS source
 *   that cannot be fetched or is not a calendar, items claiming another network) is LEFT OUT:
 *   the whole network then keeps the items of the previous build (`<site>/feed.json`, the merged
 *   feed every build writes beside the published tree, or `--previous`), and the exit code is 1.
 * - Deterministic: same inputs, same bytes. `generatedAt` is `--generated-at`, else the latest
 *   `generatedAt` of the campaign and the JSON contributions; the clock only with
 *   `--generated-at now`. `report.json` adds, for ICS URLs only, when they were fetched.
 * - The tree is written to a temporary folder beside `<site>`, then swapped in: a failed build
 *   never leaves a half-written site.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseFeed, type FeedProblem } from '../data/parse.js';
import type { Feed } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import { checkContributionItems } from './contribution-rules.js';
import { decodeJson, stableStringify, type LoadedFeed } from './feed-io.js';
import { count, isUrl, plural, readText, UsageError } from './io.js';
import { contributionItems, knownIds, mergeContributions, type MergeInput } from './merge.js';
import { publishFeed } from './publish.js';

type Message = { fr: string; en: string };

export interface BuildOptions {
  dir: string;
  site: string;
  /** ISO date-time, or undefined: the latest of the inputs. */
  generatedAt?: string;
  /** The previous merged feed (file or URL); default `<site>/feed.json`. */
  previous?: string;
  maxBytes: number;
  icsTimeoutMs: number;
  pageSize?: number;
  /** Loads the ICS importer (ical.js is an optional peer dependency). */
  loadImporter: () => Promise<typeof import('./import-ics.js')>;
}

export interface SourceReport {
  file: string;
  kind: 'json' | 'ics' | 'ics-url';
  url?: string;
  /** When the ICS URL was fetched (the clock: the only field that is not from the inputs). */
  fetchedAt?: string;
  usable: boolean;
  read: number;
  problems: Array<FeedProblem>;
}

export interface NetworkReport {
  network: string;
  /** published: this build's data; previous: left out, last build's items kept; left-out: none kept. */
  status: 'published' | 'previous' | 'left-out';
  read: number;
  /** Items of this build's files in the feed (0 when left out). */
  kept: number;
  /** Items read this time and not published (invalid, or the whole contribution left out). */
  dropped: number;
  /** Items carried over from the previous build (status `previous`). */
  fromPrevious: number;
  sources: SourceReport[];
}

export interface BuildReport {
  generatedAt?: string;
  ok: boolean;
  campaign: { file: string; problems: FeedProblem[] };
  previous?: { source: string; problems: FeedProblem[] };
  ignoredFiles: string[];
  networks: NetworkReport[];
  totals: { networks: number; initiatives: number; events: number; files: number };
}

const NETWORK_FILE = /^([A-Za-z0-9][A-Za-z0-9._-]*?)\.(json|ics\.url|ics)$/;
const DAY = 86_400_000;

const broken = (code: string, message: Message, path = '$'): FeedProblem => ({
  severity: 'error',
  code,
  path,
  message,
});

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}`;

function tooLarge(size: number, max: number): FeedProblem {
  return broken('too-large', {
    fr: `fichier trop gros (${mb(size)} Mo, au plus ${mb(max)} Mo) : ignoré sans être lu`,
    en: `file too large (${mb(size)} MB, at most ${mb(max)} MB): left out unread`,
  });
}

const itemsIn = (raw: unknown) => {
  const doc = raw as { initiatives?: unknown; events?: unknown } | undefined;
  return (
    (Array.isArray(doc?.initiatives) ? doc.initiatives.length : 0) +
    (Array.isArray(doc?.events) ? doc.events.length : 0)
  );
};

/** Reads a local file of at most `max` bytes; a problem otherwise. */
async function readCapped(
  path: string,
  max: number,
): Promise<{ text?: string; problem?: FeedProblem }> {
  try {
    const info = await stat(path);
    if (info.size > max) return { problem: tooLarge(info.size, max) };
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    return {
      problem: broken('unreadable', {
        fr: `lecture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        en: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      }),
    };
  }
}

/** Fetches an ICS URL with a time limit and a size cap; the text, or a problem. */
async function fetchCalendar(
  url: string,
  max: number,
  timeoutMs: number,
): Promise<{ text?: string; problem?: FeedProblem }> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'text/calendar, */*' } });
    if (!response.ok)
      return {
        problem: broken('fetch-failed', {
          fr: `${url} a répondu ${response.status} ${response.statusText}`,
          en: `${url} answered ${response.status} ${response.statusText}`,
        }),
      };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > max) return { problem: tooLarge(declared, max) };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > max) return { problem: tooLarge(total, max) };
      chunks.push(chunk);
    }
    return { text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      problem: broken(
        timedOut ? 'timeout' : 'fetch-failed',
        timedOut
          ? {
              fr: `${url} n’a pas répondu en ${timeoutMs / 1000} s`,
              en: `${url} did not answer within ${timeoutMs / 1000} s`,
            }
          : {
              fr: `impossible de joindre ${url} (${String((error as Error).cause ?? error)})`,
              en: `cannot reach ${url} (${String((error as Error).cause ?? error)})`,
            },
      ),
    };
  }
}

function notCalendar(text: string): FeedProblem | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(body)) return undefined;
  return broken(
    'not-ics',
    /^</.test(body)
      ? {
          fr: 'ceci est une page HTML, pas un agenda ICS (adresse d’abonnement erronée ?)',
          en: 'this is an HTML page, not an ICS calendar (wrong subscription URL?)',
        }
      : {
          fr: 'ce n’est pas un agenda ICS (pas de BEGIN:VCALENDAR)',
          en: 'this is not an ICS calendar (no BEGIN:VCALENDAR)',
        },
  );
}

/** `<network>.ics.url`: the URL on its first line; then optional `territory:`/`time-zone:` lines. */
function readUrlFile(text: string): {
  url?: string;
  territories: string[];
  timeZone?: string;
  problem?: FeedProblem;
} {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const url = lines[0];
  const territories: string[] = [];
  let timeZone: string | undefined;
  for (const line of lines.slice(1)) {
    const match = /^(territory|time-zone)\s*:\s*(\S+)$/.exec(line);
    if (match?.[1] === 'territory') territories.push(match[2]!);
    else if (match?.[1] === 'time-zone') timeZone = match[2];
  }
  if (!url || !isUrl(url))
    return {
      territories,
      problem: broken('bad-url', {
        fr: 'la première ligne doit être l’adresse http(s) de l’agenda',
        en: 'the first line must be the http(s) URL of the calendar',
      }),
    };
  return { url, territories, timeZone };
}

function loaded(source: string, raw: unknown): LoadedFeed {
  const result = parseFeed(raw);
  return { source, raw, feed: result.feed, problems: result.problems };
}

/** A network's items (and what they reference) from the previous merged feed. */
function previousContribution(previous: Feed, network: string, source: string): LoadedFeed | null {
  const initiatives = previous.initiatives.filter((item) => item.network === network);
  const events = previous.events.filter((item) => item.network === network);
  if (!initiatives.length && !events.length) return null;
  const byId = new Map(previous.territories.map((t) => [t.id, t]));
  const wanted = new Set<string>();
  const want = (id: string) => {
    if (wanted.has(id) || !byId.has(id)) return;
    wanted.add(id);
    for (const parent of byId.get(id)!.parents ?? []) want(parent);
  };
  for (const territory of previous.territories)
    if (territory.networks?.includes(network)) want(territory.id);
  for (const item of [...initiatives, ...events]) for (const id of item.territories ?? []) want(id);
  const themes = new Set([...initiatives, ...events].flatMap((item) => item.themes ?? []));
  const { parts: _parts, campaign: _campaign, ...rest } = previous;
  void _parts;
  void _campaign;
  const raw = JSON.parse(
    JSON.stringify({
      ...rest,
      networks: previous.networks.filter((n) => n.id === network),
      themes: previous.themes.filter((t) => themes.has(t.id)),
      territories: previous.territories.filter((t) => wanted.has(t.id)),
      initiatives,
      events,
    }),
  ) as unknown;
  return loaded(source, raw);
}

export async function buildSite(
  options: BuildOptions,
): Promise<{ report: BuildReport; files: number }> {
  const dir = resolve(options.dir);
  const site = resolve(options.site);
  const max = options.maxBytes;

  // 1. The campaign: without it nothing is built (a usage error, the site is left alone).
  const campaignFile = join(dir, 'campaign.json');
  const campaignRead = await readCapped(campaignFile, max);
  const campaignDecoded = campaignRead.text !== undefined ? decodeJson(campaignRead.text) : {};
  const campaignProblem = campaignRead.problem ?? campaignDecoded.problem;
  if (campaignProblem)
    throw new UsageError({
      fr: `${campaignFile} : ${campaignProblem.message.fr}`,
      en: `${campaignFile}: ${campaignProblem.message.en}`,
    });
  const campaign = loaded('campaign.json', campaignDecoded.value);
  if (!campaign.feed)
    throw new UsageError({
      fr: `${campaignFile} n’est pas un flux v1 lisible`,
      en: `${campaignFile} is not a readable v1 feed`,
    });

  // 2. The contributions folder, grouped by network (the file name).
  const contributionsDir = join(dir, 'contributions');
  let entries: string[];
  try {
    entries = (await readdir(contributionsDir)).sort();
  } catch {
    throw new UsageError({
      fr: `dossier introuvable : ${contributionsDir}`,
      en: `folder not found: ${contributionsDir}`,
    });
  }
  const byNetwork = new Map<string, Array<{ file: string; kind: SourceReport['kind'] }>>();
  const ignoredFiles: string[] = [];
  for (const entry of entries) {
    const match = NETWORK_FILE.exec(entry);
    if (!match) {
      if (!entry.startsWith('.') && entry !== 'README.md')
        ignoredFiles.push(`contributions/${entry}`);
      continue;
    }
    const kind = match[2] === 'json' ? 'json' : match[2] === 'ics' ? 'ics' : 'ics-url';
    const list = byNetwork.get(match[1]!) ?? [];
    list.push({ file: `contributions/${entry}`, kind });
    byNetwork.set(match[1]!, list);
  }

  // 3. Read every JSON contribution first: their dates set the build's date.
  const reports = new Map<string, NetworkReport>();
  const inputs = new Map<string, Array<{ report: SourceReport; loaded?: LoadedFeed }>>();
  for (const [network, files] of byNetwork) {
    reports.set(network, {
      network,
      status: 'published',
      read: 0,
      kept: 0,
      fromPrevious: 0,
      dropped: 0,
      sources: [],
    });
    inputs.set(network, []);
    for (const { file, kind } of files) {
      const source: SourceReport = { file, kind, usable: false, read: 0, problems: [] };
      reports.get(network)!.sources.push(source);
      const entry: { report: SourceReport; loaded?: LoadedFeed } = { report: source };
      inputs.get(network)!.push(entry);
      if (kind !== 'json') continue;
      const { text, problem } = await readCapped(join(dir, file), max);
      const decoded = text !== undefined ? decodeJson(text) : {};
      const fatal = problem ?? decoded.problem;
      if (fatal) {
        source.problems.push(fatal);
        continue;
      }
      entry.loaded = loaded(file, decoded.value);
      source.read = itemsIn(decoded.value);
      if (!entry.loaded.feed) source.problems.push(...entry.loaded.problems);
    }
  }
  const latest = [campaign, ...[...inputs.values()].flat().map((e) => e.loaded)]
    .map((l) => l?.feed?.generatedAt)
    .filter((value): value is string => typeof value === 'string')
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .pop();
  const generatedAt = options.generatedAt ?? latest;
  const reference = generatedAt ? Date.parse(generatedAt) : undefined;

  // 4. The ICS sources, imported as `import ics` would (window: 90 days back, a year ahead).
  const networkName = (id: string) => {
    const name = campaign.feed!.networks.find((n) => n.id === id)?.name;
    return name ? (name.fr ?? Object.values(name)[0]) : undefined;
  };
  for (const [network, list] of inputs)
    for (const entry of list) {
      const source = entry.report;
      if (source.kind === 'json') continue;
      let text: string | undefined;
      let problem: FeedProblem | undefined;
      let settings: { territories: string[]; timeZone?: string } = { territories: [] };
      if (source.kind === 'ics')
        ({ text, problem } = await readCapped(join(dir, source.file), max));
      else {
        const urlFile = await readCapped(join(dir, source.file), 64 * 1024);
        const parsed = urlFile.text !== undefined ? readUrlFile(urlFile.text) : undefined;
        problem = urlFile.problem ?? parsed?.problem;
        if (parsed?.url && !problem) {
          settings = parsed;
          source.url = parsed.url;
          source.fetchedAt = new Date().toISOString();
          ({ text, problem } = await fetchCalendar(parsed.url, max, options.icsTimeoutMs));
        }
      }
      problem ??= text !== undefined ? notCalendar(text) : undefined;
      if (!problem && reference === undefined)
        problem = broken('no-date', {
          fr: 'aucune date de référence pour la fenêtre d’import : donnez --generated-at (ou --generated-at now)',
          en: 'no reference date for the import window: give --generated-at (or --generated-at now)',
        });
      if (problem || text === undefined) {
        if (problem) source.problems.push(problem);
        continue;
      }
      let importer: typeof import('./import-ics.js');
      try {
        importer = await options.loadImporter();
      } catch (error) {
        const message =
          error instanceof UsageError ? error.messages : { fr: String(error), en: String(error) };
        source.problems.push(broken('no-importer', message));
        continue;
      }
      const result = importer.importIcs(text, {
        network,
        networkName: networkName(network),
        timeZone: settings.timeZone ?? 'Europe/Paris',
        from: reference! - 90 * DAY,
        to: reference! + 365 * DAY,
        territories: settings.territories,
        now: reference!,
      });
      for (const note of result.notes)
        source.problems.push({
          severity: note.severity,
          code: 'ics',
          path: note.uid ?? '$',
          message: note.message,
        });
      if (!result.text) continue;
      source.read = result.count;
      entry.loaded = loaded(source.file, JSON.parse(result.text));
    }

  // 5. The rules of `validate --campaign`: a contribution claiming another network's items is
  // left out whole; other errors drop the item only (reported by merge below).
  const known = knownIds([campaign, ...[...inputs.values()].flat().map((e) => e.loaded)]);
  for (const [network, list] of inputs)
    for (const entry of list) {
      if (!entry.loaded?.feed) continue;
      const foreign: FeedProblem[] = [];
      checkContributionItems(network, contributionItems(entry.loaded), known, (problem) => {
        if (problem.code === 'foreign-network') foreign.push(problem);
      });
      if (foreign.length) {
        entry.report.problems.push(...foreign);
        entry.loaded = undefined;
      } else entry.report.usable = true;
    }

  // 6. The previous build, for the networks left out.
  let previous: Feed | undefined;
  let previousReport: BuildReport['previous'];
  const previousSource =
    options.previous ?? (existsSync(join(site, 'feed.json')) ? join(site, 'feed.json') : undefined);
  const anyLeftOut = [...inputs.values()].some((list) => list.some((e) => !e.report.usable));
  if (previousSource && anyLeftOut) {
    previousReport = { source: options.previous ?? 'feed.json', problems: [] };
    try {
      const decoded = decodeJson(await readText(previousSource));
      if (decoded.problem) previousReport.problems.push(decoded.problem);
      else {
        const result = parseFeed(decoded.value);
        previous = result.feed ?? undefined;
        if (!previous) previousReport.problems.push(...result.problems.slice(0, 5));
      }
    } catch (error) {
      const message =
        error instanceof UsageError ? error.messages : { fr: String(error), en: String(error) };
      previousReport.problems.push(broken('unreadable', message));
    }
  }

  const mergeInputs: MergeInput[] = [];
  for (const [network, list] of inputs) {
    const report = reports.get(network)!;
    report.read = list.reduce((sum, e) => sum + e.report.read, 0);
    if (list.every((e) => e.report.usable)) {
      for (const e of list) mergeInputs.push({ loaded: e.loaded!, network });
      continue;
    }
    const kept = previous && previousContribution(previous, network, `previous:${network}`);
    report.status = kept ? 'previous' : 'left-out';
    if (kept) mergeInputs.push({ loaded: kept, network });
  }

  // 7. Merge (the rules of `merge --campaign`), then publish.
  const merged = mergeContributions({ campaign, inputs: mergeInputs, generatedAt, indent: 2 });
  const campaignProblems: FeedProblem[] = [];
  for (const { source, ...problem } of merged.problems) {
    const network = /^contributions\/(.+?)\.(json|ics\.url|ics)$/.exec(source)?.[1];
    const target = network
      ? reports.get(network)?.sources.find((s) => s.file === source)?.problems
      : source === 'campaign.json'
        ? campaignProblems
        : undefined;
    if (
      target &&
      !target.some(
        (p) => p.path === problem.path && p.code === problem.code && p.itemId === problem.itemId,
      )
    )
      target.push(problem);
  }
  const feed = merged.feed;
  for (const report of reports.values()) {
    const inFeed =
      feed.initiatives.filter((i) => i.network === report.network).length +
      feed.events.filter((e) => e.network === report.network).length;
    report.kept = report.status === 'published' ? inFeed : 0;
    report.fromPrevious = report.status === 'previous' ? inFeed : 0;
    report.dropped = Math.max(0, report.read - report.kept);
  }
  const published = publishFeed(feed, { pageSize: options.pageSize });
  const networks = [...reports.values()].sort((a, b) => (a.network < b.network ? -1 : 1));
  const report: BuildReport = {
    generatedAt,
    ok: networks.every((n) => n.status === 'published'),
    campaign: { file: 'campaign.json', problems: campaignProblems },
    ...(previousReport ? { previous: previousReport } : {}),
    ignoredFiles,
    networks,
    totals: {
      networks: feed.networks.length,
      initiatives: feed.initiatives.length,
      events: feed.events.length,
      files: published.files.size + 2,
    },
  };

  // 8. Write beside the site, then swap: never a half-written site.
  const parent = dirname(site);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(parent, `.${basename(site)}.tmp-${suffix}`);
  try {
    for (const [name, text] of published.files) {
      await mkdir(dirname(join(temporary, name)), { recursive: true });
      await writeFile(join(temporary, name), text);
    }
    await writeFile(join(temporary, 'feed.json'), merged.text);
    await writeFile(join(temporary, 'report.json'), stableStringify(report));
    const old = join(parent, `.${basename(site)}.old-${suffix}`);
    const hadSite = existsSync(site);
    if (hadSite) await rename(site, old);
    await rename(temporary, site);
    if (hadSite) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return { report, files: report.totals.files };
}

/** The readable summary of a build report. */
export function formatBuildReport(report: BuildReport, lang: Lang): string {
  const en = lang === 'en';
  const n = (value: number, word: string) => plural(value, lang, word);
  const lines: string[] = [];
  const problemLine = (file: string, p: FeedProblem) =>
    `    ${p.severity === 'error' ? (en ? 'error  ' : 'erreur ') : en ? 'warning' : 'alerte '} ${file}: ${p.path}${p.itemId ? ` [${p.itemId}]` : ''} (${p.code}): ${p.message[lang]}`;
  for (const p of report.campaign.problems) lines.push(problemLine('campaign.json', p));
  for (const network of report.networks) {
    const status = {
      published: en ? 'published' : 'publié',
      previous: en ? 'LEFT OUT, previous items kept' : 'ÉCARTÉ, éléments précédents gardés',
      'left-out': en ? 'LEFT OUT, no previous build' : 'ÉCARTÉ, pas de publication précédente',
    }[network.status];
    lines.push(
      en
        ? `${network.network}: ${status}: ${n(network.read, 'item')} read, ${count(network.kept, lang)} kept, ${count(network.dropped, lang)} dropped${network.fromPrevious ? `, ${count(network.fromPrevious, lang)} kept from the previous build` : ''}`
        : `${network.network} : ${status} : ${n(network.read, 'élément')} lu${network.read > 1 ? 's' : ''}, ${count(network.kept, lang)} gardé${network.kept > 1 ? 's' : ''}, ${count(network.dropped, lang)} écarté${network.dropped > 1 ? 's' : ''}${network.fromPrevious ? `, ${count(network.fromPrevious, lang)} gardé${network.fromPrevious > 1 ? 's' : ''} de la publication précédente` : ''}`,
    );
    for (const source of network.sources) {
      const from = source.url
        ? en
          ? ` from ${source.url}, fetched ${source.fetchedAt}`
          : ` depuis ${source.url}, lu le ${source.fetchedAt}`
        : '';
      lines.push(`  ${source.file}${from}${source.usable ? '' : en ? ': LEFT OUT' : ' : ÉCARTÉ'}`);
      for (const p of source.problems) lines.push(problemLine(source.file, p));
    }
  }
  for (const file of report.ignoredFiles)
    lines.push(
      en
        ? `${file}: ignored (not <network>.json, .ics or .ics.url)`
        : `${file} : ignoré (ni <réseau>.json, ni .ics, ni .ics.url)`,
    );
  for (const p of report.previous?.problems ?? [])
    lines.push(problemLine(report.previous!.source, p));
  const t = report.totals;
  const left = report.networks.filter((x) => x.status !== 'published').length;
  lines.push(
    en
      ? `built: ${n(t.networks, 'network')}, ${n(t.initiatives, 'initiative')}, ${n(t.events, 'event')}, ${n(t.files, 'file')}; ${n(left, 'contribution')} left out`
      : `construit : ${n(t.networks, 'réseau')}, ${n(t.initiatives, 'initiative')}, ${n(t.events, 'événement')}, ${n(t.files, 'fichier')} ; ${n(left, 'contribution')} écartée${left > 1 ? 's' : ''}`,
  );
  return lines.join('\n');
}
