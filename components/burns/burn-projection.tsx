import { addDays } from "@/lib/days/utc-day";
import { formatCompactAmount, formatExactAmount } from "@/lib/format/numbers";
import { yearsToReach } from "./burn-rate";

type Rate = { perYear: number; fromDay: string; toDay: string; coveredDays: number };

export const projectionWindows = [30, 90, 365] as const;

/**
 * How long the supply would take to fall to each target if the recent yearly burn went on unchanged and nothing were
 * minted. A GET form chooses the window and one's own target, so it works without script and the URL keeps it.
 */
export function BurnProjection({ supply, rate, window, targets, customTarget }: { supply: { amount: string; day: string; kind: string }; rate: Rate; window: number; targets: number[]; customTarget: number | null }) {
  const amount = Number(supply.amount);
  const all = customTarget !== null && !targets.includes(customTarget) ? [...targets, customTarget].sort((a, b) => b - a) : targets;
  return (
    <section aria-labelledby="projection-heading" className="mt-8">
      <h2 id="projection-heading" className="text-lg font-semibold">How long to a lower supply at the recent rate</h2>
      <p className="mt-1 text-sm text-muted">
        From the latest stored {supply.kind} supply, <span title={formatExactAmount(supply.amount)}>{formatCompactAmount(supply.amount)} LUNC</span> on {supply.day}, burning{" "}
        {formatCompactAmount(rate.perYear)} LUNC a year (the rate of {rate.fromDay} to {rate.toDay}, {rate.coveredDays} days reported) and minting nothing. A straight line, not a forecast.
      </p>
      <form method="get" action="/burns#projection-heading" className="mt-3 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col text-xs text-muted">
          Rate over the last
          <select name="window" defaultValue={String(window)} className="rounded-md border border-border bg-card px-2 py-1 text-sm text-foreground">
            {projectionWindows.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-muted">
          Target supply (billion LUNC)
          <input name="target" type="number" min="0" step="any" inputMode="decimal" defaultValue={customTarget !== null ? customTarget / 1e9 : ""} placeholder="e.g. 1000" className="w-36 rounded-md border border-border bg-card px-2 py-1 text-sm text-foreground" />
        </label>
        <button type="submit" className="rounded-md border border-accent bg-accent px-3 py-1 text-accent-foreground">
          Show
        </button>
      </form>
      <div className="mt-3 overflow-x-auto rounded-lg border border-border bg-card">
        <table className="w-full min-w-[24rem] text-left text-sm" data-testid="burn-projection">
          <caption className="sr-only">Years until the supply falls to each target at the recent burn rate</caption>
          <thead className="border-b border-border text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Target supply</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">To burn</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Years</th>
              <th scope="col" className="px-3 py-2 font-medium">Reached around</th>
            </tr>
          </thead>
          <tbody>
            {all.map((target) => {
              const years = yearsToReach(amount, target, rate.perYear);
              return (
                <tr key={target} className="border-b border-border last:border-0">
                  <th scope="row" className="px-3 py-2 font-medium tabular-nums">{formatCompactAmount(target)} LUNC</th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatCompactAmount(Math.max(0, amount - target))}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{years === null ? "never at this rate" : years.toLocaleString("en-US", { maximumFractionDigits: 1 })}</td>
                  <td className="px-3 py-2 tabular-nums">{years === null ? "—" : years > 10_000 ? "after the year 10,000" : addDays(supply.day, Math.round(years * 365.25)).slice(0, 4)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
