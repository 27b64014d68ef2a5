/// <reference types="node" />
/**
 * `tis-feed`: the command-line tools of the shared #1000territoiresIS feed.
 *
 * Built by `rollup.cli.config.js` into `dist/cli/tis-feed.js` (`npx tis-feed ...`). Every
 * command reads the feed with the library's own schema and parser (`src/data/`), and the ICS
 * export uses the calendar widget's ICS writer: one definition of the format.
 *
 * Exit codes: 0 success, 1 problems found, 2 usage error or unreadable input.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportIcs, exportJsonFeed } from './export.js';
import { formatProblem, loadFeed } from './feed-io.js';
import { isKnownTimeZone } from '../data/format.js';
import type { FeedProblem } from '../data/parse.js';
import { HELP } from './help.js';
import { cliLang, count, plural, Progress, readText, UsageError, writeOutput } from './io.js';
import { mergeContributions, type MergeInput } from './merge.js';
import {
  COMMANDS,
  COMMON,
  dateOption,
  intOption,
  needOne,
  requireFeed,
  str,
  urlOption,
  usage,
  type Context,
  type Values,
} from './options.js';
import { buildSite, formatBuildReport } from './build.js';
import { initRepository } from './init.js';
import { publishFeed } from './publish.js';
import { splitFeed } from './split.js';
import { validateSource } from './validate.js';

/* ------------------------------------------------------------------ commands */

