import { describe, expect, it } from "vitest";
import { formatMultiple, formatPercent, formatTokenAmount, formatUsdAmount, formatYears } from "./format-figure";

describe("format-figure", () => {
  it("writes token amounts in words", () => {
    expect(formatTokenAmount(6.531e12)).toBe("6.531 trillion LUNC");
    expect(formatTokenAmount(352_600_000)).toBe("352.6 million LUNC");
    expect(formatTokenAmount(414_893_478_016)).toBe("414.9 billion LUNC");
    expect(formatTokenAmount(1234)).toBe("1,234 LUNC");
  });
  it("writes USD amounts: prices with significant digits, sums in words", () => {
    expect(formatUsdAmount(0.00005925)).toBe("$0.00005925");
    expect(formatUsdAmount(82.316)).toBe("$82.32");
    expect(formatUsdAmount(363_046_665)).toBe("$363 million");
    expect(formatUsdAmount(6.824e12)).toBe("$6.82 trillion");
  });
  it("writes percentages, years and multiples", () => {
    expect(formatPercent(-0.9999)).toBe("-99.99%");
    expect(formatPercent(-0.999998)).toBe("-99.9998%");
    expect(formatPercent(0.0123)).toBe("1.23%");
    expect(formatPercent(0.00123)).toBe("0.123%");
    expect(formatYears(186.4)).toBe("186 years");
    expect(formatYears(7.25)).toBe("7.3 years");
    expect(formatMultiple(18_532.4)).toBe("18,532×");
  });
});
