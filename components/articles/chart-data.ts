import type { ResolvedChart } from "@/lib/articles/figure-types";

export type ChartRow = { t: number } & Record<string, number | null>;

const DAY_MS = 86_400_000;

/** The key of the companion series that holds only a series' isolated points, drawn as dots. */
export const isolatedKey = (key: string) => `${key}__isolated`;

/**
 * Recharts rows from a chart's points: time as epoch ms, values that a log axis cannot show (≤ 0) as gaps. Where
 * the store has no rows for a stretch (longer than three of the series' usual steps), a row of nulls is put in so
 * the line breaks instead of bridging the gap; a point with no neighbour on either side is copied to its companion
 * series so it shows as a dot.
 */
export function toChartRows(chart: Pick<ResolvedChart, "points" | "series" | "scale">): ChartRow[] {
  const rows: ChartRow[] = chart.points.map((point) => {
    const row: ChartRow = { t: Date.parse(`${point.day}T00:00:00Z`) };
    for (const { key } of chart.series) {
      const value = point.values[key] ?? null;
      row[key] = value !== null && chart.scale === "log" && value <= 0 ? null : value;
    }
    return row;
  });
  const steps = rows.slice(1).map((row, index) => row.t - (rows[index] as ChartRow).t).sort((a, b) => a - b);
  const usualStep = steps[Math.floor(steps.length / 2)] ?? DAY_MS;
  const maxStep = Math.max(2 * DAY_MS, 3 * usualStep);
  const withBreaks: ChartRow[] = [];
  for (const row of rows) {
    const previous = withBreaks[withBreaks.length - 1];
    if (previous && row.t - previous.t > maxStep) {
      const gap: ChartRow = { t: previous.t + DAY_MS };
      for (const { key } of chart.series) gap[key] = null;
      withBreaks.push(gap);
    }
    withBreaks.push(row);
  }
  for (const { key } of chart.series) {
    withBreaks.forEach((row, index) => {
      const isolated = row[key] != null && withBreaks[index - 1]?.[key] == null && withBreaks[index + 1]?.[key] == null;
      row[isolatedKey(key)] = isolated ? (row[key] ?? null) : null;
    });
  }
  return withBreaks;
}

/** "6.53T", "342M", "$0.0001": compact axis labels. */
export function formatAxisValue(value: number, unit: "usd" | "token"): string {
  const text = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 }).format(value);
  return unit === "usd" ? `$${text}` : text;
}

/** Tick labels that differ from one another: days for a span of a few months, months for longer ones. */
export function pickTimeTickFormat(rows: readonly { t: number }[]): (t: number) => string {
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? 0;
  const span = (last - first) / DAY_MS;
  return span <= 200 ? (t) => new Date(t).toISOString().slice(0, 10) : (t) => new Date(t).toISOString().slice(0, 7);
}
