"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ResolvedChart } from "@/lib/articles/figure-types";
import { formatAxisValue, isolatedKey, pickTimeTickFormat, toChartRows } from "./chart-data";

const colors = ["var(--accent)", "#e07b39", "#3a9d5d", "#9b59b6", "#c0392b"];
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One live chart of an article; its data was read from the store when the page was rendered. */
export function ArticleChart({ chart }: { chart: ResolvedChart }) {
  const rows = toChartRows(chart);
  const tickOf = pickTimeTickFormat(rows);
  const axis = {
    x: <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={tickOf} stroke="var(--muted)" fontSize={12} minTickGap={24} />,
    y: <YAxis scale={chart.scale} domain={["auto", "auto"]} allowDataOverflow tickFormatter={(value: number) => formatAxisValue(value, chart.unit)} stroke="var(--muted)" fontSize={12} width={64} />,
    tooltip: (
      <Tooltip
        labelFormatter={(t) => dayOf(Number(t))}
        formatter={(value, name) => [formatAxisValue(Number(value), chart.unit), chart.series.find((series) => series.key === name)?.label ?? String(name)]}
        contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
      />
    ),
  };
  return (
    <div className="h-72 w-full" data-testid="article-chart-plot">
      <ResponsiveContainer width="100%" height="100%">
        {chart.kind === "bar" ? (
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            {axis.x}
            {axis.y}
            {axis.tooltip}
            {chart.series.length > 1 ? <Legend formatter={(key) => chart.series.find((series) => series.key === key)?.label ?? key} /> : null}
            {chart.series.map((series, index) => (
              <Bar key={series.key} dataKey={series.key} fill={colors[index % colors.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            {axis.x}
            {axis.y}
            {axis.tooltip}
            {chart.series.length > 1 ? <Legend formatter={(key) => chart.series.find((series) => series.key === key)?.label ?? key} /> : null}
            {chart.series.map((series, index) => (
              <Line key={series.key} type="linear" dataKey={series.key} stroke={colors[index % colors.length]} dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
            ))}
            {/* A point with no neighbour draws no line: its companion series shows it as a dot. */}
            {chart.series.map((series, index) => (
              <Line key={isolatedKey(series.key)} type="linear" dataKey={isolatedKey(series.key)} stroke="none" dot={{ r: 3, fill: colors[index % colors.length], stroke: "none" }} legendType="none" tooltipType="none" isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
