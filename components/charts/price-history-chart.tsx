"use client";

import { useId, useState } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsdPrice } from "@/lib/format/numbers";
import type { ChartPoint } from "./gap-aware-series";

type Scale = "log" | "linear";

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const yearOf = (t: number) => new Date(t).toISOString().slice(0, 7);

export function PriceHistoryChart({ points, initialScale, label }: { points: ChartPoint[]; initialScale: Scale; label: string }) {
  const [scale, setScale] = useState<Scale>(initialScale);
  const groupId = useId();
  return (
    <figure className="rounded-lg border border-border bg-card p-3" data-testid="price-chart" data-points={points.filter((point) => point.value !== null).length} data-gaps={points.filter((point) => point.value === null).length}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <figcaption className="text-sm font-medium">{label}</figcaption>
        <div role="radiogroup" aria-label="Price scale" className="flex gap-1 text-sm">
          {(["log", "linear"] as const).map((option) => (
            <label key={option} className={`cursor-pointer rounded-md border px-2 py-1 ${scale === option ? "border-accent bg-accent text-accent-foreground" : "border-border"}`}>
              <input type="radio" name={groupId} value={option} checked={scale === option} onChange={() => setScale(option)} className="sr-only" />
              {option === "log" ? "Log" : "Linear"}
            </label>
          ))}
        </div>
      </div>
      <div className="h-72 w-full sm:h-96">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={yearOf} stroke="var(--muted)" fontSize={12} minTickGap={24} />
            <YAxis
              dataKey="value"
              scale={scale}
              domain={["auto", "auto"]}
              allowDataOverflow
              tickFormatter={(value: number) => formatUsdPrice(value)}
              stroke="var(--muted)"
              fontSize={12}
              width={84}
            />
            <Tooltip
              labelFormatter={(t) => dayOf(Number(t))}
              formatter={(value) => [formatUsdPrice(Number(value)), "Price"]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            <Line type="linear" dataKey="value" stroke="var(--accent)" dot={false} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
