import { countDays, type DayRange } from "@/lib/days/utc-day";
import type { ChartMetric } from "./chart-state";

const reasons: Record<ChartMetric, string> = {
  price: "No source in the store has a price for these days, so the line breaks there instead of joining across them. A live provider can fill them.",
  market_cap: "No market cap is stored for these days: the source gave none (CoinGecko's 0 means unknown) or the series for these days holds prices only.",
  volume: "No volume is stored for these days: the source gave none or the series for these days holds prices only.",
  supply: "No supply figure is stored for these days: the sources in the store report supply only for some periods.",
};

/** Which days of the view have no data and why, so a break in a line is never mistaken for a drawing error. */
export function ChartGapNote({ metric, gaps, reason }: { metric: ChartMetric; gaps: { symbol: string; ranges: DayRange[] }[]; reason?: string }) {
  const withGaps = gaps.filter((entry) => entry.ranges.length > 0);
  if (withGaps.length === 0) return <p className="mt-2 text-sm text-muted">No missing days in this view.</p>;
  return (
    <div className="mt-2 text-sm" data-testid="chart-gap-note">
      <p className="text-muted">{reason ?? reasons[metric]}</p>
      <ul className="mt-1 list-disc pl-5 tabular-nums">
        {withGaps.map((entry) => {
          const shown = entry.ranges.slice(0, 5);
          return (
            <li key={entry.symbol}>
              {entry.symbol}: {countDays(entry.ranges)} missing {countDays(entry.ranges) === 1 ? "day" : "days"} in {entry.ranges.length} {entry.ranges.length === 1 ? "run" : "runs"} (
              {shown.map((gap) => (gap.from === gap.to ? gap.from : `${gap.from} to ${gap.to}`)).join("; ")}
              {entry.ranges.length > shown.length ? `; and ${entry.ranges.length - shown.length} more` : ""})
            </li>
          );
        })}
      </ul>
    </div>
  );
}
