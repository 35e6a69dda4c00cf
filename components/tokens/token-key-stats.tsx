import { formatCompactAmount, formatExactAmount, formatUsdPrice } from "@/lib/format/numbers";
import type { TokenStats } from "./token-stats";

// Near -100 %, enough digits that a fall of 99.99995 % does not read as 100 %.
const percent = (share: number) => `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: share < -0.99 ? 5 : 2, signDisplay: "exceptZero" })} %`;

function Stat({ label, value, detail, testId }: { label: string; value: string; detail: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-lg border border-border bg-card p-3" data-testid={testId}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      <dd className="text-xs text-muted">{detail}</dd>
    </div>
  );
}

/** All-time high, the fall since, the supply change and the total burned, each with the day it is as of. */
export function TokenKeyStats({ symbol, stats, burned }: { symbol: string; stats: TokenStats; burned: { amount: string; day: string; firstDay: string | null } | null }) {
  const { allTimeHigh, latest, drawdownFromHigh, supplyChange } = stats;
  return (
    <section aria-labelledby="stats-heading" className="mt-6">
      <h2 id="stats-heading" className="text-base font-semibold">Key statistics</h2>
      <dl className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          testId="stat-ath"
          label="All-time high (stored days)"
          value={allTimeHigh ? formatUsdPrice(allTimeHigh.price) : "no data"}
          detail={allTimeHigh ? <>on <time dateTime={allTimeHigh.day}>{allTimeHigh.day}</time>, daily price at 00:00 UTC</> : "no price stored"}
        />
        <Stat
          testId="stat-drawdown"
          label="Below the all-time high"
          value={drawdownFromHigh === null ? "no data" : percent(-drawdownFromHigh)}
          detail={latest ? <>latest price {formatUsdPrice(latest.price)} on <time dateTime={latest.day}>{latest.day}</time></> : "no price stored"}
        />
        <Stat
          testId="stat-supply"
          label="Supply change (stored figures)"
          value={supplyChange ? percent(supplyChange.share) : "no data"}
          detail={supplyChange ? <>{formatCompactAmount(supplyChange.from.amount)} on {supplyChange.from.day} → {formatCompactAmount(supplyChange.to.amount)} {symbol} on {supplyChange.to.day}</> : "no supply series stored for this token"}
        />
        <Stat
          testId="stat-burned"
          label="Total burned"
          value={burned ? `${formatCompactAmount(burned.amount)} ${symbol}` : "no data"}
          detail={burned ? <span title={`${formatExactAmount(burned.amount)} ${symbol}`}>counted from {burned.firstDay ?? "the series' first day"} to <time dateTime={burned.day}>{burned.day}</time></span> : "no burn series stored for this token"}
        />
      </dl>
    </section>
  );
}
