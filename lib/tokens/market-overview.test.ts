import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSnapshot } from "@/lib/ingest/snapshot";
import { createThrowawaySqliteStore, useAsAppStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { listMarketRows, type MarketRow } from "./market-overview";

describe("the home page's market table on the bundled snapshot", () => {
  let store: ThrowawayStore;
  let rows: MarketRow[];

  beforeAll(async () => {
    store = await createThrowawaySqliteStore();
    await importSnapshot(store.db);
    useAsAppStore(store.url);
    rows = await listMarketRows();
  });
  afterAll(async () => store?.dispose());

  const row = (symbol: string) => {
    const found = rows.find((entry) => entry.symbol === symbol);
    if (!found) throw new Error(`no row for ${symbol}`);
    return found;
  };
  const storedPrice = async (symbol: string, day: string) => {
    const token = await store.db.token.findUniqueOrThrow({ where: { symbol } });
    return (await store.db.pricePoint.findUniqueOrThrow({ where: { tokenId_day: { tokenId: token.id, day } } })).priceUsd;
  };

  it("lists every token in rank order with the day of each figure", () => {
    expect(rows.map((entry) => entry.symbol)).toEqual(["LUNC", "USTC", "BTC", "ETH", "SHIB"]);
    expect(row("LUNC")).toMatchObject({
      price: { day: "2025-06-08" },
      marketCap: { day: "2023-08-28" },
      supply: { amount: "5800000000000", day: "2023-12-03", kind: "circulating" },
      burned: { amount: "414893478016", day: "2026-03-18" },
    });
    expect(row("BTC")).toMatchObject({ price: { day: "2023-08-28" }, supply: null, burned: null });
  });

  it("computes the changes from the prices stored exactly 1, 7 and 30 days earlier", async () => {
    const btc = row("BTC");
    const latest = await storedPrice("BTC", "2023-08-28");
    expect(btc.price?.usd).toBe(latest);
    expect(btc.changes.change24h).toEqual({ share: latest / (await storedPrice("BTC", "2023-08-27")) - 1, fromDay: "2023-08-27", toDay: "2023-08-28" });
    expect(btc.changes.change7d?.share).toBe(latest / (await storedPrice("BTC", "2023-08-21")) - 1);
    expect(btc.changes.change30d?.fromDay).toBe("2023-07-29");
    expect(row("USTC").changes.change30d?.toDay).toBe("2022-10-09");
  });

  it("draws the sparkline from the stored days of the last 30 only", () => {
    const lunc = row("LUNC").sparkline;
    expect(lunc[0]?.day).toBe("2025-05-09");
    expect(lunc[lunc.length - 1]?.day).toBe("2025-06-08");
    expect(lunc).toHaveLength(31);
  });
});
