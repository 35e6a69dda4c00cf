"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageDay } from "./usage-series";

// Fixed hues that read on both the light and the dark card; the grace line takes the text colour.
const colours = { ok: "#16a34a", clientError: "#d97706", serverError: "#dc2626" };

export function UsageChart({ days }: { days: UsageDay[] }) {
  const total = days.reduce((sum, day) => sum + day.total, 0);
  return (
    <figure data-testid="usage-chart" data-total={total} className="rounded-lg border border-border bg-card p-3">
      <figcaption className="mb-2 text-sm font-medium">Requests per day, last {days.length} days (UTC), by status class</figcaption>
      <div className="h-64 w-full sm:h-72">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} stroke="var(--muted)" fontSize={12} minTickGap={16} />
            <YAxis allowDecimals={false} stroke="var(--muted)" fontSize={12} width={40} />
            <Tooltip contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }} cursor={{ fill: "var(--border)", opacity: 0.3 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="ok" name="2xx" stackId="status" fill={colours.ok} isAnimationActive={false} />
            <Bar dataKey="clientError" name="4xx" stackId="status" fill={colours.clientError} isAnimationActive={false} />
            <Bar dataKey="serverError" name="5xx" stackId="status" fill={colours.serverError} isAnimationActive={false} />
            <Line dataKey="duringGrace" name="during grace" type="monotone" stroke="var(--foreground)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
