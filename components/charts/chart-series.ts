import type { DayRange } from "@/lib/days/utc-day";
import type { PriceRowDto } from "@/lib/api-client/price-queries";
import type { SupplyRowDto } from "@/lib/api-client/supply-queries";
import type { ChartMetric } from "./chart-state";
import { alignOnDayGrid, normalizeToIndex, type DayValue, type NamedSeries } from "./compare-series";
import { downsampleGapAware, maxDrawnPoints } from "./downsample-lttb";
import { toGapAwareSeries } from "./gap-aware-series";

export type ChartLine = { key: string; label: string };
export type ChartRow = { t: number; day: string } & Record<string, number | null | string>;
export type ChartModel = {
  rows: ChartRow[];
  lines: ChartLine[];
  normalized: boolean;
  /** Per token, the runs of days inside its span that have no value: drawn as breaks. */
  gaps: { symbol: string; ranges: DayRange[] }[];
  drawnPoints: number;
  sourcePoints: number;
  firstDay: string | null;
  lastDay: string | null;
};

/** The metric's values out of the API's rows; supply amounts are exact decimal strings and become doubles only here. */
export function pickMetric(metric: ChartMetric, prices: PriceRowDto[], supply: SupplyRowDto[]): DayValue[] {
  if (metric === "supply") return supply.map((row) => ({ day: row.date, value: row.circulating === null ? null : Number(row.circulating) }));
  const field = metric === "price" ? "price_usd" : metric === "market_cap" ? "market_cap_usd" : "volume_usd";
  return prices.map((row) => ({ day: row.date, value: row[field] }));
}

function span(rows: { day: string }[]) {
  return { firstDay: rows[0]?.day ?? null, lastDay: rows[rows.length - 1]?.day ?? null };
}

/**
 * What the chart draws. One token: its own values, downsampled per unbroken run (LTTB). Several: each as an index of
 * its first value in the range (= 100), sampled on one shared grid of days so the lines line up under the crosshair.
 */
export function buildChartModel(main: NamedSeries, compared: NamedSeries[], budget = maxDrawnPoints): ChartModel {
  const all = [main, ...compared];
  const gaps = all.map((series) => ({ symbol: series.symbol, ranges: toGapAwareSeries(series.rows).gaps }));
  const sourcePoints = all.reduce((total, series) => total + series.rows.filter((row) => row.value !== null).length, 0);
  if (compared.length === 0) {
    const rows = downsampleGapAware(toGapAwareSeries(main.rows).points, budget) as ChartRow[];
    return { rows, lines: [{ key: "value", label: main.symbol }], normalized: false, gaps, drawnPoints: rows.filter((row) => row.value !== null).length, sourcePoints, ...span(rows) };
  }
  const { rows } = alignOnDayGrid(
    all.map((series) => ({ symbol: series.symbol, rows: normalizeToIndex(series.rows) })),
    budget,
  );
  const lines = all.map((series) => ({ key: series.symbol, label: series.symbol }));
  const drawnPoints = rows.reduce((total, row) => total + lines.filter((line) => typeof row[line.key] === "number").length, 0);
  return { rows, lines, normalized: true, gaps, drawnPoints, sourcePoints, ...span(rows) };
}

/** How many breaks the chart draws: one per run of missing days, over every line. */
export function countBreaks(model: ChartModel): number {
  return model.gaps.reduce((total, entry) => total + entry.ranges.length, 0);
}

/** Rows whose value has no drawn neighbour on either side: a line cannot show them, so they get a dot. */
export function isolatedIndexes(rows: ChartRow[], key: string): Set<number> {
  const has = (index: number) => typeof rows[index]?.[key] === "number";
  const isolated = new Set<number>();
  rows.forEach((_, index) => {
    if (has(index) && !has(index - 1) && !has(index + 1)) isolated.add(index);
  });
  return isolated;
}
