/**
 * The feed parser. It never throws: whatever the input, it returns the valid data it could keep
 * and the list of problems, each with the item id, a JSON path and a reason in French and English.
 */
import * as z from './zod.js';
import {
  campaignSchema,
  collectionSchemas,
  feedHeaderSchema,
  summarySchema,
  type CollectionName,
  type Feed,
} from './schema.js';
import { compile, FAIL } from './fast-path.js';
import { collectUnsafeUrls, swapUrlCollector } from './url.js';

export type ProblemSeverity = 'error' | 'warning';

export interface FeedProblem {
  /** `error`: the item (or the feed) was dropped; `warning`: kept, with a link or reference removed. */
  severity: ProblemSeverity;
  /** Stable machine-readable code, e.g. `invalid-item`, `unsafe-url`, `unknown-reference`. */
  code: string;
  /** JSON path of the offending value, e.g. `initiatives[12].title`. */
  path: string;
  /** The id of the item concerned, when it has one. */
  itemId?: string;
  message: { fr: string; en: string };
}

export interface ParseResult {
  /** The kept data, or `null` when the input is not a v1 feed at all. */
  feed: Feed | null;
  problems: FeedProblem[];
}

/** Past this many problems the list ends with one summary line: 10 MB of junk stays readable. */
export const MAX_PROBLEMS = 500;

type Issue = z.core.$ZodIssue;

/**
 * `safeParse` whose failures are plain objects, not `Error`s: capturing a stack trace per
 * dropped item made 10 MB of junk items take seconds on the host page's main thread.
 */
const safeParseFast = z._safeParse(z.$ZodError);
/** `reportInput`: zod drops each issue's `input` otherwise, and `reason()` needs it to tell "missing" from "wrong type". */
const PARSE_CONTEXT = { reportInput: true };

const MISSING = { fr: 'champ obligatoire manquant', en: 'required field is missing' };