async function runValidate(ctx: Context): Promise<number> {
  if (ctx.positionals.length === 0)
    throw usage('indiquez un fichier ou une URL à vérifier', 'give a file or URL to check');
  const format = str(ctx.values, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw usage('--format : text ou json', '--format: text or json');
  const max = intOption(ctx.values, 'max-problems') ?? Infinity;
  const strict = ctx.values.strict === true;
  const campaignPath = str(ctx.values, 'campaign');
  const campaign = campaignPath ? await loadFeed(campaignPath) : undefined;
  if (campaign && !campaign.feed) requireFeed(ctx, campaign);
  const l = ctx.lang;
  const n = (value: number, word: string) => plural(value, l, word);
  let failed = false;
  const reports = [];
  for (const arg of ctx.positionals) {
    const { source, network } = campaign
      ? contributionArg(arg)
      : { source: arg, network: undefined };
    const report = await validateSource(source, { campaign, network });
    reports.push(report);
    const bad = report.errors > 0 || (strict && report.warnings > 0);
    failed ||= bad;
    if (format === 'json') continue;
    const lines = [`${source}`];
    printProblems(
      ctx,
      report.problems,
      max,
      () => '  ',
      (line) => lines.push(line),
    );
    if (!report.referencesChecked && !report.malformed)
      lines.push(
        l === 'en'
          ? '  note: references to networks, themes and territories were not checked against the campaign; add --campaign <shared feed> to check them as merge will'
          : '  note : les références aux réseaux, thèmes et territoires n’ont pas été vérifiées auprès de la campagne ; ajoutez --campaign <flux partagé> pour les vérifier comme le fera merge',
      );
    const items = Object.values(report.counts).reduce((a, b) => a + b, 0);
    const seconds = (report.elapsedMs / 1000).toFixed(1);
    const verdict = report.malformed
      ? l === 'en'
        ? 'NOT READABLE'
        : 'ILLISIBLE'
      : bad
        ? l === 'en'
          ? 'INVALID'
          : 'INVALIDE'
        : l === 'en'
          ? 'VALID'
          : 'VALIDE';
    const c = report.counts;
    lines.push(
      l === 'en'
        ? `  ${verdict}: ${n(items, 'item')} read (${n(c.networks, 'network')}, ${n(c.themes, 'theme')}, ${n(c.territories, 'territory')}, ${n(c.initiatives, 'initiative')}, ${n(c.events, 'event')}, ${n(c.parts, 'part')}), ${n(report.errors, 'error')}, ${n(report.warnings, 'warning')}, ${seconds} s`
        : `  ${verdict} : ${n(items, 'élément')} lu${items > 1 ? 's' : ''} (${n(c.networks, 'réseau')}, ${n(c.themes, 'thème')}, ${n(c.territories, 'territoire')}, ${n(c.initiatives, 'initiative')}, ${n(c.events, 'événement')}, ${n(c.parts, 'part')}), ${n(report.errors, 'erreur')}, ${n(report.warnings, 'alerte')}, ${seconds} s`,
    );
    ctx.out(`${lines.join('\n')}\n`);
  }
  if (format === 'json') {
    const json = reports.map((report) => ({
      source: report.source,
      valid: !(report.errors > 0 || (strict && report.warnings > 0)),
      errors: report.errors,
      warnings: report.warnings,
      referencesChecked: report.referencesChecked,
      counts: report.counts,
      problems: report.problems.slice(0, max).map((problem) => ({
        ...problem,
        text: problem.message[l],
      })),
    }));
    ctx.out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

/** `cis=contribution.json`: a contribution with its network named on the command line. */
function contributionArg(arg: string): { source: string; network?: string } {
  const forced = /^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$/.exec(arg);
  return forced && !existsSync(arg) ? { source: forced[2]!, network: forced[1] } : { source: arg };
}

/** Prints at most `--max-problems` problems, then how many were left out. */
function printProblems(
  ctx: Context,
  problems: ReadonlyArray<FeedProblem & { source?: string }>,
  max: number,
  prefix: (problem: FeedProblem & { source?: string }) => string,
  write: (text: string) => void,
): void {
  for (const problem of problems.slice(0, max))
    write(formatProblem(problem, ctx.lang, prefix(problem)));
  if (problems.length > max)
    write(
      ctx.lang === 'en'
        ? `${prefix({} as FeedProblem)}… ${plural(problems.length - max, 'en', 'more problem')} not shown (--max-problems)`
        : `${prefix({} as FeedProblem)}… ${count(problems.length - max, 'fr')} autre${problems.length - max > 1 ? 's problèmes non affichés' : ' problème non affiché'} (--max-problems)`,
    );
}

async function runMerge(ctx: Context): Promise<number> {
  if (ctx.positionals.length === 0)
    throw usage('indiquez au moins une contribution', 'give at least one contribution');
  const campaignPath = str(ctx.values, 'campaign');
  const basePath = str(ctx.values, 'base');
  if (campaignPath && basePath)
    throw usage(
      '--campaign ou --base, pas les deux (--base apporte déjà la campagne)',
      '--campaign or --base, not both (--base already brings the campaign)',
    );
  const max = intOption(ctx.values, 'max-problems') ?? Infinity;
  const referencePath = basePath ?? campaignPath;
  const reference = referencePath ? await loadFeed(referencePath) : undefined;
  if (reference && !reference.feed) requireFeed(ctx, reference);
  const inputs: MergeInput[] = [];
  for (const arg of ctx.positionals) {
    const { source, network } = contributionArg(arg);
    if (basePath && !network)
      throw usage(
        `avec --base, nommez le réseau de chaque contribution : reseau=${arg}`,
        `with --base, name the network of each contribution: network=${arg}`,
      );
    ctx.progress.update(
      () => (ctx.lang === 'en' ? `reading ${source}…` : `lecture de ${source}…`),
      true,
    );
    inputs.push({ loaded: await loadFeed(source), network });
  }
  ctx.progress.done();
  const generatedAt = str(ctx.values, 'generated-at');
  if (
    generatedAt !== undefined &&
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(generatedAt)
  )
    throw usage(
      '--generated-at : date-heure ISO 8601 avec décalage attendue',
      '--generated-at: an ISO 8601 date-time with offset is expected',
    );
  const result = mergeContributions({
    campaign: basePath ? undefined : reference,
    base: basePath ? reference : undefined,
    inputs,
    generatedAt,
    indent: ctx.values.compact ? undefined : 2,
  });
  printProblems(
    ctx,
    result.problems,
    max,
    (problem) => (problem.source ? `${problem.source}: ` : ''),
    ctx.err,
  );
  await writeOutput(str(ctx.values, 'output'), result.text, ctx.out);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const f = result.feed;
  const l = ctx.lang;
  const n = (value: number, word: string) => plural(value, l, word);
  ctx.err(
    l === 'en'
      ? `merged ${n(inputs.length, 'contribution')}: ${n(f.networks.length, 'network')}, ${n(f.themes.length, 'theme')}, ${n(f.territories.length, 'territory')}, ${n(f.initiatives.length, 'initiative')}, ${n(f.events.length, 'event')}; ${n(errors, 'error')}, ${n(warnings, 'warning')}`
      : `${n(inputs.length, 'contribution')} fusionnée${inputs.length > 1 ? 's' : ''} : ${n(f.networks.length, 'réseau')}, ${n(f.themes.length, 'thème')}, ${n(f.territories.length, 'territoire')}, ${n(f.initiatives.length, 'initiative')}, ${n(f.events.length, 'événement')} ; ${n(errors, 'erreur')}, ${n(warnings, 'alerte')}`,
  );
  return errors > 0 || (ctx.values.strict && warnings > 0) ? 1 : 0;
}

async function runPublish(ctx: Context): Promise<number> {
  const [source, positionalDir, ...rest] = ctx.positionals;
  const dir = positionalDir ?? str(ctx.values, 'output');
  if (!source || !dir || rest.length || (positionalDir && str(ctx.values, 'output')))
    throw usage(
      'usage : tis-feed publish <flux.json> <dossier>',
      'usage: tis-feed publish <feed.json> <dir>',
    );
  const pageSize = str(ctx.values, 'page-size');
  if (pageSize !== undefined && !/^[1-9]\d{0,5}$/.test(pageSize))
    throw usage('--page-size : un entier positif', '--page-size: a positive integer');
  const feed = requireFeed(ctx, await loadFeed(source));
  const result = publishFeed(feed, { pageSize: pageSize ? Number(pageSize) : undefined });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of result.files) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeOutput(join(dir, name), text);
  }
  ctx.err(
    ctx.lang === 'en'
      ? `index.json (${count(result.index.bytes, 'en')} bytes) and ${result.index.shards} shards written to ${dir}`
      : `index.json (${count(result.index.bytes, 'fr')} octets) et ${result.index.shards} fichiers écrits dans ${dir}`,
  );
  return 0;
}

async function runSplit(ctx: Context): Promise<number> {
  ctx.err(
    ctx.lang === 'en'
      ? 'note: split is superseded by publish (an index plus hashed shards that widgets read piece by piece)'
      : 'note : split est remplacé par publish (un index et des fichiers que les widgets lisent à la demande)',
  );
  const source = needOne(ctx, { fr: 'le flux à découper', en: 'the feed to split' });
  const dir = str(ctx.values, 'output');
  if (!dir) throw usage('-o DOSSIER est obligatoire', '-o DIR is required');
  const baseUrl = urlOption(ctx.values, 'base-url');
  if (!baseUrl)
    throw usage(
      '--base-url est obligatoire (les liens « parts » sont des URL absolues)',
      '--base-url is required ("parts" links are absolute URLs)',
    );
  const feed = requireFeed(ctx, await loadFeed(source));
  const result = splitFeed(feed, {
    baseUrl,
    indexName: str(ctx.values, 'index'),
    indent: ctx.values.compact ? undefined : 2,
  });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of result.files) await writeOutput(join(dir, name), text);
  for (const shard of result.shards)
    ctx.err(
      ctx.lang === 'en'
        ? `${shard.file}: ${shard.initiatives} initiatives, ${shard.events} events`
        : `${shard.file} : ${shard.initiatives} initiatives, ${shard.events} événements`,
    );
  ctx.err(
    ctx.lang === 'en'
      ? `${result.shards.length} shards and ${str(ctx.values, 'index') ?? 'feed.json'} written to ${dir}`
      : `${result.shards.length} fichiers régionaux et ${str(ctx.values, 'index') ?? 'feed.json'} écrits dans ${dir}`,
  );
  return 0;
}

