import type { Metadata } from "next";
import Link from "next/link";
import { BarsDataTable } from "@/components/burns/bars-data-table";
import { BurnKindTable } from "@/components/burns/burn-kind-table";
import { BurnProjection, projectionWindows } from "@/components/burns/burn-projection";
import { burnsByYear, defaultTargets, recentBurnRate } from "@/components/burns/burn-rate";
import { BurnRateTable } from "@/components/burns/burn-rate-table";
import { toPeriodBars, toRunningTotalSeries } from "@/components/burns/burn-series";
import { ExchangeBatches } from "@/components/burns/exchange-batches";
import { PeriodBarsChart } from "@/components/burns/period-bars-chart";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartGapNote } from "@/components/charts/chart-gap-note";
import type { ChartModel } from "@/components/charts/chart-series";
import { downsampleGapAware } from "@/components/charts/downsample-lttb";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { PageHeading } from "@/components/ui/page-heading";
import { getBurnRows, listExchangeBatches, summarizeBurnsByKind } from "@/lib/burns/queries";
import { formatCompactAmount, formatExactAmount } from "@/lib/format/numbers";
import { intervals, type Interval } from "@/lib/series/resample";
import { findLatestSupply } from "@/lib/supply/queries";
import { findTokenBySymbol } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";
const description = "How much Terra Luna Classic has been burned, per day, week and month and by kind, the burn rate as a share of supply, and how long the supply would take to fall at that rate.";
export const metadata: Metadata = { title: "LUNC burns", description, openGraph: { title: "LUNC burn dashboard", description, type: "website" } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const maxBars: Record<Interval, number> = { daily: 366, weekly: 1000, monthly: 1000 };

export default async function BurnsPage({ searchParams }: Props) {
  const params = await searchParams;
  const interval: Interval = intervals.find((entry) => entry === one(params.interval)) ?? "monthly";
  const window = projectionWindows.find((days) => String(days) === one(params.window)) ?? 90;
  const targetInput = Number(one(params.target));
  const customTarget = Number.isFinite(targetInput) && targetInput > 0 ? targetInput * 1e9 : null;

  const lunc = await findTokenBySymbol("LUNC");
  if (!lunc) return <PageHeading title="LUNC burns" lead="The store holds no LUNC yet. Load the bundled snapshot with npm run ingest -- --source snapshot." />;
  const [summaries, rows, batches, supply] = await Promise.all([summarizeBurnsByKind(lunc.id), getBurnRows(lunc.id, "total"), listExchangeBatches(lunc.id), findLatestSupply(lunc.id)]);
  const last = rows[rows.length - 1];

  const running = toRunningTotalSeries(rows);
  const drawn = downsampleGapAware(running.points);
  const totalModel: ChartModel = {
    rows: drawn as ChartModel["rows"],
    lines: [{ key: "value", label: "LUNC burned" }],
    normalized: false,
    gaps: [{ symbol: "All burns", ranges: running.gaps }],
    drawnPoints: drawn.filter((point) => point.value !== null).length,
    sourcePoints: rows.length,
    firstDay: rows[0]?.day ?? null,
    lastDay: drawn[drawn.length - 1]?.day ?? null,
  };
  const bars = toPeriodBars(rows, interval, maxBars[interval]);
  const supplyAmount = supply ? { amount: supply.total ?? supply.circulating ?? "0", day: supply.day, kind: supply.total ? "total" : "circulating" } : null;
  const rates = projectionWindows.map((days) => ({ days, rate: recentBurnRate(rows, days) }));
  const chosen = rates.find((entry) => entry.days === window)?.rate ?? null;
  const barsLabel = `LUNC burned per ${interval === "daily" ? "day" : interval === "weekly" ? "week" : "month"}${interval === "daily" ? `, the last ${maxBars.daily} days (weekly reports left out)` : ""}, ${bars[0]?.period ?? "—"} to ${bars[bars.length - 1]?.period ?? "—"}`;

  return (
    <>
      <PageHeading
        title="LUNC burns"
        lead={
          last ? (
            <>
              <strong className="text-foreground" title={`${formatExactAmount(last.runningTotal)} LUNC`} data-testid="burned-total">
                {formatCompactAmount(last.runningTotal)} LUNC
              </strong>{" "}
              burned from {rows[0]?.day} to <time dateTime={last.day}>{last.day}</time>, as the public burn trackers count it (the chain burned before the series starts are not in it).
            </>
          ) : (
            "No burns are stored yet."
          )
        }
      />
      <section aria-labelledby="total-heading">
        <h2 id="total-heading" className="mb-2 text-lg font-semibold">Total burned over time</h2>
        {totalModel.rows.length > 0 ? (
          <>
            <TimeSeriesChart model={totalModel} scale="linear" unit="LUNC" label={`Running total of LUNC burned, ${totalModel.firstDay} to ${totalModel.lastDay}`} testId="burn-total-chart" />
            <ChartDataTable model={totalModel} unit="LUNC" caption="Running total of LUNC burned" />
            <ChartGapNote metric="supply" gaps={totalModel.gaps} reason="No burn report in the store covers these days, so the line breaks there; the total after a gap still counts everything the tracker reported." />
          </>
        ) : null}
      </section>
      <section aria-labelledby="period-heading" className="mt-8">
        <h2 id="period-heading" className="mb-2 text-lg font-semibold">Burns per {interval === "daily" ? "day" : interval === "weekly" ? "week" : "month"}</h2>
        <nav aria-label="Period" className="mb-2 flex gap-1 text-sm">
          {intervals.map((entry) => (
            <Link key={entry} href={entry === "monthly" ? "/burns#period-heading" : `/burns?interval=${entry}#period-heading`} scroll={false} aria-current={entry === interval ? "page" : undefined} className={`rounded-md border px-2 py-1 ${entry === interval ? "border-accent bg-accent text-accent-foreground" : "border-border hover:border-accent"}`}>
              {entry === "daily" ? "Per day" : entry === "weekly" ? "Per week" : "Per month"}
            </Link>
          ))}
        </nav>
        <PeriodBarsChart bars={bars} label={barsLabel} />
        <BarsDataTable bars={bars} caption={barsLabel} />
        <p className="mt-2 text-sm text-muted">
          From 2025-03-24 the tracker reports one figure a week; those weeks are whole in the weekly and monthly views and left out of the daily view rather than spread over days.
          An empty slot is a period with no report, not a day without burns.
        </p>
      </section>
      <section aria-labelledby="kinds-heading" className="mt-8">
        <h2 id="kinds-heading" className="mb-2 text-lg font-semibold">By kind</h2>
        <p className="mb-2 text-sm text-muted">Kinds other than “All burns” are parts of it reported on their own; they are never added to it. A kind without data says so.</p>
        <BurnKindTable summaries={summaries} />
        <ExchangeBatches batches={batches} />
      </section>
      <section aria-labelledby="rate-heading" className="mt-8">
        <h2 id="rate-heading" className="mb-2 text-lg font-semibold">Burn rate as a share of supply</h2>
        <p className="mb-2 text-sm text-muted">
          {supplyAmount ? (
            <>
              Against the latest stored {supplyAmount.kind} supply, <span title={formatExactAmount(supplyAmount.amount)}>{formatCompactAmount(supplyAmount.amount)} LUNC</span> on {supplyAmount.day}; the store has no later supply figure.
            </>
          ) : (
            "No supply figure is stored, so no share can be given."
          )}{" "}
          Years only partly reported are scaled to a whole year from the days reported; a weekly report counts in the year its week starts (so 2025 shows more than 365 days). 2024 holds the one-off burn of 251.5B.
        </p>
        <BurnRateTable
          years={burnsByYear(rows)}
          recent={rates.flatMap((entry) => (entry.rate ? [{ label: `Last ${entry.days} days (${entry.rate.fromDay} to ${entry.rate.toDay})`, perYear: entry.rate.perYear, coveredDays: entry.rate.coveredDays }] : []))}
          supply={supplyAmount ? { amount: Number(supplyAmount.amount), day: supplyAmount.day, kind: supplyAmount.kind } : null}
        />
      </section>
      {supplyAmount && chosen ? <BurnProjection supply={supplyAmount} rate={chosen} window={window} targets={defaultTargets(Number(supplyAmount.amount))} customTarget={customTarget} /> : null}
    </>
  );
}