function reason(issue: Issue): { fr: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? MISSING
        : {
            fr: `type attendu : ${issue.expected}`,
            en: `expected ${issue.expected}`,
          };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            fr: `texte trop long (plus de ${issue.maximum} caractères)`,
            en: `text too long (over ${issue.maximum} characters)`,
          }
        : issue.origin === 'array'
          ? {
              fr: `liste trop longue (plus de ${issue.maximum} éléments)`,
              en: `list too long (over ${issue.maximum} items)`,
            }
          : {
              fr: `valeur trop grande (max ${issue.maximum})`,
              en: `value too large (max ${issue.maximum})`,
            };
    case 'too_small':
      return issue.origin === 'string'
        ? { fr: 'texte vide', en: 'empty text' }
        : {
            fr: `valeur trop petite (min ${issue.minimum})`,
            en: `value too small (min ${issue.minimum})`,
          };
    case 'invalid_format':
      if (issue.format === 'datetime')
        return {
          fr: 'date-heure ISO 8601 avec décalage attendue (2026-04-08T09:00:00+02:00)',
          en: 'expected an ISO 8601 date-time with offset (2026-04-08T09:00:00+02:00)',
        };
      if (issue.format === 'date')
        return {
          fr: 'date ISO 8601 attendue (2026-04-08)',
          en: 'expected an ISO 8601 date (2026-04-08)',
        };
      return {
        fr: `format invalide (${issue.message || issue.format})`,
        en: `invalid format (${issue.message || issue.format})`,
      };
    case 'invalid_value':
      return {
        fr: `valeur inconnue, attendu : ${issue.values.map(String).join(', ')}`,
        en: `unknown value, expected one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_union':
      return issue.input === undefined
        ? MISSING
        : { fr: 'valeur de forme invalide', en: 'value has an invalid shape' };
    case 'custom':
      return { fr: frenchCustom(issue.message), en: issue.message || 'invalid value' };
    default:
      return { fr: 'valeur invalide', en: 'invalid value' };
  }
}

const CUSTOM_FR: Record<string, string> = {
  'the event ends before it starts': "l'événement se termine avant de commencer",
  'a part ends before it starts': 'une partie se termine avant de commencer',
  'unknown time zone': 'fuseau horaire inconnu',
  'the id prefix does not match the kind': 'le préfixe de l’identifiant ne correspond pas au type',
  'empty translation map': 'aucune traduction',
};

function frenchCustom(message: string | undefined): string {
  return (message && CUSTOM_FR[message]) || 'valeur invalide';
}

function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

function itemIdOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string') return id.slice(0, 120);
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class ProblemList {
  readonly problems: FeedProblem[] = [];
  private overflow = 0;

  constructor(private readonly max: number = MAX_PROBLEMS) {}

  add(problem: FeedProblem): void {
    if (this.problems.length < this.max) this.problems.push(problem);
    else this.overflow += 1;
  }

  finish(): FeedProblem[] {
    if (this.overflow > 0) {
      this.problems.push({
        severity: 'error',
        code: 'too-many-problems',
        path: '$',
        message: {
          fr: `${this.overflow} autres problèmes non listés`,
          en: `${this.overflow} more problems not listed`,
        },
      });
    }
    return this.problems;
  }
}

/**
 * Parses one item; returns the parsed value or `undefined` after recording why not. The item's
 * path (`initiatives[12]`) is only written out when there is something to report.
 */
function parseItem<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  name: string,
  index: number | undefined,
  problems: ProblemList,
): T | undefined {
  // The common case, a valid item with safe links, takes the cheap walk and allocates nothing
  // more; zod's parse runs only to explain a failure.
  const links: Array<{ field: string; value: string }> = [];
  const previous = swapUrlCollector(links);
  let walked: unknown;
  try {
    walked = compile(schema)(value);
  } finally {
    swapUrlCollector(previous);
  }
  if (walked !== FAIL && !links.length) return walked as T;
  const { result, dropped } =
    walked === FAIL
      ? collectUnsafeUrls(() => safeParseFast(schema, value, PARSE_CONTEXT))
      : { result: { success: true as const, data: walked as T }, dropped: links };
  const itemId = itemIdOf(value);
  const path = index === undefined ? name : `${name}[${index}]`;
  if (!result.success) {
    // One reason is enough to act on; the first issue is the most specific.
    const issue = result.error.issues[0];
    const at = issue ? joinPath(path, issue.path) : path;
    const why = issue ? reason(issue) : { fr: 'valeur invalide', en: 'invalid value' };
    problems.add({
      severity: 'error',
      code: 'invalid-item',
      path: at,
      itemId,
      message: {
        fr: `${itemId ? `« ${itemId} » ` : ''}ignoré : ${at} : ${why.fr}`,
        en: `${itemId ? `"${itemId}" ` : ''}dropped: ${at}: ${why.en}`,
      },
    });
    return undefined;
  }
  for (const link of dropped) {
    const at = `${path}.${link.field}`;
    problems.add({
      severity: 'warning',
      code: 'unsafe-url',
      path: at,
      itemId,
      message: {
        fr: `lien retiré (seuls http et https sont acceptés) : ${at}`,
        en: `link removed (only http and https are allowed): ${at}`,
      },
    });
  }
  return result.data;
}

/**
 * Parses a collection item by item. `sourceIndexes`, when given, receives where each kept item
 * stood in the input list, so that later warnings name the right path.
 */
function* parseCollection<K extends CollectionName>(
  name: K,
  raw: unknown,
  problems: ProblemList,
  sourceIndexes?: number[],
): Generator<void, Feed[K]> {
  const out: unknown[] = [];
  if (raw === undefined) return out as Feed[K];
  if (!Array.isArray(raw)) {
    problems.add({
      severity: 'error',
      code: 'invalid-collection',
      path: name,
      message: { fr: `${name} : une liste est attendue`, en: `${name}: expected a list` },
    });
    return out as Feed[K];
  }
  const schema = collectionSchemas[name] as unknown as z.ZodMiniType<unknown>;
  const seen = new Set<string>();
  for (let index = 0; index < raw.length; index += 1) {
    // A pause point every few items: the asynchronous driver yields to the page there.
    if (index % STEP === STEP - 1) yield;
    // Like `forEach`: holes of a sparse array (not JSON, but any value may come in) are skipped.
    if (!(index in raw)) continue;
    const value: unknown = raw[index];
    const item = parseItem(schema, value, name, index, problems);
    if (item === undefined) continue;
    const key = name === 'parts' ? (item as { territory: string }).territory : itemIdOf(item);
    if (key !== undefined) {
      if (seen.has(key)) {
        problems.add({
          severity: 'error',
          code: 'duplicate-id',
          path: `${name}[${index}]`,
          itemId: key,
          message: {
            fr: `« ${key} » en double : seule la première occurrence est gardée`,
            en: `duplicate "${key}": only the first occurrence is kept`,
          },
        });
        continue;
      }
      seen.add(key);
    }
    sourceIndexes?.push(index);
    out.push(item);
  }
  return out as Feed[K];
}

/** Items parsed between two pause points of the asynchronous parser. */
const STEP = 64;

/** What a reference check needs to know of one initiative or event. */
export interface ItemReferences {
  collection: 'initiatives' | 'events';
  /** The item's place in its input list. */
  index: number;
  id: string;
  network: string;
  themes?: readonly string[];
  territories?: readonly string[];
}

const NETWORK = { fr: 'réseau', en: 'network' };
const THEME = { fr: 'thème', en: 'theme' };
const TERRITORY = { fr: 'territoire', en: 'territory' };

/**
 * Warns about references to networks, themes or territories the feed does not list. A set left
 * empty is not checked: a network's contribution may reference what is defined elsewhere.
 * Shared by the parser and the contribution rules of the command-line tools.
 */
export function findUnknownReferences(
  items: Iterable<ItemReferences>,
  known: { networks: Set<string>; themes: Set<string>; territories: Set<string> },
  report: (problem: FeedProblem) => void,
): void {
  const warn = (path: string, itemId: string, kind: { fr: string; en: string }, ref: string) =>
    report({
      severity: 'warning',
      code: 'unknown-reference',
      path,
      itemId,
      message: {
        fr: `« ${itemId} » : ${kind.fr} inconnu « ${ref} »`,
        en: `"${itemId}": unknown ${kind.en} "${ref}"`,
      },
    });
  const at = (item: ItemReferences, field: string) => `${item.collection}[${item.index}].${field}`;
  for (const item of items) {
    if (known.networks.size && !known.networks.has(item.network))
      warn(at(item, 'network'), item.id, NETWORK, item.network);
    if (known.themes.size && item.themes)
      for (const theme of item.themes)
        if (!known.themes.has(theme)) warn(at(item, 'themes'), item.id, THEME, theme);
    if (known.territories.size && item.territories)
      for (const territory of item.territories)
        if (!known.territories.has(territory))
          warn(at(item, 'territories'), item.id, TERRITORY, territory);
  }
}

type SourceIndexes = Record<'initiatives' | 'events', number[]>;

type Known = Parameters<typeof findUnknownReferences>[1];

const allKnown = (ids: readonly string[] | undefined, known: Set<string>) =>
  !known.size || !ids || ids.every((id) => known.has(id));

/**
 * The reference pass: an item whose references are all known (nearly every one) costs three set
 * lookups; only the others go through `findUnknownReferences` for their warnings.
 */
function checkReferences(feed: Feed, sourceIndexes: SourceIndexes, problems: ProblemList): void {
  const known: Known = {
    networks: new Set(feed.networks.map((n) => n.id)),
    themes: new Set(feed.themes.map((t) => t.id)),
    territories: new Set(feed.territories.map((t) => t.id)),
  };
  const report = (problem: FeedProblem) => problems.add(problem);
  for (const collection of ['initiatives', 'events'] as const) {
    const items: ReadonlyArray<Omit<ItemReferences, 'collection' | 'index'>> = feed[collection];
    const indexes = sourceIndexes[collection];
    items.forEach((item, keptIndex) => {
      if (
        (!known.networks.size || known.networks.has(item.network)) &&
        allKnown(item.themes, known.themes) &&
        allKnown(item.territories, known.territories)
      )
        return;
      // Paths name the item's place in the input, not among the kept items.
      const index = indexes[keptIndex] ?? keptIndex;
      findUnknownReferences([{ ...item, collection, index }], known, report);
    });
  }
}

export interface ParseOptions {
  /**
   * How many problems to list before the one summary line (`too-many-problems`). Default
   * `MAX_PROBLEMS`; `tis-feed validate` asks for `Infinity`, its own `--max-problems` limits what
   * it prints.
   */
  maxProblems?: number;
}

/**
 * Validates an already-decoded JSON value as a v1 feed.
 * Never throws; returns the kept data (or `null`) and the problems found.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(input, options.maxProblems);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Now, in ms, for time slices (`performance` where there is one). */
const clock = () => globalThis.performance?.now() ?? Date.now();

/** Lets the page run (input, rendering) before going on: `scheduler.yield()` where it exists. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `parseFeed` in slices of at most about `sliceMs` of work, yielding to the page between them:
 * a large monolithic feed never blocks the main thread in one long task. Same result.
 */
export async function parseFeedAsync(input: unknown, sliceMs = 12): Promise<ParseResult> {
  const steps = parseSteps(input);
  let start = clock();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (clock() - start > sliceMs) {
      await yieldToMain();
      start = clock();
    }
  }
}

function* parseSteps(input: unknown, maxProblems?: number): Generator<void, ParseResult> {
  const problems = new ProblemList(maxProblems);
  try {
    if (!isRecord(input)) {
      problems.add({
        severity: 'error',
        code: 'not-a-feed',
        path: '$',
        message: {
          fr: "ce document n'est pas un flux #1000territoiresIS (un objet JSON est attendu)",
          en: 'this document is not a #1000territoiresIS feed (expected a JSON object)',
        },
      });
      return { feed: null, problems: problems.finish() };
    }
    const header = feedHeaderSchema.safeParse(input);
    if (!header.success) {
      const version = input.version;
      const known = version === undefined ? undefined : String(version).slice(0, 20);
      problems.add({
        severity: 'error',
        code: 'unsupported-version',
        path: header.error.issues[0] ? joinPath('$', header.error.issues[0].path) : '$',
        message: known
          ? {
              fr: `version de format « ${known} » non prise en charge : cette bibliothèque lit la version 1`,
              en: `unsupported format version "${known}": this library reads version 1`,
            }
          : {
              fr: 'champ « version » manquant ou invalide : ce document n’est pas un flux v1',
              en: 'missing or invalid "version": this document is not a v1 feed',
            },
      });
      return { feed: null, problems: problems.finish() };
    }
    const campaign =
      input.campaign === undefined
        ? undefined
        : parseItem(campaignSchema, input.campaign, 'campaign', undefined, problems);
    const sourceIndexes: SourceIndexes = { initiatives: [], events: [] };
    const feed: Feed = {
      version: 1,
      generatedAt: header.data.generatedAt,
      campaign,
      networks: yield* parseCollection('networks', input.networks, problems),
      themes: yield* parseCollection('themes', input.themes, problems),
      territories: yield* parseCollection('territories', input.territories, problems),
      initiatives: yield* parseCollection(
        'initiatives',
        input.initiatives,
        problems,
        sourceIndexes.initiatives,
      ),
      events: yield* parseCollection('events', input.events, problems, sourceIndexes.events),
      parts: yield* parseCollection('parts', input.parts, problems),
    };
    // v1.1 (published index): figures and shard list; absent from a plain v1 document.
    if (input.summary !== undefined) {
      const summary = parseItem(summarySchema, input.summary, 'summary', undefined, problems);
      if (summary) feed.summary = summary;
    }
    if (input.shards !== undefined)
      feed.shards = yield* parseCollection('shards', input.shards, problems);
    checkReferences(feed, sourceIndexes, problems);
    return { feed, problems: problems.finish() };
  } catch (error) {
    // Defensive: a pathological input (e.g. nesting deeper than the stack) must not escape.
    problems.add({
      severity: 'error',
      code: 'unreadable',
      path: '$',
      message: {
        fr: `flux illisible (${String(error).slice(0, 120)})`,
        en: `unreadable feed (${String(error).slice(0, 120)})`,
      },
    });
    return { feed: null, problems: problems.finish() };
  }
}

/** Position of a JSON syntax error, from the engine's message where it gives one. */
function jsonErrorPosition(
  text: string,
  error: unknown,
): { line: number; column: number } | undefined {
  const message = String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  // Text cut short (`{"version": `) is reported without a position: the error is at its end.
  const offset = position
    ? Number(position[1])
    : /end of (JSON )?input/i.test(message)
      ? text.length
      : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Decodes JSON text and validates it. Malformed JSON is reported with line and column. */
export function parseFeedText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    const where = at ? ` (${at.line}:${at.column})` : '';
    const looksLikeHtml = /^\s*</.test(text);
    return {
      feed: null,
      problems: [
        {
          severity: 'error',
          code: 'not-json',
          path: '$',
          message: looksLikeHtml
            ? {
                fr: 'la réponse est une page HTML, pas un flux JSON',
                en: 'the response is an HTML page, not a JSON feed',
              }
            : {
                fr: `JSON invalide${where}`,
                en: `malformed JSON${where}`,
              },
        },
      ],
    };
  }
  return parseFeed(value);
}