async function runExport(ctx: Context, kind: 'ics' | 'jsonfeed'): Promise<number> {
  const source = needOne(ctx, { fr: 'le flux à exporter', en: 'the feed to export' });
  const feed = requireFeed(ctx, await loadFeed(source));
  const now =
    dateOption(ctx.values, 'now') ?? (feed.generatedAt ? Date.parse(feed.generatedAt) : Date.now());
  const filter = {
    network: str(ctx.values, 'network'),
    territory: str(ctx.values, 'territory'),
    from: dateOption(ctx.values, 'from'),
  };
  let result: { text: string; count: number };
  if (kind === 'ics') {
    const refresh = str(ctx.values, 'refresh') ?? 'PT6H';
    if (!/^P(T?\d+[WDHMS])+$/.test(refresh))
      throw usage(
        '--refresh : durée ISO 8601 attendue (PT6H, P1D)',
        '--refresh: an ISO 8601 duration is expected (PT6H, P1D)',
      );
    result = exportIcs(feed, {
      ...filter,
      lang: ctx.lang,
      now,
      name: str(ctx.values, 'name'),
      refreshInterval: refresh,
    });
  } else {
    const only = str(ctx.values, 'only');
    if (only !== undefined && only !== 'initiatives' && only !== 'events')
      throw usage('--only : initiatives ou events', '--only: initiatives or events');
    result = exportJsonFeed(feed, {
      ...filter,
      lang: ctx.lang,
      now,
      feedUrl: urlOption(ctx.values, 'feed-url'),
      homePageUrl: urlOption(ctx.values, 'home-page-url'),
      title: str(ctx.values, 'title'),
      limit: intOption(ctx.values, 'limit'),
      include: { initiatives: only !== 'events', events: only !== 'initiatives' },
    });
  }
  await writeOutput(str(ctx.values, 'output'), result.text, ctx.out);
  if (str(ctx.values, 'output'))
    ctx.err(
      ctx.lang === 'en'
        ? `${result.count} ${kind === 'ics' ? 'events' : 'items'} written to ${str(ctx.values, 'output')}`
        : `${result.count} ${kind === 'ics' ? 'événements' : 'éléments'} écrits dans ${str(ctx.values, 'output')}`,
    );
  return 0;
}

