"use client";

import { memo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactAmount, formatUsdPrice } from "@/lib/format/numbers";
import type { ChartPoint } from "./run-page-scenario";

export type ChartSeries = { name: string; color: string; points: ChartPoint[] };

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
export const yearOf = (t: number) => new Date(t).toISOString().slice(0, 4);

export function formatChartValue(kind: "supply" | "price", value: number): string {
  return kind === "price" ? formatUsdPrice(value) : formatCompactAmount(value);
}

type Props = {
  series: ChartSeries[];
  label: string;
  scale: "linear" | "log";
  kind: "supply" | "price";
  testId: string;
};

/**
 * Simulated series over time, one line per scenario, each with its own dates (horizons may differ). Days with no
 * value (a price once all supply is burned, or zero on a log axis) leave a gap.
 */
export const ScenarioChart = memo(function ScenarioChart({ series, label, scale, kind, testId }: Props) {
  const drawn = series.map((one) => ({ ...one, points: scale === "log" ? one.points.map((point) => (point.value !== null && point.value > 0 ? point : { ...point, value: null })) : one.points }));
  const first = drawn[0]?.points ?? [];
  return (
    <figure
      className="min-w-0 rounded-lg border border-border bg-card p-3"
      data-testid={testId}
      data-points={first.filter((point) => point.value !== null).length}
      data-series={drawn.length}
      data-scale={scale}
      data-last-value={first.at(-1)?.value ?? ""}
    >
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      <div className="h-64 w-full sm:h-80">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={yearOf} stroke="var(--muted)" fontSize={12} minTickGap={24} allowDuplicatedCategory={false} />
            <YAxis dataKey="value" scale={scale} domain={["auto", "auto"]} allowDataOverflow tickFormatter={(value: number) => formatChartValue(kind, value)} stroke="var(--muted)" fontSize={12} width={92} />
            <Tooltip
              labelFormatter={(t) => dayOf(Number(t))}
              formatter={(value, name) => [formatChartValue(kind, Number(value)), name]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            {drawn.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
            {drawn.map((one) => (
              <Line key={one.name} data={one.points} type="linear" dataKey="value" name={one.name} stroke={one.color} dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
