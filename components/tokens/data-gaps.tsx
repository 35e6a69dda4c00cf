import { countDays, type DayRange } from "@/lib/days/utc-day";

/** Says which days have no price and why, so a break in the chart is never mistaken for a drawing error. */
export function DataGaps({ gaps }: { gaps: DayRange[] }) {
  if (gaps.length === 0) return <p className="mt-3 text-sm text-muted">No missing days between the first and the last stored day.</p>;
  return (
    <section className="mt-4" aria-labelledby="gaps-heading" data-testid="data-gaps">
      <h2 id="gaps-heading" className="text-base font-semibold">Missing days ({countDays(gaps)})</h2>
      <p className="text-sm text-muted">
        No source in the store covers these days, so the chart breaks there instead of drawing a line across them. A live provider can fill them.
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm tabular-nums">
        {gaps.map((gap) => (
          <li key={gap.from}>
            {gap.from === gap.to ? gap.from : `${gap.from} to ${gap.to}`} ({countDays([gap])} {countDays([gap]) === 1 ? "day" : "days"})
          </li>
        ))}
      </ul>
    </section>
  );
}
