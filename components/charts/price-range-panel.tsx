"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { tokenPricesQuery, type PricesResponseDto } from "@/lib/api-client/price-queries";
import { useSiteKey } from "@/components/site-api/site-api-provider";
import { suggestScale, toGapAwareSeries } from "./gap-aware-series";
import { PriceHistoryChart } from "./price-history-chart";
import { priceRanges, rangeStartDay, type PriceRange } from "./price-ranges";

/**
 * The price chart with its range buttons. The whole history comes with the page; other ranges are fetched from
 * /api/v1 with the site's publishable key, so the browser reads exactly what API users read.
 */
export function PriceRangePanel({ symbol, lastDay, initial }: { symbol: string; lastDay: string; initial: PricesResponseDto }) {
  const siteKey = useSiteKey();
  const [range, setRange] = useState<PriceRange>("ALL");
  const from = rangeStartDay(range, lastDay);
  const query = useQuery({ ...tokenPricesQuery(symbol, from, siteKey), ...(range === "ALL" ? { initialData: initial } : {}) });
  const rows = query.data?.data ?? [];
  const { points } = toGapAwareSeries(rows.map((row) => ({ day: row.date, value: row.price_usd })));
  const first = rows[0]?.date;
  const last = rows[rows.length - 1]?.date;
  return (
    <div>
      <div role="group" aria-label="Range" className="mb-2 flex flex-wrap gap-1 text-sm">
        {priceRanges.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={range === option}
            onClick={() => setRange(option)}
            className={`rounded-md border px-2 py-1 ${range === option ? "border-accent bg-accent text-accent-foreground" : "border-border"}`}
          >
            {option}
          </button>
        ))}
        {query.isFetching ? <span className="px-2 py-1 text-muted" role="status">Loading…</span> : null}
      </div>
      {query.isError ? (
        <p role="alert" className="rounded-md border border-border bg-card p-3 text-sm">
          The prices could not be loaded: {query.error.message}
        </p>
      ) : points.length > 0 ? (
        <PriceHistoryChart
          key={range}
          points={points}
          initialScale={suggestScale(rows.map((row) => row.price_usd))}
          label={`${symbol} price in USD, daily at 00:00 UTC, ${first} to ${last}`}
        />
      ) : query.isPending ? null : (
        <p className="text-sm text-muted">No prices in this range.</p>
      )}
    </div>
  );
}
