import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { parseChartState, resolveDayRange } from "@/components/charts/chart-state";
import { TokenChartPanel } from "@/components/charts/token-chart-panel";
import { SiteApiProvider } from "@/components/site-api/site-api-provider";
import { PriceSources } from "@/components/tokens/price-sources";
import { TokenKeyStats } from "@/components/tokens/token-key-stats";
import { computeTokenStats } from "@/components/tokens/token-stats";
import { PageHeading } from "@/components/ui/page-heading";
import { tokenPricesQuery } from "@/lib/api-client/price-queries";
import { tokenSupplyQuery } from "@/lib/api-client/supply-queries";
import { summarizeBurnKind } from "@/lib/burns/queries";
import { listPriceSources } from "@/lib/coverage/queries";
import { formatUsdPrice } from "@/lib/format/numbers";
import { getKeyEncryptionKey } from "@/lib/keys/key-encryption-key";
import { deriveSitePublishableKey } from "@/lib/keys/site-key";
import { buildPricesResponse } from "@/lib/prices/prices-response";
import { findSupplyEnds } from "@/lib/supply/queries";
import { buildSupplyResponse } from "@/lib/supply/supply-response";
import { findTokenBySymbol, listTokensByRank } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ symbol: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const token = await findTokenBySymbol((await params).symbol);
  if (!token) return { title: "Token not found" };
  const title = `${token.name} (${token.symbol}) price, market cap, volume and supply`;
  const description = `Daily ${token.symbol} price, market cap, volume and supply from public sources, on linear or log scales, with the days that have no data shown as gaps.`;
  return { title, description, openGraph: { title, description, type: "website" }, twitter: { card: "summary", title, description } };
}

export default async function TokenPage({ params, searchParams }: Props) {
  const token = await findTokenBySymbol((await params).symbol);
  if (!token) notFound();
  const [history, supplyEnds, sources, tokens, burnTotal] = await Promise.all([
    buildPricesResponse(token, { interval: "daily", limit: 100_000 }),
    findSupplyEnds(token.id),
    listPriceSources(token.id),
    listTokensByRank(),
    summarizeBurnKind(token.id, "total"),
  ]);
  const others = tokens.filter((other) => other.id !== token.id).map((other) => ({ symbol: other.symbol, name: other.name }));
  const latest = history.data[history.data.length - 1];
  const first = history.data[0];
  const stats = computeTokenStats(
    history.data.map((row) => ({ day: row.date, price: row.price_usd })),
    supplyEnds.map((row) => ({ day: row.day, circulating: row.circulating, total: row.total })),
  );
  const burned = burnTotal.runningTotal && burnTotal.lastDay ? { amount: burnTotal.runningTotal, day: burnTotal.lastDay, firstDay: burnTotal.firstDay } : null;

  // The first view comes from the store, under the same query keys the island reads, so it hydrates without a fetch.
  const siteKey = deriveSitePublishableKey(getKeyEncryptionKey()).key;
  const state = parseChartState(await searchParams, token.symbol, others.map((other) => other.symbol));
  const queryClient = new QueryClient();
  if (latest) {
    const range = resolveDayRange(state, latest.date);
    const shown = [token, ...tokens.filter((other) => state.compare.includes(other.symbol.toLowerCase()))];
    await Promise.all(
      shown.map((entry) =>
        state.metric === "supply"
          ? queryClient.prefetchQuery({ ...tokenSupplyQuery(entry.symbol, range, siteKey), queryFn: () => buildSupplyResponse(entry, range) })
          : queryClient.prefetchQuery({
              ...tokenPricesQuery(entry.symbol, range, siteKey),
              queryFn: () => (entry.id === token.id && !range.from && !range.to ? history : buildPricesResponse(entry, { interval: "daily", limit: 5000, from: range.from ?? undefined, to: range.to ?? undefined })),
            }),
      ),
    );
  }

  return (
    <>
      <PageHeading
        title={`${token.name} (${token.symbol})`}
        lead={
          latest ? (
            <>
              Latest stored price <strong className="text-foreground" data-testid="latest-price">{formatUsdPrice(latest.price_usd)}</strong> as of{" "}
              <time dateTime={latest.date}>{latest.date}</time> (daily, 00:00 UTC).
            </>
          ) : (
            "No price is stored for this token yet."
          )
        }
      />
      {latest && first ? (
        <SiteApiProvider siteKey={siteKey}>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <Suspense fallback={<p className="text-sm text-muted">Loading the chart…</p>}>
              <TokenChartPanel symbol={token.symbol} bounds={{ firstDay: first.date, lastDay: latest.date }} others={others} />
            </Suspense>
          </HydrationBoundary>
        </SiteApiProvider>
      ) : null}
      <TokenKeyStats symbol={token.symbol} stats={stats} burned={burned} />
      <PriceSources sources={sources} />
    </>
  );
}
