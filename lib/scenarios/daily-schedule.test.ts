import { describe, expect, it } from "vitest";
import { advanceDay, compileDailySchedule } from "./daily-schedule";
import { scenarioInputSchema } from "./scenario-input-schema";

function parseInput(overrides: Record<string, unknown>) {
  return scenarioInputSchema.parse({
    startDay: "2026-01-01",
    startingSupply: 1_000_000,
    horizonDays: 70,
    price: { kind: "constantMarketCap", marketCapUsd: 1_000 },
    ...overrides,
  });
}

describe("daily schedule", () => {
  it("adds fixed-daily and tax burns into one daily flow", () => {
    const schedule = compileDailySchedule(
      parseInput({
        burns: [
          { kind: "fixedDaily", amountPerDay: 100 },
          { kind: "tax", taxRate: 0.01, dailyVolume: 50_000 },
          { kind: "fixedDaily", amountPerDay: 25 },
        ],
      }),
    );
    expect(schedule.flowPerDay).toBe(625);
    expect(schedule.keptFractionPerDay).toBe(1);
  });

  it("combines proportional burns multiplicatively", () => {
    const schedule = compileDailySchedule(parseInput({ burns: [{ kind: "proportional", ratePerYear: 0.1 }, { kind: "proportional", ratePerYear: 0.2 }] }));
    expect(schedule.keptFractionPerDay).toBeCloseTo((0.9 * 0.8) ** (1 / 365), 15);
  });

  it("places batches every N days from day N, or from firstDay", () => {
    const schedule = compileDailySchedule(
      parseInput({ burns: [{ kind: "batch", amount: 5, everyDays: 7 }, { kind: "batch", amount: 1, everyDays: 30, firstDay: "2026-01-03" }] }),
    );
    const days = [...schedule.scheduledByDay.keys()].filter((day) => schedule.scheduledByDay[day]! > 0);
    expect(days).toEqual([2, 7, 14, 21, 28, 32, 35, 42, 49, 56, 62, 63, 70]);
    expect(schedule.scheduledByDay[7]).toBe(5);
    expect(schedule.scheduledByDay[2]).toBe(1);
    expect(schedule.scheduledByDay.reduce((sum, value) => sum + value, 0)).toBe(10 * 5 + 3 * 1);
  });

  it("places a one-off on its day and stacks burns that share a day", () => {
    const schedule = compileDailySchedule(
      parseInput({ burns: [{ kind: "oneOff", amount: 9, day: "2026-01-15" }, { kind: "oneOff", amount: 1, day: "2026-01-15" }, { kind: "batch", amount: 2, everyDays: 14 }] }),
    );
    expect(schedule.scheduledByDay[14]).toBe(12);
    expect(schedule.scheduledByDay[0]).toBe(0);
  });

  it("sums issuance", () => {
    const schedule = compileDailySchedule(parseInput({ issuance: [{ kind: "fixedDaily", amountPerDay: 3 }, { kind: "fixedDaily", amountPerDay: 4 }] }));
    expect(schedule.issuancePerDay).toBe(7);
  });

  it("adds issuance, then burns, never below zero", () => {
    const schedule = compileDailySchedule(parseInput({ burns: [{ kind: "fixedDaily", amountPerDay: 600 }], issuance: [{ kind: "fixedDaily", amountPerDay: 50 }] }));
    expect(advanceDay(schedule, 1_000, 1, 1)).toBe(450);
    expect(advanceDay(schedule, 500, 1, 1)).toBe(0);
    expect(advanceDay(schedule, 500, 1, 0.5)).toBe(250);
    expect(advanceDay(schedule, 550, 1, 1)).toBe(0);
  });

  it("takes proportional burns from the opening supply", () => {
    const schedule = compileDailySchedule(parseInput({ burns: [{ kind: "proportional", ratePerYear: 0.5 }, { kind: "oneOff", amount: 10, day: "2026-01-02" }] }));
    expect(advanceDay(schedule, 1_000, 1, 1)).toBeCloseTo(1_000 * 0.5 ** (1 / 365) - 10, 9);
    expect(advanceDay(schedule, 1_000, 2, 1)).toBeCloseTo(1_000 * 0.5 ** (1 / 365), 9);
  });
});
