import { describe, expect, it } from "vitest";
import { formatCompactAmount, formatCompactUsd, formatExactAmount, formatUsdPrice } from "./numbers";

describe("display formats", () => {
  it("shows small prices with significant digits", () => {
    expect(formatUsdPrice(0.00006244455876330735)).toBe("$0.00006244");
    expect(formatUsdPrice(8.031544710242105e-6)).toBe("$0.000008032");
    expect(formatUsdPrice(26082.717178218525)).toBe("$26,082.72");
  });

  it("shortens large figures", () => {
    expect(formatCompactUsd(363046665.264846)).toBe("$363.05M");
    expect(formatCompactAmount("414893478016")).toBe("414.89B");
  });

  it("groups exact amounts without rounding", () => {
    expect(formatExactAmount("6906229037364.156")).toBe("6,906,229,037,364.156");
    expect(formatExactAmount("12")).toBe("12");
  });
});
