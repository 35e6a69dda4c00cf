import { describe, expect, it } from "vitest";
import { parseCoingeckoDailyCsv, parseCoingeckoPriceOnlyCsv } from "./coingecko-daily";
import { parseBurnHistoryJson, parseExchangeBatchesCsv } from "./lunc-burns";
import { parseCmcHourlySupplyTsv, parseLanaDailySupplyCsv } from "./lunc-supply";
import { parseYahooDailyCsv } from "./yahoo-daily";

describe("CoinGecko daily CSV", () => {
  it("reads days with or without a time part, and a zero market cap as unknown", () => {
    const csv = [
      "date,price,total_volume,market_cap,coin_name",
      "2015-08-07 00:00:00.000,2.83162,90622.0,0.0,ethereum",
      "2015-08-08 00:00:00.000,1.33075,368070.0,80339475.0,ethereum",
      "2015-08-10 00:00:00.000,0.6875,400464.07,,ethereum",
    ].join("\n");
    const { points, quirksHandled } = parseCoingeckoDailyCsv(csv, "eth.csv");
    expect(points).toEqual([
      { day: "2015-08-07", priceUsd: 2.83162, marketCapUsd: null, volumeUsd: 90622 },
      { day: "2015-08-08", priceUsd: 1.33075, marketCapUsd: 80339475, volumeUsd: 368070 },
      { day: "2015-08-10", priceUsd: 0.6875, marketCapUsd: null, volumeUsd: 400464.07 },
    ]);
    expect(quirksHandled.join(" ")).toMatch(/unknown: stored as null on 2 days/);
  });

  it("fails loudly on a changed header or a missing price", () => {
    expect(() => parseCoingeckoDailyCsv("day,price\n2020-01-01,1", "x.csv")).toThrow(/missing column/);
    expect(() => parseCoingeckoDailyCsv("date,price,total_volume,market_cap\n2020-01-01,0,1,1", "x.csv")).toThrow(/no price on 2020-01-01/);
    expect(() => parseCoingeckoPriceOnlyCsv("timestamp,price\n2020-13-01,1", "x.csv")).toThrow(/Not a UTC day/);
  });
});

describe("Yahoo daily CSV", () => {
  it("takes the Open as the 00:00 UTC price and leaves null rows as gaps", () => {
    const csv = [
      "Date,Open,High,Low,Close,Adj Close,Volume",
      "2022-05-09,0.997,1.0,0.6,0.793,0.793,1000",
      "2022-10-10,null,null,null,null,null,null",
    ].join("\n");
    const { points, quirksHandled } = parseYahooDailyCsv(csv, "ustc.csv");
    expect(points).toEqual([{ day: "2022-05-09", priceUsd: 0.997, marketCapUsd: null, volumeUsd: 1000 }]);
    expect(quirksHandled.join(" ")).toMatch(/1 rows of null/);
  });
});

describe("LUNC supply sources", () => {
  it("moves lana-tm's end-of-day values to the next day and ignores the byte-order mark", () => {
    const csv = "\uFEFFDate,Price,Volume,CirSupply,Velocity,Valuation\n2022-05-12,0.1,1,129800000000,0,0\n2022-08-19,0.000086,1,6579764804985,0,0\n";
    expect(parseLanaDailySupplyCsv(csv, "lunc.csv").points).toEqual([
      { day: "2022-05-13", total: null, circulating: "129800000000" },
      { day: "2022-08-20", total: null, circulating: "6579764804985" },
    ]);
  });

  it("keeps the first CoinMarketCap quote of each UTC day, expanded exactly", () => {
    const header = "total_supply\tcirculating_supply\tlast_updated_ts";
    const rows = [
      "6.906229037364156E12\t6.574768802067201E12\t1659999540000", // 2022-08-08 22:59 UTC
      "6.906229037364100E12\t6.574768802067000E12\t1660003200000", // 2022-08-09 00:00 UTC
      "6.906229037364000E12\t6.574768802066000E12\t1660006800000", // 2022-08-09 01:00 UTC
    ];
    const { points } = parseCmcHourlySupplyTsv([header, ...rows].join("\n"), "cmc.tsv");
    expect(points).toEqual([
      { day: "2022-08-08", total: "6906229037364.156", circulating: "6574768802067.201" },
      { day: "2022-08-09", total: "6906229037364.1", circulating: "6574768802067" },
    ]);
  });
});

describe("LUNC burn history", () => {
  const history = (entries: [string, number][]) => JSON.stringify({ daily: entries.map(([date, burn]) => ({ date, burn })), source: "test" });

  it("keeps daily figures daily and folds a repeated Monday-to-Sunday figure into one weekly point", () => {
    const week = ["2025-03-24", "2025-03-25", "2025-03-26", "2025-03-27", "2025-03-28", "2025-03-29", "2025-03-30"].map((day): [string, number] => [day, 145314351]);
    const { points } = parseBurnHistoryJson(history([["2025-03-22", 15867688], ["2025-03-23", 14978558], ...week, ["2025-03-31", 5]]), "burns.json");
    expect(points.map((point) => [point.day, point.periodDays, point.amount, point.runningTotal])).toEqual([
      ["2025-03-22", 1, "15867688", "15867688"],
      ["2025-03-23", 1, "14978558", "30846246"],
      ["2025-03-24", 7, "145314351", "176160597"],
      ["2025-03-31", 1, "5", "176160602"],
    ]);
  });

  it("does not fold a repeat that is not a whole Monday-to-Sunday week", () => {
    const days = ["2025-03-25", "2025-03-26", "2025-03-27", "2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31"];
    const { points } = parseBurnHistoryJson(history(days.map((day): [string, number] => [day, 7])), "burns.json");
    expect(points.every((point) => point.periodDays === 1)).toBe(true);
    expect(points.at(-1)?.runningTotal).toBe("49");
  });

  it("refuses a payload of another shape", () => {
    expect(() => parseBurnHistoryJson(JSON.stringify({ daily: [{ date: "2025-01-01", burn: -1 }] }), "burns.json")).toThrow(/burns.json/);
  });

  it("keeps each exchange batch's note and runs its own total", () => {
    const csv = 'date,amount_lunc,annotation_in_source,burn_wallet_total\n2022-10-10,2300000000,Batch 2 ~2.3B,1\n2022-10-03,5570000000,Batch 1 VERIFIED (~5.57B),1\n';
    const { points } = parseExchangeBatchesCsv(csv, "batches.csv");
    expect(points.map((point) => [point.day, point.kind, point.runningTotal, point.note])).toEqual([
      ["2022-10-03", "exchange_batch", "5570000000", "Reported: Batch 1 VERIFIED (~5.57B)"],
      ["2022-10-10", "exchange_batch", "7870000000", "Reported: Batch 2 ~2.3B"],
    ]);
  });
});
