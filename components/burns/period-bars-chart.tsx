"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatAxisValue } from "@/components/charts/axis-scale";
import { formatFullPrecision } from "@/components/charts/chart-format";
import type { PeriodBar } from "./burn-series";

function BarTooltip({ active, payload }: Pick<TooltipContentProps, "active" | "payload">) {
  const bar = payload?.[0]?.payload as PeriodBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="rounded-md border border-border bg-card px-3 py-2 text-sm shadow-md tabular-nums">
      <div className="font-medium">{bar.period}</div>
      <div>{bar.exact === null ? "no data" : `${formatFullPrecision(Number(bar.exact))} LUNC`}</div>
      {bar.coveredDays > 0 ? <div className="text-xs text-muted">{bar.coveredDays} days reported</div> : null}
    </div>
  );
}

/** Burns per period as bars; an empty slot is a period nothing was reported for, never a zero. */
export function PeriodBarsChart({ bars, label }: { bars: PeriodBar[]; label: string }) {
  return (
    <figure className="rounded-lg border border-border bg-card p-3" data-testid="burn-bars" data-bars={bars.length} data-empty={bars.filter((bar) => bar.amount === null).length}>
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      {/* Keyboard: the chart takes focus and the arrow keys move from bar to bar; the data table below holds the same figures. */}
      <div className="h-64 w-full sm:h-80">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} title={label}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" stroke="var(--muted)" fontSize={12} minTickGap={28} />
            <YAxis tickFormatter={formatAxisValue} stroke="var(--muted)" fontSize={12} width={56} />
            <Tooltip cursor={{ fill: "var(--border)", fillOpacity: 0.4 }} isAnimationActive={false} content={(props: TooltipContentProps) => <BarTooltip active={props.active} payload={props.payload} />} />
            <Bar dataKey="amount" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
