"use client";

import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useSiteKey } from "@/components/site-api/site-api-provider";
import { tokenPricesQuery, type PricesResponseDto } from "@/lib/api-client/price-queries";
import { tokenSupplyQuery, type SupplyResponseDto } from "@/lib/api-client/supply-queries";
import { ChartControls } from "./chart-controls";
import { ChartDataTable } from "./chart-data-table";
import { metricUnit } from "./chart-format";
import { ChartGapNote } from "./chart-gap-note";
import { buildChartModel, pickMetric } from "./chart-series";
import { chartMetricLabels, parseChartState, resolveDayRange, serializeChartState, type ChartState } from "./chart-state";
import { CsvDownloadButton } from "./csv-download-button";
import { suggestScale } from "./gap-aware-series";
import { TimeSeriesChart } from "./time-series-chart";

type Props = { symbol: string; bounds: { firstDay: string; lastDay: string }; others: { symbol: string; name: string }[] };

/**
 * The token chart's island. Its state lives in the URL (history.pushState, which Next.js folds into useSearchParams),
 * so a change redraws without a page load and the address reproduces the view. Data come from /api/v1 through
 * TanStack Query; the server prefetched the first view into the same query keys.
 */
export function TokenChartPanel({ symbol, bounds, others }: Props) {
  const siteKey = useSiteKey();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const known = others.map((token) => token.symbol);
  // The state is set at once on a click (so controls answer immediately) and follows the URL when it changes
  // otherwise (back and forward), adjusted during render as React recommends rather than in an effect.
  const [state, setState] = useState(() => parseChartState(searchParams, symbol, known));
  const [seenParams, setSeenParams] = useState(searchParams);
  if (searchParams !== seenParams) {
    setSeenParams(searchParams);
    setState(parseChartState(searchParams, symbol, known));
  }
  const range = resolveDayRange(state, bounds.lastDay);
  const symbols = [symbol, ...state.compare.map((entry) => entry.toUpperCase())];
  const results = useQueries({
    queries: symbols.map((entry) => ({ ...(state.metric === "supply" ? tokenSupplyQuery(entry, range, siteKey) : tokenPricesQuery(entry, range, siteKey)), placeholderData: keepPreviousData })),
  });
  const onChange = (patch: Partial<ChartState>) => {
    const next = { ...state, ...patch };
    setState(next);
    window.history.pushState(null, "", `${pathname}${serializeChartState(next)}`);
  };

  const series = results.map((result, index) => {
    const data = result.data as PricesResponseDto | SupplyResponseDto | undefined;
    const rows = data ? (state.metric === "supply" ? pickMetric("supply", [], (data as SupplyResponseDto).data) : pickMetric(state.metric, (data as PricesResponseDto).data, [])) : [];
    return { symbol: symbols[index] as string, rows };
  });
  const [main, ...compared] = series;
  const model = buildChartModel(main ?? { symbol, rows: [] }, compared);
  const values = model.rows.map((row) => row[model.lines[0]?.key ?? "value"]).filter((value): value is number => typeof value === "number");
  const scale = state.scale ?? suggestScale(values);
  const unit = metricUnit(state.metric, symbol, model.normalized);
  const fetching = results.some((result) => result.isFetching);
  const failed = results.find((result) => result.isError);
  const label = `${symbols.join(", ")} ${chartMetricLabels[state.metric].toLowerCase()}${model.normalized ? " as an index (first day in range = 100)" : state.metric === "supply" ? ` in ${symbol}` : " in USD"}, daily at 00:00 UTC, ${model.firstDay ?? "—"} to ${model.lastDay ?? "—"}`;
  const fileName = `${symbols.join("-").toLowerCase()}-${state.metric}-${model.firstDay ?? "none"}-${model.lastDay ?? "none"}.csv`;

  return (
    <section aria-labelledby="chart-heading" className="mt-2">
      <h2 id="chart-heading" className="sr-only">Chart</h2>
      <ChartControls state={state} scale={scale} bounds={bounds} others={others} onChange={onChange} />
      <p role="status" className="mb-1 min-h-5 text-sm text-muted">
        {fetching ? "Loading…" : `${model.drawnPoints.toLocaleString("en-US")} points drawn from ${model.sourcePoints.toLocaleString("en-US")} stored days`}
      </p>
      {failed ? (
        <p role="alert" className="rounded-md border border-border bg-card p-3 text-sm">
          The data could not be loaded: {failed.error?.message}
        </p>
      ) : model.rows.length > 0 ? (
        <>
          <TimeSeriesChart model={model} scale={scale} unit={unit} label={label} />
          <div className="mt-2 flex flex-wrap items-start justify-between gap-2">
            <ChartDataTable model={model} unit={unit} caption={label} />
            <CsvDownloadButton model={model} fileName={fileName} headerFor={(line) => (model.normalized ? `${line.toLowerCase()}_index` : `${state.metric}_${state.metric === "supply" ? symbol.toLowerCase() : "usd"}`)} />
          </div>
          <ChartGapNote metric={state.metric} gaps={model.gaps} />
          {series.some((entry) => !entry.rows.some((row) => row.value !== null)) && !fetching ? (
            <p className="mt-1 text-sm text-muted" data-testid="chart-no-data">
              No {chartMetricLabels[state.metric].toLowerCase()} stored in this range for{" "}
              {series.filter((entry) => !entry.rows.some((row) => row.value !== null)).map((entry) => entry.symbol).join(", ")}.
            </p>
          ) : null}
        </>
      ) : results.some((result) => result.isPending) ? null : (
        <p className="rounded-md border border-border bg-card p-3 text-sm text-muted" data-testid="chart-empty">
          No {chartMetricLabels[state.metric].toLowerCase()} is stored for {symbols.join(", ")} in this range.
        </p>
      )}
    </section>
  );
}
