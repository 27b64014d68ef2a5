/**
 * The feed parser's core, without zod. It never throws: whatever the input, it returns the valid
 * data it could keep and the list of problems, each with the item id, a JSON path and a reason in
 * French and English.
 *
 * Items are checked by the validators generated from the zod schemas (validators.ts): the
 * common case, a valid item, costs a few times `JSON.parse` and needs no zod. An item that fails
 * is dropped at once, with a provisional reason; `explain` (explain.ts, which loads zod) then
 * replaces the reason with the precise one: which field, and why. parse.ts runs both at once for
 * the command-line tools and npm users; the widgets' client loads explain.ts only when a feed has
 * an invalid item.
 */
import type { CollectionName, Feed } from './schema.js';
import { FAIL, validators, type ValidatorName } from './validators.js';
import { swapUrlCollector } from './url.js';

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

export function joinPath(base: string, path: readonly PropertyKey[]): string {
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

  /** Adds a problem; `false` when the list is full and it was only counted. */
  add(problem: FeedProblem): boolean {
    if (this.problems.length < this.max) {
      this.problems.push(problem);
      return true;
    }
    this.overflow += 1;
    return false;
  }

  /** Adds the problems of `other` after these, and counts what `other` only counted. */
  append(other: ProblemList): void {
    for (const problem of other.problems) this.add(problem);
    this.overflow += other.overflow;
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

/** An item dropped by its validator, whose precise reason zod gives (explain.ts). */
export interface Unexplained {
  /** The problem as listed, with a provisional reason; `explain` rewrites its path and message. */
  problem: FeedProblem;
  validator: ValidatorName;
  value: unknown;
  /** Where the item stands: `initiatives[12]`, `campaign`. */
  path: string;
}

/** What the core gives: the result, and the dropped items whose reason is still to be told. */
export interface CoreResult extends ParseResult {
  unexplained: Unexplained[];
}

/** The provisional reason of a dropped item, until (or unless) zod tells the precise one. */
export function droppedItem(
  path: string,
  itemId: string | undefined,
  why: { fr: string; en: string },
) {
  return {
    fr: `${itemId ? `« ${itemId} » ` : ''}ignoré : ${path} : ${why.fr}`,
    en: `${itemId ? `"${itemId}" ` : ''}dropped: ${path}: ${why.en}`,
  };
}

const INVALID = { fr: 'valeur invalide', en: 'invalid value' };

const droppedLinks: Array<{ field: string; value: string }> = [];

/**
 * Checks one item with its validator while `droppedLinks` collects the links it drops (the
 * caller installs the collector); returns the parsed value, or `undefined` after recording why
 * not. The item's path (`initiatives[12]`) is only written out when there is something to report.
 */
function checkItem<T>(
  validator: ValidatorName,
  validate: (value: unknown) => unknown,
  value: unknown,
  name: string,
  index: number | undefined,
  problems: ProblemList,
  unexplained: Unexplained[],
): T | undefined {
  // The common case, a valid item with safe links, allocates nothing: one list receives the
  // dropped links of every item (checking one item is synchronous and never re-entered).
  const links = droppedLinks;
  if (links.length) links.length = 0;
  const parsed = validate(value);
  if (parsed !== FAIL && !links.length) return parsed as T;
  const itemId = itemIdOf(value);
  const path = index === undefined ? name : `${name}[${index}]`;
  if (parsed === FAIL) {
    const problem: FeedProblem = {
      severity: 'error',
      code: 'invalid-item',
      path,
      itemId,
      message: droppedItem(path, itemId, INVALID),
    };
    if (problems.add(problem)) unexplained.push({ problem, validator, value, path });
    return undefined;
  }
  for (const link of links.splice(0)) {
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
  return parsed as T;
}

/** `checkItem` for one item on its own (the campaign, the summary). */
function parseItem<T>(
  validator: ValidatorName,
  value: unknown,
  name: string,
  problems: ProblemList,
  unexplained: Unexplained[],
): T | undefined {
  const previous = swapUrlCollector(droppedLinks);
  try {
    return checkItem<T>(
      validator,
      validators[validator],
      value,
      name,
      undefined,
      problems,
      unexplained,
    );
  } finally {
    swapUrlCollector(previous);
  }
}

/** What one collection's parse keeps between its batches. */
interface CollectionRun {
  name: CollectionName;
  validate: (value: unknown) => unknown;
  raw: unknown[];
  out: unknown[];
  /** The keys kept so far (ids; territories for `parts`): a later copy is a duplicate. */
  seen: Set<string>;
  problems: ProblemList;
  unexplained: Unexplained[];
  /** For initiatives and events: what their references must name, and where unknown ones go. */
  references?: References;
}

/**
 * Items `from` to `to` of a collection: a plain loop, out of the generator (whose frames the
 * engine optimises less), with the link collector installed once for the batch.
 */
function parseBatch(run: CollectionRun, from: number, to: number): void {
  const { name, validate, raw, out, seen, problems, unexplained, references } = run;
  const previous = swapUrlCollector(droppedLinks);
  try {
    for (let index = from; index < to; index += 1) {
      const value: unknown = raw[index];
      // Like `forEach`: holes of a sparse array (not JSON, but any value may come in) are skipped.
      if (value === undefined && !(index in raw)) continue;
      const item = checkItem(name, validate, value, name, index, problems, unexplained);
      if (item === undefined) continue;
      // A kept item's key is valid already (a string of at most 120 characters).
      const key =
        name === 'parts' ? (item as { territory: string }).territory : (item as { id?: string }).id;
      if (key !== undefined) {
        // One lookup, not two: the set grows unless the key was in it already.
        const before = seen.size;
        seen.add(key);
        if (seen.size === before) {
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
      }
      if (references && !referencesKnown(item as ItemReferences, references.known))
        findUnknownReferences(
          [
            {
              ...(item as ItemReferences),
              collection: name as ItemReferences['collection'],
              index,
            },
          ],
          references.known,
          (problem) => references.problems.add(problem),
        );
      out.push(item);
    }
  } finally {
    swapUrlCollector(previous);
  }
}

/**
 * Parses a collection item by item, `STEP` items between two pause points (where the
 * asynchronous driver may yield to the page). `seen` receives the keys kept; `references`,
 * for initiatives and events, what their references must name and where unknown ones go.
 */
function* parseCollection<K extends CollectionName>(
  name: K,
  raw: unknown,
  problems: ProblemList,
  unexplained: Unexplained[],
  seen = new Set<string>(),
  references?: References,
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
  const run: CollectionRun = {
    name,
    validate: validators[name],
    raw,
    out,
    seen,
    problems,
    unexplained,
    references,
  };
  for (let from = 0; from < raw.length; from += STEP) {
    if (from) yield;
    parseBatch(run, from, Math.min(raw.length, from + STEP));
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

type Known = Parameters<typeof findUnknownReferences>[1];

/**
 * The ids the feed's networks, themes and territories keep (their lists come first), and the
 * warnings about references to anything else: listed after every other problem, as when the
 * references were checked in a pass of their own.
 */
interface References {
  known: Known;
  problems: ProblemList;
}

function allKnown(ids: readonly string[] | undefined, known: Set<string>): boolean {
  if (!known.size || !ids) return true;
  for (let i = 0; i < ids.length; i++) if (!known.has(ids[i]!)) return false;
  return true;
}

/**
 * Whether every reference of a kept initiative or event is known (nearly every one): three set
 * lookups; only the others go through `findUnknownReferences` for their warnings. Checked as the
 * item is kept, against the ids the feed's earlier lists left in their `seen` sets: no second
 * pass over the items, no second set of ids.
 */
function referencesKnown(item: ItemReferences, known: Known): boolean {
  return (
    (!known.networks.size || known.networks.has(item.network)) &&
    allKnown(item.themes, known.themes) &&
    allKnown(item.territories, known.territories)
  );
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
 * Validates an already-decoded JSON value as a v1 feed, without zod: dropped items keep their
 * provisional reason, listed in `unexplained`. Never throws.
 */
export function parseFeedCore(input: unknown, options: ParseOptions = {}): CoreResult {
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
 * Runs `steps` to its end in slices of at most about `sliceMs` of work, yielding to the page
 * between them, so that long work never blocks the host page in one long task.
 */
async function runSliced<T>(steps: Generator<void, T>, sliceMs: number): Promise<T> {
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

/**
 * `parseFeedCore` in slices of at most about `sliceMs` of work, yielding to the page between
 * them: a large monolithic feed never blocks the main thread in one long task. Same result.
 */
export function parseFeedCoreAsync(input: unknown, sliceMs = 12): Promise<CoreResult> {
  return runSliced(parseSteps(input), sliceMs);
}

/** Dropped items explained between two pause points. */
const EXPLAIN_STEP = 10;

function* explainSteps(
  list: readonly Unexplained[],
  explain: (items: readonly Unexplained[]) => void,
): Generator<void, void> {
  for (let start = 0; start < list.length; start += EXPLAIN_STEP) {
    if (start) yield;
    explain(list.slice(start, start + EXPLAIN_STEP));
  }
}

/**
 * Runs `explain` (explain.ts) over the dropped items in slices, like the parse itself: up to 500
 * items go through zod (about 0.05 ms each on a desktop, four times that on a slow phone), and a
 * feed of junk must not block the host page.
 */
export function explainInSteps(
  list: readonly Unexplained[],
  explain: (items: readonly Unexplained[]) => void,
  sliceMs = 12,
): Promise<void> {
  return runSliced(explainSteps(list, explain), sliceMs);
}

function* parseSteps(input: unknown, maxProblems?: number): Generator<void, CoreResult> {
  const problems = new ProblemList(maxProblems);
  const unexplained: Unexplained[] = [];
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
      return { feed: null, problems: problems.finish(), unexplained };
    }
    const header = validators.header(input) as Pick<Feed, 'generatedAt'> | typeof FAIL;
    if (header === FAIL) {
      const version = input.version;
      const known = version === undefined ? undefined : String(version).slice(0, 20);
      problems.add({
        severity: 'error',
        code: 'unsupported-version',
        // zod's first issue, in the header's field order.
        path: validators.header({ version }) === FAIL ? '$.version' : '$.generatedAt',
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
      return { feed: null, problems: problems.finish(), unexplained };
    }
    const campaign =
      input.campaign === undefined
        ? undefined
        : parseItem<Feed['campaign']>(
            'campaign',
            input.campaign,
            'campaign',
            problems,
            unexplained,
          );
    // The ids each list keeps, which the initiatives' and events' references must name.
    const known: Known = { networks: new Set(), themes: new Set(), territories: new Set() };
    const references: References = { known, problems: new ProblemList(maxProblems) };
    const feed: Feed = {
      version: 1,
      generatedAt: header.generatedAt,
      campaign,
      networks: yield* parseCollection(
        'networks',
        input.networks,
        problems,
        unexplained,
        known.networks,
      ),
      themes: yield* parseCollection('themes', input.themes, problems, unexplained, known.themes),
      territories: yield* parseCollection(
        'territories',
        input.territories,
        problems,
        unexplained,
        known.territories,
      ),
      initiatives: yield* parseCollection(
        'initiatives',
        input.initiatives,
        problems,
        unexplained,
        undefined,
        references,
      ),
      events: yield* parseCollection(
        'events',
        input.events,
        problems,
        unexplained,
        undefined,
        references,
      ),
      parts: yield* parseCollection('parts', input.parts, problems, unexplained),
    };
    // v1.1 (published index): figures and shard list; absent from a plain v1 document.
    if (input.summary !== undefined) {
      const summary = parseItem<Feed['summary']>(
        'summary',
        input.summary,
        'summary',
        problems,
        unexplained,
      );
      if (summary) feed.summary = summary;
    }
    if (input.shards !== undefined)
      feed.shards = yield* parseCollection('shards', input.shards, problems, unexplained);
    problems.append(references.problems);
    return { feed, problems: problems.finish(), unexplained };
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
    return { feed: null, problems: problems.finish(), unexplained };
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

/** Decodes JSON text and validates it (without zod). Malformed JSON is reported with line and column. */
export function parseFeedTextCore(text: string): CoreResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { feed: null, problems: [notJson(text, error)], unexplained: [] };
  }
  return parseFeedCore(value);
}

/** The problem of text that is not JSON: where, and whether it is an HTML page. */
export function notJson(text: string, error: unknown): FeedProblem {
  const at = jsonErrorPosition(text, error);
  const where = at ? ` (${at.line}:${at.column})` : '';
  const looksLikeHtml = /^\s*</.test(text);
  return {
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
  };
}
