import { describe, expect, it } from "vitest";
import { maxMidnightOffsetMs, pickNearestMidnightValues, reshapeMarketChartToDailyPoints } from "./coingecko-market-chart";

const midnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
const minutes = (count: number) => count * 60_000;

describe("one point per UTC day", () => {
  it("takes the point nearest 00:00, which may lie just before midnight", () => {
    const pairs: [number, number][] = [
      [midnight("2023-08-20") + minutes(3), 1],
      [midnight("2023-08-20") + minutes(8 * 60), 2],
      [midnight("2023-08-21") - minutes(2), 3],
      [midnight("2023-08-21") + minutes(4), 4],
    ];
    expect([...pickNearestMidnightValues(pairs, "2023-08-20", "2023-08-21", () => true)]).toEqual([
      ["2023-08-20", 1],
      ["2023-08-21", 3],
    ]);
  });

  it("leaves a day out when no point is within the allowed offset of its midnight", () => {
    const pairs: [number, number][] = [[midnight("2023-08-20") + maxMidnightOffsetMs + 1, 1]];
    expect(pickNearestMidnightValues(pairs, "2023-08-20", "2023-08-21", () => true).size).toBe(0);
  });

  it("keeps only days inside the range", () => {
    const pairs: [number, number][] = [
      [midnight("2023-08-19"), 1],
      [midnight("2023-08-20"), 2],
      [midnight("2023-08-21"), 3],
    ];
    expect([...pickNearestMidnightValues(pairs, "2023-08-20", "2023-08-20", () => true).keys()]).toEqual(["2023-08-20"]);
  });

  it("turns market cap 0 and null into null, keeps volume 0, and skips days without a usable price", () => {
    const chart = {
      prices: [
        [midnight("2022-07-01"), 0.000113],
        [midnight("2022-07-02"), null],
        [midnight("2022-07-03"), 0.000123],
      ] as [number, number | null][],
      market_caps: [
        [midnight("2022-07-01"), 0],
        [midnight("2022-07-03"), null],
      ] as [number, number | null][],
      total_volumes: [
        [midnight("2022-07-01"), 0],
        [midnight("2022-07-03"), 223520222.01577088],
      ] as [number, number | null][],
    };
    expect(reshapeMarketChartToDailyPoints(chart, "2022-07-01", "2022-07-03")).toEqual([
      { day: "2022-07-01", priceUsd: 0.000113, marketCapUsd: null, volumeUsd: 0 },
      { day: "2022-07-03", priceUsd: 0.000123, marketCapUsd: null, volumeUsd: 223520222.01577088 },
    ]);
  });
});
