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
  return interpolate(sorted[lowerIndex]!, sorted[lowerIndex + 1] ?? sorted[lowerIndex]!, position - lowerIndex);
}

function interpolate(lower: number, upper: number, fraction: number): number {
  if (fraction === 0 || lower === upper) return lower;
  const value = lower + (upper - lower) * fraction;
  return Math.min(upper, Math.max(lower, value));
}

function swap(values: Float64Array, left: number, right: number): void {
  const held = values[left]!;
  values[left] = values[right]!;
  values[right] = held;
}

/**
 * Rearranges values[low..high] so that every index in targets[first..last] (ascending) holds the value a full sort
 * would put there (Hoare partitions, median-of-three pivots). Each partition sends the targets to the side holding
 * them, so ten order statistics of ten thousand values cost a few passes, not a sort.
 */
function selectInPlace(values: Float64Array, targets: readonly number[], first: number, last: number, low: number, high: number): void {
  while (first <= last && high > low) {
    const middle = (low + high) >>> 1;
    // Median of three at `middle`, so sorted and constant runs split evenly.
    if (values[middle]! < values[low]!) swap(values, middle, low);
    if (values[high]! < values[low]!) swap(values, high, low);
    if (values[high]! < values[middle]!) swap(values, high, middle);
    const pivot = values[middle]!;
    let left = low;
    let right = high;
    while (left <= right) {
      while (values[left]! < pivot) left += 1;
      while (values[right]! > pivot) right -= 1;
      if (left <= right) {
        swap(values, left, right);
        left += 1;
        right -= 1;
      }
    }
    // Now values[low..right] ≤ pivot ≤ values[left..high], and anything strictly between equals the pivot.
    let lowerLast = first - 1;
    while (lowerLast < last && targets[lowerLast + 1]! <= right) lowerLast += 1;
    let upperFirst = lowerLast + 1;
    while (upperFirst <= last && targets[upperFirst]! < left) upperFirst += 1;
    selectInPlace(values, targets, first, lowerLast, low, right);
    first = upperFirst;
    low = left;
  }
}

const bandQuantiles = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * 5th, 25th, 50th, 75th and 95th percentiles, equal to `computeQuantile` on the sorted values. Reorders `values` in
 * place, which is why it takes a scratch array.
 */
export function computePercentileBands(values: Float64Array): PercentileBands {
  const count = values.length;
  if (count === 0) throw new RangeError("A quantile needs at least one value.");
  const positions = bandQuantiles.map((q) => (count - 1) * q);
  // Each percentile reads its order statistic and the next one up.
  const targets = [...new Set(positions.flatMap((position) => [Math.floor(position), Math.min(count - 1, Math.floor(position) + 1)]))].sort((a, b) => a - b);
  selectInPlace(values, targets, 0, targets.length - 1, 0, count - 1);
  const [p5, p25, p50, p75, p95] = positions.map((position) => {
    const lowerIndex = Math.floor(position);
    return interpolate(values[lowerIndex]!, values[Math.min(count - 1, lowerIndex + 1)]!, position - lowerIndex);
  });
  return { p5: p5!, p25: p25!, p50: p50!, p75: p75!, p95: p95! };
}
