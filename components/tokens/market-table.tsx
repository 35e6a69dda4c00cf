import Link from "next/link";
import { formatCompactAmount, formatCompactUsd, formatExactAmount, formatUsdPrice } from "@/lib/format/numbers";
import type { MarketRow } from "@/lib/tokens/market-overview";
import type { PriceChange } from "@/lib/tokens/price-changes";
import { sortHref, type MarketSort, type SortKey } from "./market-sort";
import { sparklinePath } from "./sparkline-path";

const columns: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "symbol", label: "Token", numeric: false },
  { key: "price", label: "Price", numeric: true },
  { key: "change24h", label: "24 h", numeric: true },
  { key: "change7d", label: "7 d", numeric: true },
  { key: "change30d", label: "30 d", numeric: true },
  { key: "marketCap", label: "Market cap", numeric: true },
  { key: "supply", label: "Supply", numeric: true },
  { key: "burned", label: "Burned", numeric: true },
];

function AsOf({ day, testId }: { day: string; testId?: string }) {
  return (
    <time dateTime={day} className="block text-xs text-muted" data-testid={testId}>
      {day}
    </time>
  );
}

function Change({ change }: { change: PriceChange }) {
  if (!change) return <span className="text-muted" title="The price of the day to compare with is not stored">n/a</span>;
  const text = `${(change.share * 100).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: "exceptZero" })} %`;
  return (
    <span title={`${change.fromDay} to ${change.toDay}`}>
      <span className={change.share < 0 ? "text-red-700 dark:text-red-400" : change.share > 0 ? "text-green-700 dark:text-green-400" : ""}>{text}</span>
      <span className="sr-only"> from {change.fromDay} to {change.toDay}</span>
    </span>
  );
}

function Sparkline({ row }: { row: MarketRow }) {
  const path = sparklinePath(row.sparkline, 96, 28);
  if (!path) return <span className="text-xs text-muted">no data</span>;
  const first = row.sparkline[0];
  const last = row.sparkline[row.sparkline.length - 1];
  return (
    <svg width="96" height="32" viewBox="-2 -2 100 32" role="img" aria-label={`${row.symbol} price, ${first?.day} to ${last?.day}`} className="overflow-visible">
      <path d={path} fill="none" stroke="var(--accent)" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

/** Every token with its latest stored figures, each with its as-of day; headers are links that sort (no script needed). */
export function MarketTable({ rows, sort }: { rows: MarketRow[]; sort: MarketSort }) {
  return (
    // relative: the sr-only spans in the cells are positioned absolutely; without a positioned ancestor they would
    // escape the scroll box and widen the whole page on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-border bg-card">
      <table className="w-full min-w-[60rem] text-left text-sm" data-testid="token-table">
        <caption className="sr-only">Tokens with their latest stored price, price changes, market cap, supply and burns, each with the day it is as of. Column headers sort the table.</caption>
        <thead className="border-b border-border text-muted">
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-2 font-medium ${column.numeric ? "text-right" : "sticky left-0 bg-card"}`}>
                  <Link href={sortHref(sort, column.key)} scroll={false} className="underline-offset-2 hover:text-foreground hover:underline">
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="px-3 py-2 font-medium">Last 30 days</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.symbol} className="border-b border-border align-top last:border-0" data-testid={`token-row-${row.symbol}`}>
              <th scope="row" className="sticky left-0 bg-card px-3 py-2 font-medium">
                <Link href={`/tokens/${row.symbol.toLowerCase()}`} className="text-accent underline-offset-2 hover:underline">
                  {row.symbol}
                </Link>
                <span className="block text-xs font-normal text-muted">{row.name}</span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.price ? (
                  <>
                    <span data-testid="price">{formatUsdPrice(row.price.usd)}</span>
                    <AsOf day={row.price.day} testId="price-as-of" />
                  </>
                ) : (
                  <span data-testid="price">no data</span>
                )}
              </td>
              {(["change24h", "change7d", "change30d"] as const).map((key) => (
                <td key={key} className="px-3 py-2 text-right tabular-nums" data-testid={key}>
                  <Change change={row.changes[key]} />
                </td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums" data-testid="market-cap">
                {row.marketCap ? (
                  <>
                    {formatCompactUsd(row.marketCap.usd)}
                    <AsOf day={row.marketCap.day} />
                  </>
                ) : (
                  "unknown"
                )}
              </td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="supply">
                {row.supply ? (
                  <>
                    <span title={`${formatExactAmount(row.supply.amount)} ${row.symbol} (${row.supply.kind})`}>{formatCompactAmount(row.supply.amount)}</span>
                    <span className="sr-only"> {row.supply.kind}</span>
                    <AsOf day={row.supply.day} />
                  </>
                ) : (
                  <span className="text-muted">not stored</span>
                )}
              </td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="burned">
                {row.burned ? (
                  <>
                    <span title={`${formatExactAmount(row.burned.amount)} ${row.symbol}`}>{formatCompactAmount(row.burned.amount)}</span>
                    <AsOf day={row.burned.day} />
                  </>
                ) : (
                  <span className="text-muted">not tracked</span>
                )}
              </td>
              <td className="px-3 py-2">
                <Sparkline row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
