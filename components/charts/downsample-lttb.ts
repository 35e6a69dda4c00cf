import type { ChartPoint } from "./gap-aware-series";

/** About as many points as a chart a few hundred pixels wide can show apart; more only cost drawing time. */
export const maxDrawnPoints = 1000;

type Present = ChartPoint & { value: number };

/**
 * Largest-Triangle-Three-Buckets on one unbroken run of points: keeps the first and last point and, from each bucket
 * between, the point that makes the largest triangle with its neighbours, so peaks and troughs survive.
 */
export function lttb(points: Present[], threshold: number): Present[] {
  if (threshold >= points.length || threshold < 3) return threshold < 3 ? points.slice(0, Math.max(0, threshold)) : points;
  const sampled: Present[] = [points[0] as Present];
  const bucketSize = (points.length - 2) / (threshold - 2);
  let previous = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, points.length);
    let avgT = 0;
    let avgV = 0;
    for (let index = nextStart; index < nextEnd; index++) {
      avgT += (points[index] as Present).t;
      avgV += (points[index] as Present).value;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgT /= count;
    avgV /= count;
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const anchor = points[previous] as Present;
    let best = start;
    let bestArea = -1;
    for (let index = start; index < end; index++) {
      const point = points[index] as Present;
      const area = Math.abs((anchor.t - avgT) * (point.value - anchor.value) - (anchor.t - point.t) * (avgV - anchor.value));
      if (area > bestArea) {
        bestArea = area;
        best = index;
      }
    }
    sampled.push(points[best] as Present);
    previous = best;
  }
  sampled.push(points[points.length - 1] as Present);
  return sampled;
}

/** Splits a gap-aware series at its empty points into unbroken runs of present points. */
export function splitAtGaps(points: ChartPoint[]): Present[][] {
  const runs: Present[][] = [];
  let current: Present[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(point as Present);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * At most `budget` present points (plus the empty points that mark gaps), shared among the unbroken runs in
 * proportion to their length; the empty points stay, so gaps are still drawn as breaks.
 */
export function downsampleGapAware(points: ChartPoint[], budget = maxDrawnPoints): ChartPoint[] {
  const runs = splitAtGaps(points);
  const total = runs.reduce((sum, run) => sum + run.length, 0);
  if (total <= budget) return points;
  const shares = runs.map((run) => Math.min(run.length, Math.max(3, Math.floor((budget * run.length) / total))));
  const gapMarkers = points.filter((point) => point.value === null);
  const sampled = runs.flatMap((run, index) => lttb(run, shares[index] as number));
  return [...sampled, ...gapMarkers].sort((a, b) => a.t - b.t);
}
