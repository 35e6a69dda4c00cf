"use client";

import { memo } from "react";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FanPoint } from "./run-page-scenario";
import { formatChartValue, yearOf } from "./scenario-charts";

type Props = {
  points: FanPoint[];
  label: string;
  scale: "linear" | "log";
  kind: "supply" | "price";
  testId: string;
  color: string;
};

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function formatTooltipValue(kind: "supply" | "price", value: unknown): string {
  if (Array.isArray(value)) return value.map((part) => formatChartValue(kind, Number(part))).join(" – ");
  return formatChartValue(kind, Number(value));
}

/** The uncertainty fan: 5th–95th and 25th–75th percentile ranges as shaded areas, the median as a line. */
export const FanChart = memo(function FanChart({ points, label, scale, kind, testId, color }: Props) {
  return (
    <figure className="min-w-0 rounded-lg border border-border bg-card p-3" data-testid={testId} data-points={points.filter((point) => point.outer !== null).length} data-scale={scale}>
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      <div className="h-64 w-full sm:h-80">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={yearOf} stroke="var(--muted)" fontSize={12} minTickGap={24} />
            <YAxis scale={scale} domain={["auto", "auto"]} allowDataOverflow tickFormatter={(value: number) => formatChartValue(kind, value)} stroke="var(--muted)" fontSize={12} width={92} />
            <Tooltip
              labelFormatter={(t) => dayOf(Number(t))}
              formatter={(value, name) => [formatTooltipValue(kind, value), name]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Area type="linear" dataKey="outer" name="5th–95th percentile" stroke="none" fill={color} fillOpacity={0.15} isAnimationActive={false} connectNulls={false} />
            <Area type="linear" dataKey="inner" name="25th–75th percentile" stroke="none" fill={color} fillOpacity={0.3} isAnimationActive={false} connectNulls={false} />
            <Line type="linear" dataKey="median" name="Median" stroke={color} dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
