import Link from "next/link";
import { formatCompactUsd, formatUsdPrice } from "@/lib/format/numbers";
import type { TokenSummary } from "@/lib/tokens/queries";

export function TokenTable({ tokens }: { tokens: TokenSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[34rem] text-left text-sm" data-testid="token-table">
        <caption className="sr-only">Tokens with their latest stored price and market cap</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Token</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Price</th>
            <th scope="col" className="px-3 py-2 font-medium">Price as of</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Market cap</th>
            <th scope="col" className="px-3 py-2 font-medium">Market cap as of</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.symbol} className="border-b border-border last:border-0" data-testid={`token-row-${token.symbol}`}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/tokens/${token.symbol.toLowerCase()}`} className="text-accent underline-offset-2 hover:underline">
                  {token.symbol}
                </Link>
                <span className="ml-2 font-normal text-muted">{token.name}</span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="price">
                {token.latestPrice ? formatUsdPrice(token.latestPrice.priceUsd) : "no data"}
              </td>
              <td className="px-3 py-2 tabular-nums text-muted" data-testid="price-as-of">
                {token.latestPrice ? <time dateTime={token.latestPrice.day}>{token.latestPrice.day}</time> : "—"}
              </td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="market-cap">
                {token.latestMarketCap ? formatCompactUsd(token.latestMarketCap.marketCapUsd) : "unknown"}
              </td>
              <td className="px-3 py-2 tabular-nums text-muted">
                {token.latestMarketCap ? <time dateTime={token.latestMarketCap.day}>{token.latestMarketCap.day}</time> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
