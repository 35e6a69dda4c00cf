import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toGapAwareSeries } from "@/components/charts/gap-aware-series";
import { PriceRangePanel } from "@/components/charts/price-range-panel";
import { SiteApiProvider } from "@/components/site-api/site-api-provider";
import { DataGaps } from "@/components/tokens/data-gaps";
import { PriceSources } from "@/components/tokens/price-sources";
import { PageHeading } from "@/components/ui/page-heading";
import { listPriceSources } from "@/lib/coverage/queries";
import { formatUsdPrice } from "@/lib/format/numbers";
import { getKeyEncryptionKey } from "@/lib/keys/key-encryption-key";
import { deriveSitePublishableKey } from "@/lib/keys/site-key";
import { buildPricesResponse } from "@/lib/prices/prices-response";
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
  const [prices, sources] = await Promise.all([buildPricesResponse(token, { interval: "daily", limit: 100_000 }), listPriceSources(token.id)]);
  const { gaps } = toGapAwareSeries(prices.data.map((row) => ({ day: row.date, value: row.price_usd })));
  const latest = prices.data[prices.data.length - 1];
  return (
    <>
      <PageHeading
        title={`${token.name} (${token.symbol})`}
        lead={
          latest ? (
            <>
              Latest stored price <strong className="text-foreground" data-testid="latest-price">{formatUsdPrice(latest.price_usd)}</strong> as of{" "}
              <time dateTime={latest.date}>{latest.date}</time>.
            </>
          ) : (
            "No price is stored for this token yet."
          )
        }
      />
      {latest ? (
        <SiteApiProvider siteKey={deriveSitePublishableKey(getKeyEncryptionKey()).key}>
          <PriceRangePanel symbol={token.symbol} lastDay={latest.date} initial={prices} />
        </SiteApiProvider>
      ) : null}
      <DataGaps gaps={gaps} />
      <PriceSources sources={sources} />
    </>
  );
}
