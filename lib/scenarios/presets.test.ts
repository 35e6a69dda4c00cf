import { describe, expect, it } from "vitest";
import { useSnapshotAppStore } from "@/lib/testing/snapshot-app-store";
import { addDays, daysBetween } from "@/lib/days/utc-day";
import { estimateGbmParameters, estimateLogNormalSpread } from "./estimate-gbm-parameters";
import { loadScenarioPresets } from "./presets";

describe("scenario presets on the bundled snapshot", () => {
  const snapshotStore = useSnapshotAppStore();

  it("fit the Monte Carlo processes to the last year of stored market caps and of daily burn totals", async () => {
    const presets = await loadScenarioPresets("LUNC");
    const { marketCap, burnVolume, marketCapSourceKey, burnSourceKey } = presets.fitted;
    // Read the same rows straight from the store, independently of the loader's queries.
    const token = await snapshotStore().db.token.findFirstOrThrow({ where: { symbol: "LUNC" } });
    const caps = await snapshotStore().db.pricePoint.findMany({ where: { tokenId: token.id, marketCapUsd: { not: null } }, orderBy: { day: "asc" }, select: { day: true, marketCapUsd: true } });
    const lastCapDay = caps.at(-1)!.day;
    const yearOfCaps = caps.filter((row) => row.day >= addDays(lastCapDay, -364)).map((row) => ({ day: row.day, value: row.marketCapUsd! }));
    expect(marketCap).toEqual({ ...estimateGbmParameters(yearOfCaps), fromDay: yearOfCaps[0]!.day, toDay: lastCapDay });
    expect(marketCapSourceKey).toBe(presets.marketCap?.sourceKey);
    expect(daysBetween(marketCap!.fromDay, marketCap!.toDay)).toBeLessThanOrEqual(364);
    expect(marketCap!.volatilityPerYear).toBeGreaterThan(0);

    const burns = await snapshotStore().db.burn.findMany({ where: { tokenId: token.id, kind: "total", periodDays: 1 }, orderBy: { day: "asc" }, select: { day: true, amount: true } });
    const lastBurnDay = burns.at(-1)!.day;
    const yearOfBurns = burns.filter((row) => row.day >= addDays(lastBurnDay, -364)).map((row) => ({ day: row.day, value: Number(row.amount) }));
    const spread = estimateLogNormalSpread(yearOfBurns)!;
    expect(burnVolume).toEqual({ volatilityPerDay: spread.volatilityPerDay, meanPerDay: spread.meanValue, observations: spread.observations, fromDay: yearOfBurns[0]!.day, toDay: lastBurnDay });
    expect(burnSourceKey).not.toBeNull();
  });

  it("have nothing to fit for a token the store lacks", async () => {
    expect((await loadScenarioPresets("NOPE")).fitted).toEqual({ marketCap: null, burnVolume: null, marketCapSourceKey: null, burnSourceKey: null });
  });
});
