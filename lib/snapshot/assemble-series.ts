import { addDays, countDays, findMissingRanges } from "@/lib/days/utc-day";
import type { SeriesEntry } from "./series-catalog";
import { SNAPSHOT_SCHEMA_VERSION, type Coverage, type SnapshotSeries } from "./snapshot-format";

type ParsedSeries = { entry: SeriesEntry; points: SnapshotSeries["points"]; quirksHandled: string[] };

/** Every day a point covers (a weekly burn covers seven). */
function coveredDays(points: SnapshotSeries["points"]): string[] {
  return points.flatMap((point) => {
    const periodDays = "periodDays" in point ? point.periodDays : 1;
    return Array.from({ length: periodDays }, (_, offset) => addDays(point.day, offset));
  });
}

export function computeCoverage(points: SnapshotSeries["points"]): Coverage {
  const days = coveredDays(points).sort();
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  if (!firstDay || !lastDay) throw new Error("a series needs at least one point");
  const missingRanges = findMissingRanges(days, firstDay, lastDay);
  return { firstDay, lastDay, pointCount: points.length, missingDayCount: countDays(missingRanges), missingRanges };
}

/**
 * Where two series of one token and kind cover a day, the one of higher priority keeps it and the other drops it,
 * so that every stored day has exactly one source. Burns of different kinds never compete.
 */
export function resolveOverlaps(parsed: ParsedSeries[]): ParsedSeries[] {
  const competitionKey = (series: ParsedSeries) =>
    series.entry.kind === "burns" ? `${series.entry.token}/burns/${series.entry.seriesId}` : `${series.entry.token}/${series.entry.kind}`;
  return parsed.map((series) => {
    const rivals = parsed.filter((other) => other !== series && competitionKey(other) === competitionKey(series) && other.entry.priority > series.entry.priority);
    if (rivals.length === 0) return series;
    const taken = new Set(rivals.flatMap((rival) => rival.points.map((point) => point.day)));
    const kept = series.points.filter((point) => !taken.has(point.day));
    const dropped = series.points.filter((point) => taken.has(point.day)).map((point) => point.day);
    if (dropped.length === 0) return series;
    const note = `${dropped.length} days (${dropped[0]} to ${dropped[dropped.length - 1]}) left to ${rivals.map((rival) => rival.entry.seriesId).join(", ")}, which is preferred there`;
    return { ...series, points: kept as SnapshotSeries["points"], quirksHandled: [...series.quirksHandled, note] };
  });
}

export function toSnapshotSeries({ entry, points, quirksHandled }: ParsedSeries): SnapshotSeries {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    seriesId: entry.seriesId,
    token: entry.token,
    kind: entry.kind,
    unit: entry.unit,
    source: entry.source,
    coverage: computeCoverage(points),
    quirksHandled,
    points,
  } as SnapshotSeries;
}
