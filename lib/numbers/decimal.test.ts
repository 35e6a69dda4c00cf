import { describe, expect, it } from "vitest";
import { addDecimalStrings, toBaseUnits, toDecimalString } from "./decimal";

describe("exact token amounts", () => {
  it("expands exponents without rounding", () => {
    expect(toDecimalString("6.906229037364156E12")).toBe("6906229037364.156");
    expect(toDecimalString("6.904017889662E12")).toBe("6904017889662");
    expect(toDecimalString(" 5570000000 ")).toBe("5570000000");
  });

  it("keeps micro-unit supply exact where a double cannot", () => {
    const supply = "6906229037364.156789";
    expect(toBaseUnits(supply, 6)).toBe(6906229037364156789n);
    // The double nearest to that many uluna is off by hundreds.
    expect(BigInt(Number(6906229037364156789n))).not.toBe(6906229037364156789n);
  });

  it("adds running totals exactly", () => {
    let total = "0";
    for (let i = 0; i < 1000; i++) total = addDecimalStrings(total, "0.000001");
    expect(total).toBe("0.001");
    expect(addDecimalStrings("9007199254740993", "1")).toBe("9007199254740994");
  });

  it("refuses text that is not a number", () => {
    expect(() => toDecimalString("null")).toThrow(/Not a decimal/);
    expect(() => toDecimalString("")).toThrow(/Not a decimal/);
  });
});
