import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { TokenTable } from "@/components/tokens/token-table";
import { listTokenSummaries } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const tokens = await listTokenSummaries();
  return (
    <>
      <PageHeading
        title="Tokens"
        lead="Daily prices and market caps from the store, each with the day it is as of. Where a source has no data, the table says so rather than guessing."
      />
      {tokens.length === 0 ? (
        <p className="rounded-lg border border-border bg-card p-4">
          The store holds no tokens yet. Load the bundled snapshot with <code>npm run ingest -- --source snapshot</code>.
        </p>
      ) : (
        <TokenTable tokens={tokens} />
      )}
      <p className="mt-4 text-sm text-muted">
        Where every series comes from and which days it lacks: <Link href="/data" className="text-accent underline">data sources</Link>.
      </p>
    </>
  );
}
