/** Median of the measured values; NaN for none, so a missing measurement is visible, not zero. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Relative difference of `value` from `reference` (0.2 = 20% more). */
export function relativeChange(reference: number, value: number): number {
  return reference === 0 ? Number.NaN : (value - reference) / reference;
}
