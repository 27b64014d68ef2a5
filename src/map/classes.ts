/**
 * Numbered classes for the map's shading: at most four, contiguous ranges of whole numbers from
 * 1 to the largest count, so that the legend reads "1", "2 à 3", "4 à 10", "11 à 42" and every
 * count falls in exactly one. Few distinct values get one class each; more get quartiles.
 */
export interface MapClass {
  /** 1 to 4: the number the legend shows, and the height of the tile's bar. */
  readonly index: number;
  readonly min: number;
  readonly max: number;
}

export const MAX_CLASSES = 4;

export function classesOf(values: Iterable<number>): MapClass[] {
  const positive = [...values].filter((v) => v > 0 && Number.isFinite(v)).sort((a, b) => a - b);
  if (!positive.length) return [];
  const distinct = [...new Set(positive)];
  const uppers =
    distinct.length <= MAX_CLASSES
      ? distinct
      : [
          ...new Set([
            ...[0.25, 0.5, 0.75].map((q) => positive[Math.ceil(q * positive.length) - 1]!),
            distinct.at(-1)!,
          ]),
        ];
  let min = 1;
  return uppers.map((max, i) => {
    const range = { index: i + 1, min, max };
    min = max + 1;
    return range;
  });
}

/** The class of a count (0 for none). */
export function classOf(value: number, classes: readonly MapClass[]): number {
  if (!(value > 0)) return 0;
  return classes.find((c) => value <= c.max)?.index ?? classes.length;
}
