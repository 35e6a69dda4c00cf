import type { ResolvedChart } from "@/lib/articles/figure-types";

export type ChartRow = { t: number } & Record<string, number | null>;

/** Recharts rows from a chart's points: time as epoch ms, values that a log axis cannot show (≤ 0) as gaps. */
export function toChartRows(chart: Pick<ResolvedChart, "points" | "series" | "scale">): ChartRow[] {
  return chart.points.map((point) => {
    const row: ChartRow = { t: Date.parse(`${point.day}T00:00:00Z`) };
    for (const { key } of chart.series) {
      const value = point.values[key] ?? null;
      row[key] = value !== null && chart.scale === "log" && value <= 0 ? null : value;
    }
    return row;
  });
}

/** "6.53T", "342M", "$0.0001": compact axis labels. */
export function formatAxisValue(value: number, unit: "usd" | "token"): string {
  const text = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 3 }).format(value);
  return unit === "usd" ? `$${text}` : text;
}
