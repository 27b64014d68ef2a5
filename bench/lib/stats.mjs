/** Summaries of repeated measurements: median and spread (min, max, relative spread). */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (!n) return { median: NaN, p90: NaN, min: NaN, max: NaN, n: 0, spread: NaN, samples: [] };
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    median: round(median),
    /**
     * The value 90 % of the samples do not exceed (nearest rank): for keystrokes, what the slower
     * letters cost, which the median of a two-group distribution does not show.
     */
    p90: round(sorted[Math.ceil(0.9 * n) - 1]),
    min: round(sorted[0]),
    max: round(sorted[n - 1]),
    n,
    /** (max - min) / median: how much the runs disagree on this loaded machine. */
    spread: median ? round((sorted[n - 1] - sorted[0]) / median) : 0,
    samples: samples.map(round),
  };
}

export const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);

export const ms = (s) =>
  s && Number.isFinite(s.median)
    ? `${fix(s.median)} ms (${fix(s.min)}–${fix(s.max)}, n=${s.n})`
    : '—';
export const fix = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const kB = (bytes) => (bytes == null ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
