import { describe, expect, it } from "vitest";
import { daysOfRange, historyDateSchema, instantSchema } from "./params";
import { toMarketChart, toSimplePrice } from "./shapes";

describe("CoinGecko-compatible shapes", () => {
  const rows = [
    { day: "2023-08-27", priceUsd: 6.26e-5, marketCapUsd: 364078895.07, volumeUsd: 8885228.56 },
    { day: "2023-08-28", priceUsd: 6.24e-5, marketCapUsd: null, volumeUsd: 8422775.09 },
  ];

  it("pairs each series with milliseconds at 00:00 UTC and leaves unknown values out", () => {
    expect(toMarketChart(rows)).toEqual({
      prices: [[1693094400000, 6.26e-5], [1693180800000, 6.24e-5]],
      market_caps: [[1693094400000, 364078895.07]],
      total_volumes: [[1693094400000, 8885228.56], [1693180800000, 8422775.09]],
    });
  });

  it("adds the optional /simple/price fields only when asked and known", () => {
    const [previous, latest] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect(toSimplePrice(latest, previous, { marketCap: true, volume: true, change: true, lastUpdated: true })).toEqual({
      usd: 6.24e-5,
      usd_24h_vol: 8422775.09,
      usd_24h_change: (6.24e-5 / 6.26e-5 - 1) * 100,
      last_updated_at: 1693180800,
    });
    expect(toSimplePrice(latest, previous, { marketCap: false, volume: false, change: false, lastUpdated: false })).toEqual({ usd: 6.24e-5 });
  });

  it("reads CoinGecko's ways of writing instants and dates", () => {
    expect(instantSchema.parse("1693094400")).toBe(1693094400000);
    expect(instantSchema.parse("2023-08-27")).toBe(1693094400000);
    expect(instantSchema.parse("2023-08-27T12:00")).toBe(1693137600000);
    expect(instantSchema.safeParse("yesterday").success).toBe(false);
    expect(historyDateSchema.parse("28-08-2023")).toBe("2023-08-28");
    expect(historyDateSchema.parse("2023-08-28")).toBe("2023-08-28");
    expect(historyDateSchema.safeParse("31-02-2023").success).toBe(false);
    expect(daysOfRange(1693094400000, 1693180800000)).toEqual({ from: "2023-08-27", to: "2023-08-28" });
    expect(daysOfRange(1693094400001, 1693180799000)).toEqual({ from: "2023-08-28", to: "2023-08-27" });
  });
});
