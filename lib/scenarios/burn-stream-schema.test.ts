import { describe, expect, it } from "vitest";
import { burnStreamSchema, issuanceStreamSchema } from "./burn-stream-schema";

describe("burn stream schema", () => {
  it("accepts each kind of stream", () => {
    const streams = [
      { kind: "fixedDaily", amountPerDay: 5e8 },
      { kind: "proportional", ratePerYear: 0.01 },
      { kind: "tax", taxRate: 0.005, dailyVolume: 2e10 },
      { kind: "batch", amount: 1e9, everyDays: 7 },
      { kind: "batch", amount: 1e9, everyDays: 30, firstDay: "2026-02-01" },
      { kind: "oneOff", amount: 1e10, day: "2026-06-01" },
    ];
    for (const stream of streams) expect(burnStreamSchema.parse(stream)).toEqual(stream);
  });

  it("names the field that is wrong", () => {
    const cases: [unknown, string, RegExp][] = [
      [{ kind: "fixedDaily", amountPerDay: -1 }, "amountPerDay", /^amountPerDay must be/],
      [{ kind: "proportional", ratePerYear: 2 }, "ratePerYear", /^ratePerYear must be a fraction/],
      [{ kind: "tax", taxRate: 0.01 }, "dailyVolume", /^dailyVolume must be/],
      [{ kind: "batch", amount: 1, everyDays: 0 }, "everyDays", /^everyDays must be a whole number/],
      [{ kind: "oneOff", amount: 1, day: "tomorrow" }, "day", /^day must be a calendar day/],
      [{ kind: "burnEverything" }, "kind", /^kind must be one of fixedDaily/],
    ];
    for (const [input, field, message] of cases) {
      const parsed = burnStreamSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      const issue = parsed.error?.issues[0];
      expect(issue?.path).toEqual([field]);
      expect(issue?.message).toMatch(message);
    }
  });

  it("takes issuance as a fixed daily amount only", () => {
    expect(issuanceStreamSchema.parse({ kind: "fixedDaily", amountPerDay: 1e7 })).toEqual({ kind: "fixedDaily", amountPerDay: 1e7 });
    expect(issuanceStreamSchema.safeParse({ kind: "proportional", ratePerYear: 0.1 }).error?.issues[0]?.message).toMatch(/^kind must be fixedDaily/);
  });
});
