import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exampleScenarioInput } from "./example-scenario-input";
import { scenarioInputSchema } from "./scenario-input-schema";

const minimal = { startDay: "2026-01-01", startingSupply: 6.8e12, horizonDays: 365, price: { kind: "constantMarketCap", marketCapUsd: 5e8 } };

function listIssues(input: unknown) {
  const parsed = scenarioInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("scenario input schema", () => {
  it("fills defaults for a minimal input", () => {
    expect(scenarioInputSchema.parse(minimal)).toEqual({ ...minimal, tokenSymbol: "LUNC", resolution: "monthly", burns: [], issuance: [] });
  });

  it("refuses a negative supply, naming the field", () => {
    expect(listIssues({ ...minimal, startingSupply: -6.8e12 })).toEqual([
      { path: "startingSupply", message: "startingSupply must be a number of tokens greater than 0 and at most 1e18." },
    ]);
  });

  it("refuses a horizon over 100 years", () => {
    expect(listIssues({ ...minimal, horizonDays: 36_526 })).toEqual([
      { path: "horizonDays", message: "horizonDays must be a whole number of days (100 years at most) from 1 to 36,525." },
    ]);
    expect(listIssues({ ...minimal, horizonDays: 36_525 })).toEqual([]);
  });

  it("refuses more than 10,000 paths", () => {
    const issues = listIssues({ ...minimal, monteCarlo: { paths: 10_001, seed: 1 } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("monteCarlo.paths");
    expect(issues[0]?.message).toMatch(/^paths must be a whole number of paths from 1 to 10,000/);
  });

  it("refuses runs over 36.53 million daily steps, saying how many paths fit", () => {
    expect(listIssues({ ...minimal, horizonDays: 36_500, monteCarlo: { paths: 2_000, seed: 1 } })).toEqual([
      { path: "monteCarlo.paths", message: "paths × horizonDays may be at most 36,530,000 daily steps: over 36,500 days use at most 1,000 paths." },
    ]);
    expect(listIssues({ ...minimal, horizonDays: 10_000, monteCarlo: { paths: 2_000, seed: 1 } })).toEqual([]);
    expect(listIssues({ ...minimal, horizonDays: 3_653, monteCarlo: { paths: 10_000, seed: 1 } })).toEqual([]);
    expect(listIssues({ ...minimal, horizonDays: 3_654, monteCarlo: { paths: 10_000, seed: 1 } })).toHaveLength(1);
  });

  it("asks for monthly output from Monte Carlo runs", () => {
    expect(listIssues({ ...minimal, resolution: "daily", monteCarlo: { paths: 10, seed: 1 } })).toEqual([
      { path: "resolution", message: 'resolution must be "monthly" for Monte Carlo runs.' },
    ]);
  });

  it("refuses one-off burns and goals outside the horizon", () => {
    const issues = listIssues({
      ...minimal,
      burns: [
        { kind: "oneOff", amount: 1, day: "2026-01-01" },
        { kind: "oneOff", amount: 1, day: "2027-01-01" },
        { kind: "oneOff", amount: 1, day: "2027-01-02" },
        { kind: "batch", amount: 1, everyDays: 7, firstDay: "2025-12-25" },
      ],
      priceGoal: { priceUsd: 1, byDay: "2030-01-01" },
    });
    expect(issues.map((issue) => issue.path)).toEqual(["burns.0.day", "burns.2.day", "burns.3.firstDay", "priceGoal.byDay"]);
    expect(issues[0]?.message).toBe("day must fall after startDay (2026-01-01) and no later than 2027-01-01, the end of the horizon.");
  });

  it("reports field errors and cross-field errors together without throwing", () => {
    const paths = listIssues({ ...minimal, startDay: "2026-13-01", burns: [{ kind: "oneOff", amount: -1, day: "2020-01-01" }] }).map((issue) => issue.path);
    expect(paths).toEqual(["startDay", "burns.0.amount"]);
  });

  it("names missing and unknown fields", () => {
    const paths = listIssues({ startDay: "2026-01-01" }).map((issue) => issue.path);
    expect(paths).toEqual(["startingSupply", "horizonDays", "price"]);
    expect(listIssues({ ...minimal, price: undefined })[0]?.message).toMatch(/^price must be an object/);
    expect(listIssues({ ...minimal, resolution: "weekly" })[0]).toEqual({ path: "resolution", message: 'resolution must be "daily" or "monthly".' });
    expect(listIssues({ ...minimal, tokenSymbol: "" })[0]?.path).toBe("tokenSymbol");
    expect(listIssues({ ...minimal, burns: Array.from({ length: 51 }, () => ({ kind: "fixedDaily", amountPerDay: 1 })) })[0]?.message).toBe(
      "burns may list at most 50 streams.",
    );
  });

  it("accepts the example", () => {
    expect(listIssues(exampleScenarioInput)).toEqual([]);
  });

  it("converts to JSON Schema for the OpenAPI spec, with defaulted fields optional in requests", () => {
    const jsonSchema = z.toJSONSchema(scenarioInputSchema, { io: "input" });
    expect(jsonSchema.required).toEqual(["startDay", "startingSupply", "horizonDays", "price"]);
    expect(Object.keys(jsonSchema.properties ?? {})).toEqual([
      "tokenSymbol",
      "startDay",
      "startingSupply",
      "horizonDays",
      "resolution",
      "burns",
      "issuance",
      "price",
      "supplyTarget",
      "priceGoal",
      "monteCarlo",
    ]);
    expect(JSON.stringify(jsonSchema.properties?.burns)).toContain('"oneOff"');
  });
});
