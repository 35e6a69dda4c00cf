export type PercentileBands = { p5: number; p25: number; p50: number; p75: number; p95: number };

/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted ascending, interpolating linearly between neighbours (Hyndman & Fan
 * type 7, as in NumPy and R's default). The result is clamped to its neighbours so rounding can never put a lower
 * quantile above a higher one, and infinities pass through without producing NaN.
 */
export function computeQuantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) throw new RangeError("A quantile needs at least one value.");
  const position = (sorted.length - 1) * q;
  const lowerIndex = Math.floor(position);
  const lower = sorted[lowerIndex]!;
  const fraction = position - lowerIndex;
  if (fraction === 0) return lower;
  const upper = sorted[lowerIndex + 1]!;
  if (lower === upper) return lower;
  const value = lower + (upper - lower) * fraction;
  return Math.min(upper, Math.max(lower, value));
}

/** 5th, 25th, 50th, 75th and 95th percentiles. Sorts `values` in place, which is why it takes a scratch array. */
export function computePercentileBands(values: Float64Array): PercentileBands {
  values.sort();
  return {
    p5: computeQuantile(values, 0.05),
    p25: computeQuantile(values, 0.25),
    p50: computeQuantile(values, 0.5),
    p75: computeQuantile(values, 0.75),
    p95: computeQuantile(values, 0.95),
  };
}
