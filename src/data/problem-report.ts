/**
 * Counts and describes the problems of a feed load, for the one console warning and the
 * `tis-feed-problems` event of a partly invalid feed. A chunk of its own on the CDN (vite.config.ts),
 * loaded by the feed client only when a load has problems: a clean feed never downloads it.
 */
import type { FeedProblemCounts } from './client.js';
import type { FeedProblem } from './parse-core.js';

function reasonOf(problem: FeedProblem): string {
  // `initiatives[12].image.url` → `initiatives.image.url`: one reason for every item.
  const where = problem.path.replace(/\[\d+\]/g, '');
  if (problem.code === 'invalid-item') {
    // The parser's English message ends with the reason: `... dropped: <path>: <reason>`.
    const at = problem.message.en.lastIndexOf(`${problem.path}: `);
    const why = at >= 0 ? problem.message.en.slice(at + problem.path.length + 2) : '';
    return `invalid ${where}${why ? ` (${why})` : ''}`;
  }
  if (problem.code === 'unsafe-url') return `unsafe-url ${where}`;
  if (problem.code === 'too-many-problems') return 'not listed';
  return problem.code;
}

/** Counts problems by reason (a parsed feed lists each dropped item and removed link once). */
export function countFeedProblems(problems: readonly FeedProblem[]): FeedProblemCounts {
  const byReason: Record<string, number> = {};
  let dropped = 0;
  let linksRemoved = 0;
  let unknownReferences = 0;
  let unlisted = 0;
  for (const problem of problems) {
    let count = 1;
    if (problem.code === 'too-many-problems') {
      // The closing summary line stands for many problems of every kind: counted apart.
      count = Number(/\d+/.exec(problem.message.en)?.[0] ?? 0);
      unlisted += count;
    } else if (problem.code === 'unsafe-url') linksRemoved += 1;
    else if (problem.code === 'unknown-reference') unknownReferences += 1;
    else dropped += 1;
    const reason = reasonOf(problem);
    byReason[reason] = (byReason[reason] ?? 0) + count;
  }
  return { dropped, linksRemoved, unknownReferences, unlisted, byReason };
}

/** One readable line: `12 items dropped, 1 link removed, 0 unknown references (invalid initiatives.title: 8, …)`. */
export function describeFeedProblems(counts: FeedProblemCounts): string {
  const reasons = Object.entries(counts.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${reason}: ${count}`);
  const shown = reasons.slice(0, 12).join(', ') + (reasons.length > 12 ? ', …' : '');
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    plural(counts.dropped, 'item dropped', 'items dropped'),
    plural(counts.linksRemoved, 'link removed', 'links removed'),
    plural(counts.unknownReferences, 'unknown reference', 'unknown references'),
  ];
  if (counts.unlisted) parts.push(`${counts.unlisted} more not listed`);
  return `${parts.join(', ')} (${shown})`;
}
