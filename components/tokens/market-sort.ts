import type { MarketRow } from "@/lib/tokens/market-overview";

export const sortKeys = ["rank", "symbol", "price", "change24h", "change7d", "change30d", "marketCap", "supply", "burned"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = "asc" | "desc";
export type MarketSort = { key: SortKey; dir: SortDirection };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseMarketSort(params: Record<string, string | string[] | undefined>): MarketSort {
  const key = sortKeys.find((candidate) => candidate === first(params.sort)) ?? "rank";
  const dir = first(params.dir) === "desc" ? "desc" : first(params.dir) === "asc" ? "asc" : key === "rank" || key === "symbol" ? "asc" : "desc";
  return { key, dir };
}

function sortValue(row: MarketRow, key: SortKey): number | string | null {
  switch (key) {
    case "rank":
      return row.rank;
    case "symbol":
      return row.symbol;
    case "price":
      return row.price?.usd ?? null;
    case "marketCap":
      return row.marketCap?.usd ?? null;
    case "supply":
      return row.supply ? Number(row.supply.amount) : null;
    case "burned":
      return row.burned ? Number(row.burned.amount) : null;
    default:
      return row.changes[key]?.share ?? null;
  }
}

/** Sorted by one column; unknown figures always last, whichever the direction. */
export function sortMarketRows(rows: MarketRow[], sort: MarketSort): MarketRow[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null) return left === right ? a.rank - b.rank : left === null ? 1 : -1;
    if (left === right) return a.rank - b.rank;
    return (left < right ? -1 : 1) * sign;
  });
}

/** The link a column header points to: the same column flips direction, another starts at its natural one. */
export function sortHref(current: MarketSort, key: SortKey): string {
  const natural: SortDirection = key === "rank" || key === "symbol" ? "asc" : "desc";
  const dir = current.key === key ? (current.dir === "asc" ? "desc" : "asc") : natural;
  return key === "rank" && dir === "asc" ? "/" : `/?sort=${key}&dir=${dir}`;
}
