// Small statistics for the benchmark. Pure.

/**
 * The q-quantile (0 < q <= 1) of `sorted` (ascending) by the nearest-rank method: the
 * smallest sample with at least q of all samples at or below it. NaN for no samples.
 */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil(q * n)));
  return sorted[rank - 1]!;
}

/**
 * The middle item of `items` by `value` (the lower middle one of an even count): a round
 * of a benchmark that one slow or fast spell of the machine does not move. Undefined for none.
 */
export function medianBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[(sorted.length - 1) >> 1];
}

export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return Number.NaN;
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i]!;
  return total / xs.length;
}

/** Rounds for display in a report: `digits` decimals, as a number. */
export const roundTo = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
