import { describe, expect, it } from "vitest";
import type { MarketRow } from "@/lib/tokens/market-overview";
import { parseMarketSort, sortHref, sortMarketRows } from "./market-sort";

const row = (rank: number, symbol: string, price: number | null): MarketRow => ({
  rank,
  symbol,
  name: symbol,
  price: price === null ? null : { usd: price, day: "2023-08-28" },
  changes: { change24h: null, change7d: null, change30d: null },
  marketCap: null,
  supply: null,
  burned: null,
  sparkline: [],
});

describe("market table sorting", () => {
  it("sorts by a column with unknown figures last", () => {
    const rows = [row(1, "LUNC", 0.00006), row(2, "USTC", null), row(3, "BTC", 26082.72)];
    expect(sortMarketRows(rows, { key: "price", dir: "desc" }).map((entry) => entry.symbol)).toEqual(["BTC", "LUNC", "USTC"]);
    expect(sortMarketRows(rows, { key: "price", dir: "asc" }).map((entry) => entry.symbol)).toEqual(["LUNC", "BTC", "USTC"]);
  });

  it("reads and links the sort from the URL", () => {
    expect(parseMarketSort({ sort: "marketCap" })).toEqual({ key: "marketCap", dir: "desc" });
    expect(parseMarketSort({ sort: "nope", dir: "up" })).toEqual({ key: "rank", dir: "asc" });
    expect(sortHref({ key: "price", dir: "desc" }, "price")).toBe("/?sort=price&dir=asc");
    expect(sortHref({ key: "price", dir: "desc" }, "rank")).toBe("/");
  });
});
