import { describe, expect, it } from "vitest";
import { buildSupplyPoints } from "./build-supply-points";
import { listOutputDays } from "./output-days";
import { scenarioInputSchema } from "./scenario-input-schema";
import { simulateDailySupply } from "./simulate-supply";

function buildPoints(overrides: Record<string, unknown>) {
  const input = scenarioInputSchema.parse({
    startDay: "2026-01-15",
    startingSupply: 1e12,
    horizonDays: 76,
    burns: [{ kind: "fixedDaily", amountPerDay: 1e9 }],
    issuance: [{ kind: "fixedDaily", amountPerDay: 1e6 }],
    price: { kind: "constantMarketCap", marketCapUsd: 1e9 },
    ...overrides,
  });
  return buildSupplyPoints(simulateDailySupply(input), input.startDay, listOutputDays(input.startDay, input.horizonDays, input.resolution), input.price);
}

describe("building supply points", () => {
  it("reports month ends at monthly resolution, with each period's burns and issuance", () => {
    const points = buildPoints({ resolution: "monthly", horizonDays: 77 });
    expect(points.map((point) => point.day)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-02"]);
    expect(points.map((point) => point.burned)).toEqual([16e9, 28e9, 31e9, 2e9]);
    expect(points.map((point) => point.issued)).toEqual([16e6, 28e6, 31e6, 2e6]);
    expect(points.map((point) => point.cumulativeBurned)).toEqual([16e9, 44e9, 75e9, 77e9]);
    expect(points[3]?.supply).toBe(1e12 - 77e9 + 77e6);
  });

  it("reports every day at daily resolution, a one-off on its own day", () => {
    const points = buildPoints({ resolution: "daily", horizonDays: 5, burns: [{ kind: "oneOff", amount: 5e9, day: "2026-01-18" }], issuance: [] });
    expect(points.map((point) => [point.day, point.burned])).toEqual([
      ["2026-01-16", 0],
      ["2026-01-17", 0],
      ["2026-01-18", 5e9],
      ["2026-01-19", 0],
      ["2026-01-20", 0],
    ]);
  });

  it("divides the market cap by supply for the price", () => {
    const [first] = buildPoints({ resolution: "daily", horizonDays: 1, burns: [{ kind: "oneOff", amount: 5e11, day: "2026-01-16" }], issuance: [] });
    expect(first).toEqual({ day: "2026-01-16", supply: 5e11, burned: 5e11, issued: 0, cumulativeBurned: 5e11, marketCapUsd: 1e9, priceUsd: 0.002 });
  });

  it("gives the market cap a target price needs, and no price once supply is gone", () => {
    const targeted = buildPoints({ price: { kind: "targetPrice", priceUsd: 0.01 } });
    expect(targeted[0]?.marketCapUsd).toBeCloseTo(0.01 * targeted[0]!.supply, 6);
    expect(targeted.every((point) => point.priceUsd === 0.01)).toBe(true);
    const burnedOut = buildPoints({ burns: [{ kind: "oneOff", amount: 2e12, day: "2026-01-20" }], issuance: [] });
    expect(burnedOut.at(-1)).toMatchObject({ supply: 0, priceUsd: null, cumulativeBurned: 1e12 });
  });
});
