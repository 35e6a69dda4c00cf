import type { Metadata } from "next";
import Link from "next/link";
import { parseMarketSort, sortMarketRows } from "@/components/tokens/market-sort";
import { MarketTable } from "@/components/tokens/market-table";
import { PageHeading } from "@/components/ui/page-heading";
import { listMarketRows } from "@/lib/tokens/market-overview";

export const dynamic = "force-dynamic";

const description = "Prices, 24 h / 7 d / 30 d changes, market caps, supply and LUNC burns from the store, each with the day it is as of.";
export const metadata: Metadata = { title: { absolute: "Burnwatch: token market data and LUNC burns" }, description, openGraph: { title: "Burnwatch", description, type: "website" } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const [rows, sort] = await Promise.all([listMarketRows(), searchParams.then(parseMarketSort)]);
  return (
    <>
      <PageHeading
        title="Tokens"
        lead="Daily prices, changes, market caps, supply and burns from the store, each with the day it is as of. Changes compare the latest stored price with the one stored exactly 1, 7 and 30 days before; where a source has no data, the table says so rather than guessing."
      />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-border bg-card p-4">
          The store holds no tokens yet. Load the bundled snapshot with <code>npm run ingest -- --source snapshot</code>.
        </p>
      ) : (
        <MarketTable rows={sortMarketRows(rows, sort)} sort={sort} />
      )}
      <p className="mt-4 text-sm text-muted">
        Where every series comes from and which days it lacks: <Link href="/data" className="text-accent underline">data sources</Link>.
      </p>
    </>
  );
}
