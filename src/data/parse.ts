/**
 * The feed parser, for the command-line tools and npm users: parse-core.ts validates the feed
 * with the generated validators, and explain.ts (zod) gives each dropped item its precise reason,
 * before the result is returned. The widgets' client uses the core directly and loads the
 * explanations only when a feed has an invalid item.
 */
import { explain } from './explain.js';
import {
  explainInSteps,
  parseFeedCore,
  parseFeedCoreAsync,
  parseFeedTextCore,
  type CoreResult,
  type ParseOptions,
  type ParseResult,
} from './parse-core.js';

export {
  findUnknownReferences,
  MAX_PROBLEMS,
  yieldToMain,
  type FeedProblem,
  type ItemReferences,
  type ParseOptions,
  type ParseResult,
  type ProblemSeverity,
} from './parse-core.js';

function explained({ feed, problems, unexplained }: CoreResult): ParseResult {
  explain(unexplained);
  return { feed, problems };
}

/**
 * Validates an already-decoded JSON value as a v1 feed.
 * Never throws; returns the kept data (or `null`) and the problems found.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return explained(parseFeedCore(input, options));
}

/**
 * `parseFeed` in slices of at most about `sliceMs` of work, yielding to the page between them:
 * a large monolithic feed never blocks the main thread in one long task. Same result.
 */
export async function parseFeedAsync(input: unknown, sliceMs = 12): Promise<ParseResult> {
  const { feed, problems, unexplained } = await parseFeedCoreAsync(input, sliceMs);
  await explainInSteps(unexplained, explain, sliceMs);
  return { feed, problems };
}

/** Decodes JSON text and validates it. Malformed JSON is reported with line and column. */
export function parseFeedText(text: string): ParseResult {
  return explained(parseFeedTextCore(text));
}
