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

const DAY_MS = 86_400_000;

/** Tick labels that differ from one another: days for a span of a few months, months for longer ones. */
export function pickTimeTickFormat(rows: readonly { t: number }[]): (t: number) => string {
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? 0;
  const span = (last - first) / DAY_MS;
  return span <= 200 ? (t) => new Date(t).toISOString().slice(0, 10) : (t) => new Date(t).toISOString().slice(0, 7);
}
