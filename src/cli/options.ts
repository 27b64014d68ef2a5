/// <reference types="node" />
/**
 * The command line's options (per command), the context every command runs with, and the
 * helpers that read and check option values: a bad value is a usage error (exit code 2) with
 * its message in French and English.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../i18n/localize.js';
import { formatProblem, type LoadedFeed } from './feed-io.js';
import { Progress, UsageError } from './io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON: Options = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
};

const OUTPUT: Options = { output: { type: 'string', short: 'o' } };
const FILTERS: Options = {
  network: { type: 'string' },
  territory: { type: 'string' },
  from: { type: 'string' },
};

export const COMMANDS: Record<string, Options> = {
  validate: {
    strict: { type: 'boolean' },
    format: { type: 'string' },
    'max-problems': { type: 'string' },
    campaign: { type: 'string' },
  },
  merge: {
    ...OUTPUT,
    campaign: { type: 'string' },
    base: { type: 'string' },
    'max-problems': { type: 'string' },
    'generated-at': { type: 'string' },
    compact: { type: 'boolean' },
    strict: { type: 'boolean' },
  },
  publish: {
    ...OUTPUT,
    'page-size': { type: 'string' },
  },
  split: {
    ...OUTPUT,
    'base-url': { type: 'string' },
    index: { type: 'string' },
    compact: { type: 'boolean' },
  },
  'export ics': {
    ...OUTPUT,
    ...FILTERS,
    name: { type: 'string' },
    refresh: { type: 'string' },
    now: { type: 'string' },
  },
  'export jsonfeed': {
    ...OUTPUT,
    ...FILTERS,
    only: { type: 'string' },
    'feed-url': { type: 'string' },
    'home-page-url': { type: 'string' },
    title: { type: 'string' },
    limit: { type: 'string' },
    now: { type: 'string' },
  },
  'import ics': {
    ...OUTPUT,
    network: { type: 'string' },
    'network-name': { type: 'string' },
    territory: { type: 'string', multiple: true },
    'time-zone': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    now: { type: 'string' },
  },
  schema: { ...OUTPUT },
  build: {
    ...OUTPUT,
    'generated-at': { type: 'string' },
    previous: { type: 'string' },
    'max-size': { type: 'string' },
    'ics-timeout': { type: 'string' },
    'page-size': { type: 'string' },
  },
  init: { force: { type: 'boolean' } },
};

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Context {
  lang: Lang;
  values: Values;
  positionals: string[];
  progress: Progress;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const usage = (fr: string, en: string) => new UsageError({ fr, en });

export function str(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function dateOption(values: Values, name: string): number | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms))
    throw usage(
      `--${name} : date invalide « ${raw} » (exemple : 2027-04-08 ou 2027-04-08T09:00:00+02:00)`,
      `--${name}: invalid date "${raw}" (example: 2027-04-08 or 2027-04-08T09:00:00+02:00)`,
    );
  return ms;
}

export function intOption(values: Values, name: string): number | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw usage(`--${name} : entier positif attendu`, `--${name}: a positive integer is expected`);
  return Number(raw);
}

export function urlOption(values: Values, name: string): string | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  if (!/^https?:\/\/[^/\s]+/i.test(raw))
    throw usage(
      `--${name} : URL http(s) absolue attendue`,
      `--${name}: an absolute http(s) URL is expected`,
    );
  return raw;
}

export function needOne(ctx: Context, what: { fr: string; en: string }): string {
  if (ctx.positionals.length !== 1)
    throw usage(
      `un seul argument attendu : ${what.fr}`,
      `exactly one argument expected: ${what.en}`,
    );
  return ctx.positionals[0]!;
}

/** Prints the problems of a loaded feed and fails when it could not be read as v1 at all. */
export function requireFeed(ctx: Context, loaded: LoadedFeed): NonNullable<LoadedFeed['feed']> {
  for (const problem of loaded.problems)
    if (problem.severity === 'error' || !loaded.feed)
      ctx.err(formatProblem(problem, ctx.lang, `${loaded.source}: `));
  if (!loaded.feed)
    throw usage(
      `${loaded.source} n’est pas un flux v1 lisible`,
      `${loaded.source} is not a readable v1 feed`,
    );
  return loaded.feed;
}
