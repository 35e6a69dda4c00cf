import { describe, expect, it } from "vitest";
import { describeBurnStreams, describeIssuance, joinPhrases } from "./describe-streams";

describe("describing streams", () => {
  it("joins phrases as a sentence would", () => {
    expect(joinPhrases([])).toBe("");
    expect(joinPhrases(["a"])).toBe("a");
    expect(joinPhrases(["a", "b"])).toBe("a and b");
    expect(joinPhrases(["a", "b", "c"])).toBe("a, b and c");
  });

  it("describes each kind of burn with units", () => {
    expect(
      describeBurnStreams(
        [
          { kind: "fixedDaily", amountPerDay: 5e8 },
          { kind: "proportional", ratePerYear: 0.01 },
          { kind: "tax", taxRate: 0.005, dailyVolume: 1e10 },
          { kind: "batch", amount: 2e9, everyDays: 30 },
          { kind: "batch", amount: 1e6, everyDays: 1 },
          { kind: "oneOff", amount: 1e10, day: "2026-06-01" },
        ],
        "LUNC",
      ),
    ).toEqual([
      "500 million LUNC burned a day",
      "1% of supply burned a year",
      "a 0.5% burn tax on 10.0 billion LUNC traded a day",
      "2.00 billion LUNC burned every 30 days",
      "1.00 million LUNC burned every day",
      "a one-off burn of 10.0 billion LUNC on 2026-06-01",
    ]);
  });

  it("folds many one-off burns into one phrase", () => {
    const burns = ["2026-02-01", "2026-03-01", "2026-04-01"].map((day) => ({ kind: "oneOff" as const, amount: 1e9, day }));
    expect(describeBurnStreams(burns, "USTC")).toEqual(["3 one-off burns totalling 3.00 billion USTC"]);
  });

  it("describes issuance, if any", () => {
    expect(describeIssuance([{ kind: "fixedDaily", amountPerDay: 4e6 }, { kind: "fixedDaily", amountPerDay: 6e6 }], "LUNC")).toBe("10.0 million LUNC issued a day");
    expect(describeIssuance([], "LUNC")).toBeNull();
  });
});