async function runImport(ctx: Context): Promise<number> {
  const source = needOne(ctx, { fr: 'le fichier .ics ou son URL', en: 'the .ics file or its URL' });
  const network = str(ctx.values, 'network');
  if (!network || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(network))
    throw usage(
      '--network ID est obligatoire (un identifiant : lettres, chiffres, « - »)',
      '--network ID is required (an id: letters, digits, "-")',
    );
  const timeZone = str(ctx.values, 'time-zone') ?? 'Europe/Paris';
  if (!isKnownTimeZone(timeZone))
    throw usage(
      `--time-zone : fuseau inconnu « ${timeZone} »`,
      `--time-zone: unknown zone "${timeZone}"`,
    );
  const territories = (ctx.values.territory as string[] | undefined) ?? [];
  for (const territory of territories)
    if (!/^(commune|epci|departement|region|crte):[A-Za-z0-9_-]+$/.test(territory))
      throw usage(
        `--territory : identifiant de territoire invalide « ${territory} » (ex. region:53)`,
        `--territory: invalid territory id "${territory}" (e.g. region:53)`,
      );
  const now = dateOption(ctx.values, 'now') ?? Date.now();
  const DAY = 86_400_000;
  const from = dateOption(ctx.values, 'from') ?? now - 90 * DAY;
  const to = dateOption(ctx.values, 'to') ?? now + 365 * DAY;
  if (to < from) throw usage('--to est avant --from', '--to is before --from');
  const text = await readText(source);
  const { importIcs } = await loadIcsImporter();
  const result = importIcs(text, {
    network,
    networkName: str(ctx.values, 'network-name'),
    timeZone,
    from,
    to,
    territories,
    now,
  });
  for (const note of result.notes)
    ctx.err(
      `${source}: ${note.severity === 'error' ? (ctx.lang === 'en' ? 'error  ' : 'erreur ') : ctx.lang === 'en' ? 'warning' : 'alerte '} ${note.message[ctx.lang]}`,
    );
  if (!result.text) return 1;
  // What we write must pass the same validation a network would run.
  const { parseFeed } = await import('../data/parse.js');
  const check = parseFeed(JSON.parse(result.text));
  for (const problem of check.problems) ctx.err(formatProblem(problem, ctx.lang, `${source}: `));
  await writeOutput(str(ctx.values, 'output'), result.text, ctx.out);
  ctx.err(
    ctx.lang === 'en'
      ? `${result.count} events imported from ${source}`
      : `${result.count} événements importés depuis ${source}`,
  );
  return check.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

async function runSchema(ctx: Context): Promise<number> {
  if (ctx.positionals.length)
    throw usage('schema ne prend pas d’argument', 'schema takes no argument');
  // The schema built by `npm run build:schema` ships next to the CLI (dist/feed-format.schema.json).
  const shipped = new URL('../feed-format.schema.json', import.meta.url);
  let text: string;
  if (existsSync(shipped)) {
    text = await readFile(shipped, 'utf8');
  } else {
    const z = await import('zod/mini');
    const { feedDocumentSchema } = await import('../data/schema.js');
    text = `${JSON.stringify(
      z.toJSONSchema(feedDocumentSchema, {
        target: 'draft-2020-12',
        io: 'input',
        unrepresentable: 'any',
      }),
      null,
      2,
    )}\n`;
  }
  await writeOutput(str(ctx.values, 'output'), text, ctx.out);
  return 0;
}

const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

async function runBuild(ctx: Context): Promise<number> {
  const dir = needOne(ctx, { fr: 'le dossier des contributions', en: 'the contributions folder' });
  const site = str(ctx.values, 'output');
  if (!site) throw usage('-o DOSSIER est obligatoire', '-o DIR is required');
  let generatedAt = str(ctx.values, 'generated-at');
  if (generatedAt === 'now') generatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  else if (generatedAt !== undefined && !ISO_DATE_TIME.test(generatedAt))
    throw usage(
      '--generated-at : date-heure ISO 8601 avec décalage, ou « now »',
      '--generated-at: an ISO 8601 date-time with offset, or "now"',
    );
  const maxSize = str(ctx.values, 'max-size');
  if (maxSize !== undefined && !/^\d+(\.\d+)?$/.test(maxSize))
    throw usage('--max-size : un nombre de Mo', '--max-size: a number of MB');
  const timeout = str(ctx.values, 'ics-timeout');
  if (timeout !== undefined && !/^\d+(\.\d+)?$/.test(timeout))
    throw usage('--ics-timeout : un nombre de secondes', '--ics-timeout: a number of seconds');
  const { report } = await buildSite({
    dir,
    site,
    generatedAt,
    previous: str(ctx.values, 'previous'),
    maxBytes: Math.round(Number(maxSize ?? 20) * 1024 * 1024),
    icsTimeoutMs: Math.round(Number(timeout ?? 30) * 1000),
    pageSize: intOption(ctx.values, 'page-size'),
    loadImporter: loadIcsImporter,
  });
  ctx.err(formatBuildReport(report, ctx.lang));
  ctx.err(
    ctx.lang === 'en'
      ? `written to ${site} (report: ${join(site, 'report.json')})`
      : `écrit dans ${site} (rapport : ${join(site, 'report.json')})`,
  );
  return report.ok ? 0 : 1;
}

async function runInit(ctx: Context): Promise<number> {
  const dir = needOne(ctx, { fr: 'le dossier à créer', en: 'the folder to create' });
  const files = await initRepository(dir, { force: ctx.values.force === true });
  for (const file of files) ctx.err(`  ${file}`);
  ctx.err(
    ctx.lang === 'en'
      ? `${files.length} files written to ${dir}; next: read ${join(dir, 'README.md')}, then tis-feed build ${dir} -o ${join(dir, 'site')}`
      : `${files.length} fichiers écrits dans ${dir} ; ensuite : lisez ${join(dir, 'README.md')}, puis tis-feed build ${dir} -o ${join(dir, 'site')}`,
  );
  return 0;
}

/**
 * The ICS importer and its parser, ical.js: an optional peer dependency, so that installing the
 * widgets does not install it. Loaded only by `import ics`.
 */
async function loadIcsImporter(): Promise<typeof import('./import-ics.js')> {
  try {
    return await import('./import-ics.js');
  } catch (error) {
    if (
      (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' &&
      String(error).includes('ical.js')
    )
      throw usage(
        '« import ics » a besoin du paquet optionnel ical.js : npm install ical.js',
        '"import ics" needs the optional package ical.js: npm install ical.js',
      );
    throw error;
  }
}

/* ------------------------------------------------------------------ entry */

const RUN: Record<string, (ctx: Context) => Promise<number>> = {
  validate: runValidate,
  merge: runMerge,
  publish: runPublish,
  split: runSplit,
  'export ics': (ctx) => runExport(ctx, 'ics'),
  'export jsonfeed': (ctx) => runExport(ctx, 'jsonfeed'),
  'import ics': runImport,
  schema: runSchema,
  build: runBuild,
  init: runInit,
};

/** Runs the tool with `argv` (without `node` and the script); returns the exit code. */
export async function main(
  argv: string[],
  io: { out?: (text: string) => void; err?: (text: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const out = io.out ?? ((text: string) => process.stdout.write(text));
  const err = io.err ?? ((text: string) => process.stderr.write(`${text}\n`));
  // The language first, so even a usage error speaks it.
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langArg =
    langIndex < 0
      ? undefined
      : argv[langIndex]!.includes('=')
        ? argv[langIndex]!.split('=')[1]
        : argv[langIndex + 1];
  const lang = cliLang(langArg, io.env ?? process.env);

  let command = argv[0];
  let rest = argv.slice(1);
  if (command === 'export' || command === 'import') {
    const sub = argv[1];
    command = sub && !sub.startsWith('-') ? `${command} ${sub}` : command;
    rest = sub && !sub.startsWith('-') ? argv.slice(2) : argv.slice(1);
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(`${HELP.main![lang]}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    out(`${typeof __TIS_VERSION__ === 'string' ? __TIS_VERSION__ : 'dev'}\n`);
    return 0;
  }
  const options = COMMANDS[command];
  if (!options) {
    err(
      lang === 'en'
        ? `tis-feed: unknown command "${command}". See tis-feed --help.`
        : `tis-feed : commande inconnue « ${command} ». Voir tis-feed --help.`,
    );
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...COMMON, ...options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw usage(
        `${(error as Error).message} (voir tis-feed ${command} --help)`,
        `${(error as Error).message} (see tis-feed ${command} --help)`,
      );
    }
    const values = parsed.values as Values;
    if (values.help) {
      out(`${HELP[command]![lang]}\n`);
      return 0;
    }
    if (langArg !== undefined && !/^(fr|en)([-_].*)?$/i.test(langArg))
      throw usage('--lang : fr ou en', '--lang: fr or en');
    const progress = new Progress(
      !values.quiet && (values.progress === true || process.stderr.isTTY === true),
    );
    return await RUN[command]!({
      lang,
      values,
      positionals: parsed.positionals,
      progress,
      out,
      err,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`tis-feed ${command}: ${error.messages[lang]}`);
      return 2;
    }
    err(
      lang === 'en'
        ? `tis-feed ${command}: unexpected failure: ${(error as Error).stack ?? String(error)}`
        : `tis-feed ${command} : échec inattendu : ${(error as Error).stack ?? String(error)}`,
    );
    return 2;
  }
}

declare const __TIS_VERSION__: string | undefined;
