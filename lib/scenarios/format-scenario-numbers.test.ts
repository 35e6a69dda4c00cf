import { describe, expect, it } from "vitest";
import { formatLargeNumber, formatPercent, formatPriceUsd, formatUsdAmount, formatYears } from "./format-scenario-numbers";

describe("formatting scenario numbers", () => {
  it("writes large numbers with three figures and a scale word", () => {
    expect(formatLargeNumber(6.8e12)).toBe("6.80 trillion");
    expect(formatLargeNumber(6.6175e12)).toBe("6.62 trillion");
    expect(formatLargeNumber(5e8)).toBe("500 million");
    expect(formatLargeNumber(999_600)).toBe("1.00 million");
    expect(formatLargeNumber(12_345)).toBe("12.3 thousand");
    expect(formatLargeNumber(7e15)).toBe("7.00 quadrillion");
    expect(formatLargeNumber(950)).toBe("950");
    expect(formatLargeNumber(0.25)).toBe("0.25");
    expect(formatLargeNumber(0)).toBe("0");
    expect(formatLargeNumber(3e25)).toBe("3.00e+25");
  });

  it("writes USD market caps and prices", () => {
    expect(formatUsdAmount(5e8)).toBe("$500 million");
    expect(formatUsdAmount(6.8e10)).toBe("$68.0 billion");
    expect(formatUsdAmount(12.5)).toBe("$12.50");
    expect(formatPriceUsd(5e8 / 6.8e12)).toBe("$0.00007353");
    expect(formatPriceUsd(0.0001)).toBe("$0.0001");
    expect(formatPriceUsd(0.01)).toBe("$0.01");
    expect(formatPriceUsd(1.5)).toBe("$1.50");
    expect(formatPriceUsd(2.5e9)).toBe("$2.50 billion");
  });

  it("writes percentages and years", () => {
    expect(formatPercent(0.01)).toBe("1%");
    expect(formatPercent(0.005)).toBe("0.5%");
    expect(formatPercent(0.02654)).toBe("2.65%");
    expect(formatPercent(-0.2)).toBe("-20%");
    expect(formatYears(1)).toBe("1 year");
    expect(formatYears(4.3287)).toBe("4.33 years");
  });
});
