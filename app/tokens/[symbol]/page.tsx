import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toGapAwareSeries, suggestScale } from "@/components/charts/gap-aware-series";
import { PriceHistoryChart } from "@/components/charts/price-history-chart";
import { DataGaps } from "@/components/tokens/data-gaps";
import { PriceSources } from "@/components/tokens/price-sources";
import { PageHeading } from "@/components/ui/page-heading";
import { listPriceSources } from "@/lib/coverage/queries";
import { formatUsdPrice } from "@/lib/format/numbers";
import { getPriceHistory } from "@/lib/prices/queries";
import { findTokenBySymbol } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ symbol: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const token = await findTokenBySymbol((await params).symbol);
  if (!token) return { title: "Token not found" };
  const title = `${token.name} (${token.symbol}) price history`;
  return { title, description: `Daily ${token.symbol} price history from public sources, with the days that have no data shown as gaps.`, openGraph: { title } };
}

export default async function TokenPage({ params }: Props) {
  const token = await findTokenBySymbol((await params).symbol);
  if (!token) notFound();
  const [history, sources] = await Promise.all([getPriceHistory(token.id), listPriceSources(token.id)]);
  const { points, gaps } = toGapAwareSeries(history.map((row) => ({ day: row.day, value: row.priceUsd })));
  const latest = history[history.length - 1];
  return (
    <>
      <PageHeading
        title={`${token.name} (${token.symbol})`}
        lead={
          latest ? (
            <>
              Latest stored price <strong className="text-foreground" data-testid="latest-price">{formatUsdPrice(latest.priceUsd)}</strong> as of{" "}
              <time dateTime={latest.day}>{latest.day}</time>.
            </>
          ) : (
            "No price is stored for this token yet."
          )
        }
      />
      {points.length > 0 ? (
        <PriceHistoryChart points={points} initialScale={suggestScale(history.map((row) => row.priceUsd))} label={`${token.symbol} price in USD, daily at 00:00 UTC, ${history[0]?.day} to ${latest?.day}`} />
      ) : null}
      <DataGaps gaps={gaps} />
      <PriceSources sources={sources} />
    </>
  );
}
