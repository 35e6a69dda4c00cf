import { describe, expect, it } from "vitest";
import { formatAxisValue, linearDomainAndTicks, logDomain, logTicks } from "./axis-scale";

describe("logDomain", () => {
  it("rounds out to whole powers of ten, ignoring zero and negatives", () => {
    expect(logDomain([0.00005, 0.0001])).toEqual([1e-5, 1e-4]);
    expect(logDomain([116.46, 0.00005, 0, -1])).toEqual([1e-5, 1e3]);
    expect(logDomain([100])).toEqual([100, 1000]);
    expect(logDomain([])).toEqual([1, 10]);
  });
});

describe("logTicks", () => {
  it("covers 1e-8 to 1e13 with at most about ten ticks", () => {
    const ticks = logTicks([1e-8, 1e13]);
    expect(ticks[0]).toBe(1e-8);
    expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(1e13);
    expect(ticks.length).toBeLessThanOrEqual(11);
    for (const tick of ticks) expect(Math.log10(tick) % 1).toBeCloseTo(0);
  });

  it("labels every decade below 1e-8 too (SHIB's 2020 prices)", () => {
    expect(logTicks([1e-10, 1e-4])).toEqual([1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4]);
  });

  it("adds 2 and 5 within a narrow domain", () => {
    expect(logTicks([1e-5, 1e-3])).toEqual([1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3]);
  });

  it("gives every decade of a LUNC supply chart", () => {
    expect(logTicks([1e8, 1e13])).toEqual([1e8, 1e9, 1e10, 1e11, 1e12, 1e13]);
  });
});

describe("linearDomainAndTicks", () => {
  it("starts at zero with round steps", () => {
    expect(linearDomainAndTicks([20000, 61000])).toEqual({ domain: [0, 80000], ticks: [0, 20000, 40000, 60000, 80000] });
    expect(linearDomainAndTicks([0.00005, 0.00012]).ticks).toEqual([0, 0.000025, 0.00005, 0.000075, 0.0001, 0.000125]);
  });
});

describe("formatAxisValue", () => {
  it("keeps tiny and huge values short", () => {
    expect(formatAxisValue(0.00005)).toBe("5e-5");
    expect(formatAxisValue(1e-8)).toBe("1e-8");
    expect(formatAxisValue(250)).toBe("250");
    expect(formatAxisValue(1.2e12)).toBe("1.2T");
    expect(formatAxisValue(1e13)).toBe("10T");
  });
});
