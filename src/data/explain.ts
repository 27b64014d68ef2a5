/**
 * Why an item was dropped, in zod's words: the field and the reason, in French and English.
 *
 * The parser's core (parse-core.ts) drops an item as soon as its generated validator refuses it;
 * this module, the only one of the parser that needs zod, parses those items again with their
 * zod schema and rewrites each problem with the first, most specific issue. The widgets load it
 * only when a feed has an invalid item (a lazy chunk of the CDN build); parse.ts imports it for
 * the command-line tools and npm users.
 */
import * as z from './zod.js';
import { droppedItem, joinPath, type Unexplained } from './parse-core.js';
import { campaignSchema, collectionSchemas, feedHeaderSchema, summarySchema } from './schema.js';
import { collectUnsafeUrls } from './url.js';
import type { ValidatorName } from './validators.js';

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

/** The zod schema of each generated validator. */
const SCHEMAS: Record<ValidatorName, z.core.$ZodType> = {
  ...collectionSchemas,
  campaign: campaignSchema,
  summary: summarySchema,
  header: feedHeaderSchema,
};

/**
 * Gives each dropped item its precise reason: the path of zod's first issue and why. An item that
 * zod accepts (it never should: test/data/validators.test.ts checks that the validators agree with
 * the schemas) keeps its provisional reason.
 */
export function explain(unexplained: readonly Unexplained[]): void {
  for (const { problem, validator, value, path } of unexplained) {
    // Links dropped on the way are not reported twice: the item is dropped anyway.
    const { result } = collectUnsafeUrls(() =>
      safeParseFast(SCHEMAS[validator], value, PARSE_CONTEXT),
    );
    if (result.success) continue;
    const issue = result.error.issues[0];
    if (!issue) continue;
    const at = joinPath(path, issue.path);
    problem.path = at;
    problem.message = droppedItem(at, problem.itemId, reason(issue));
  }
}
