"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactAmount, formatUsdPrice } from "@/lib/format/numbers";

export type ScenarioChartPoint = { t: number; day: string; value: number | null };

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const yearOf = (t: number) => new Date(t).toISOString().slice(0, 4);

type Props = {
  points: ScenarioChartPoint[];
  label: string;
  scale: "linear" | "log";
  kind: "supply" | "price";
  testId: string;
  seriesName: string;
};

/** One simulated series over time; days with no value (a price once all supply is burned) leave a gap. */
export function ScenarioChart({ points, label, scale, kind, testId, seriesName }: Props) {
  const format = (value: number) => (kind === "price" ? formatUsdPrice(value) : formatCompactAmount(value));
  // A log axis has no place for zero: those points become gaps.
  const drawn = scale === "log" ? points.map((point) => (point.value !== null && point.value > 0 ? point : { ...point, value: null })) : points;
  return (
    <figure className="min-w-0 rounded-lg border border-border bg-card p-3" data-testid={testId} data-points={drawn.filter((point) => point.value !== null).length} data-scale={scale}>
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      <div className="h-64 w-full sm:h-80">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={drawn} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={yearOf} stroke="var(--muted)" fontSize={12} minTickGap={24} />
            <YAxis dataKey="value" scale={scale} domain={["auto", "auto"]} allowDataOverflow tickFormatter={(value: number) => format(value)} stroke="var(--muted)" fontSize={12} width={92} />
            <Tooltip
              labelFormatter={(t) => dayOf(Number(t))}
              formatter={(value) => [format(Number(value)), seriesName]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            <Line type="linear" dataKey="value" name={seriesName} stroke="var(--accent)" dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
