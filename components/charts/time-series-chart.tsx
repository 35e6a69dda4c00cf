"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, useActiveTooltipDataPoints, usePlotArea, useYAxisScale, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import { dayToEpochMs, type DayRange } from "@/lib/days/utc-day";
import { formatAxisValue, linearDomainAndTicks, logDomain, logTicks, type Scale } from "./axis-scale";
import { formatWithUnit, timeTickFormatter, timeTicks } from "./chart-format";
import { countBreaks, isolatedIndexes, type ChartModel } from "./chart-series";

export const lineColors = ["var(--accent)", "var(--chart-2)", "var(--chart-3)"] as const;

function ChartTooltip({ active, payload, unit }: Pick<TooltipContentProps, "active" | "payload"> & { unit: string }) {
  const row = payload?.[0]?.payload as { day?: string } | undefined;
  if (!active || !row?.day) return null;
  return (
    <div className="rounded-md border border-border bg-card px-3 py-2 text-sm shadow-md" data-testid="chart-tooltip">
      <time dateTime={row.day} className="block font-medium tabular-nums" data-testid="tooltip-day">
        {row.day}
      </time>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)} className="flex gap-2 tabular-nums">
          <span style={{ color: entry.color }}>{entry.name}</span>
          <span data-testid="tooltip-value" data-value={typeof entry.value === "number" ? String(entry.value) : ""}>
            {typeof entry.value === "number" ? formatWithUnit(entry.value, unit) : "no data"}
          </span>
        </div>
      ))}
    </div>
  );
}

/** The horizontal half of the crosshair, at the active point's value (the Tooltip's cursor draws the vertical half). */
function HorizontalCrosshair({ dataKey }: { dataKey: string }) {
  const points = useActiveTooltipDataPoints<Record<string, unknown>>();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const value = points?.[0]?.[dataKey];
  if (typeof value !== "number" || !yScale || !area) return null;
  const y = yScale(value);
  if (typeof y !== "number" || !Number.isFinite(y)) return null;
  return <line x1={area.x} x2={area.x + area.width} y1={y} y2={y} stroke="var(--muted)" strokeDasharray="4 3" pointerEvents="none" data-testid="crosshair-y" />;
}

/** Days with no data, long enough to see, shaded so a break in the line is read as missing data. */
function visibleGaps(gaps: DayRange[], firstT: number, lastT: number): DayRange[] {
  const minimum = (lastT - firstT) / 200;
  return gaps.filter((gap) => dayToEpochMs(gap.to) - dayToEpochMs(gap.from) >= minimum);
}

export function TimeSeriesChart({ model, scale, unit, label, testId = "price-chart" }: { model: ChartModel; scale: Scale; unit: string; label: string; testId?: string }) {
  const values = model.rows.flatMap((row) => model.lines.map((line) => row[line.key])).filter((value): value is number => typeof value === "number");
  const log = scale === "log";
  const linear = linearDomainAndTicks(values);
  const domain = log ? logDomain(values) : linear.domain;
  const ticks = log ? logTicks(domain) : linear.ticks;
  const firstT = model.rows[0]?.t ?? 0;
  const lastT = model.rows[model.rows.length - 1]?.t ?? 0;
  const shaded = model.normalized ? [] : visibleGaps(model.gaps[0]?.ranges ?? [], firstT, lastT);
  return (
    <figure
      className="rounded-lg border border-border bg-card p-3"
      data-testid={testId}
      data-points={model.drawnPoints}
      data-source-points={model.sourcePoints}
      data-gaps={countBreaks(model)}
      data-scale={scale}
    >
      <figcaption className="mb-2 text-sm font-medium">{label}</figcaption>
      {model.lines.length > 1 ? (
        <ul className="mb-2 flex flex-wrap gap-3 text-sm" aria-label="Lines">
          {model.lines.map((line, index) => (
            <li key={line.key} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-0.5 w-4" style={{ background: lineColors[index % lineColors.length] }} />
              {line.label}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Keyboard: the chart takes focus and the arrow keys move the crosshair from day to day (Recharts' accessibility layer). */}
      <div className="h-72 w-full sm:h-96">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={model.rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} title={label}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={[firstT, lastT]} ticks={timeTicks(firstT, lastT)} tickFormatter={timeTickFormatter(firstT, lastT)} stroke="var(--muted)" fontSize={12} minTickGap={28} />
            <YAxis scale={log ? "log" : "linear"} domain={domain} ticks={ticks} allowDataOverflow tickFormatter={formatAxisValue} stroke="var(--muted)" fontSize={12} width={56} />
            {shaded.map((gap) => (
              <ReferenceArea key={gap.from} x1={dayToEpochMs(gap.from)} x2={dayToEpochMs(gap.to)} fill="var(--muted)" fillOpacity={0.12} ifOverflow="hidden" label={{ value: "no data", fill: "var(--muted)", fontSize: 12 }} />
            ))}
            <Tooltip
              cursor={{ stroke: "var(--muted)", strokeDasharray: "4 3" }}
              isAnimationActive={false}
              content={(props: TooltipContentProps) => <ChartTooltip active={props.active} payload={props.payload} unit={unit} />}
            />
            {model.lines.length === 1 ? <HorizontalCrosshair dataKey={model.lines[0]?.key ?? "value"} /> : null}
            {model.lines.map((line, index) => {
              const color = lineColors[index % lineColors.length];
              const isolated = isolatedIndexes(model.rows, line.key);
              // A day with no neighbour (e.g. one published supply figure) would be invisible as a line: draw it as a dot.
              const dot = (props: DotItemDotProps) =>
                isolated.has(props.index) && typeof props.cx === "number" && typeof props.cy === "number" ? <circle key={props.index} cx={props.cx} cy={props.cy} r={3} fill={color} /> : <g key={props.index} />;
              return (
              <Line
                key={line.key}
                type="linear"
                dataKey={line.key}
                name={line.label}
                stroke={color}
                dot={isolated.size > 0 ? dot : false}
                activeDot={{ r: 3 }}
                strokeWidth={1.5}
                isAnimationActive={false}
                connectNulls={false}
              />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
