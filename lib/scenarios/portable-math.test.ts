import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableExp, portableLog, portableLog1p, portablePow } from "./portable-math";

/** Relative difference, in units of 2^-52 (about the last place of a double). */
const ulps = (actual: number, expected: number) => (actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected) / Number.EPSILON);

describe("portable exp and log", () => {
  it("give the hand-known values", () => {
    expect(portableExp(0)).toBe(1);
    expect(portableLog(1)).toBe(0);
    expect(portableLog(2)).toBe(0.6931471805599453);
    expect(portableLog(1024)).toBe(10 * 0.6931471805599453);
    expect(ulps(portableExp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(portableExp(-Infinity)).toBe(0);
    expect(portableExp(Infinity)).toBe(Infinity);
    expect(portableExp(710)).toBe(Infinity);
    expect(portableLog(0)).toBe(-Infinity);
    expect(Number.isNaN(portableLog(-1))).toBe(true);
    expect(portableLog1p(1e-20)).toBe(1e-20);
    expect(ulps(portablePow(0.99, 1 / 365), 0.99 ** (1 / 365))).toBeLessThanOrEqual(4);
  });

  it("agree with Math.exp to a few units in the last place, over the whole range", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(ulps(portableExp(x), Math.exp(x))).toBeLessThanOrEqual(4);
      }),
      { numRuns: 20_000 },
    );
    // Results in the subnormal range keep their magnitude.
    expect(Math.abs(portableExp(-740) / Math.exp(-740) - 1)).toBeLessThan(1e-6);
  });

  it("agree with Math.log, Math.log1p and ** to a few units in the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x);
        // Near 1 the logarithm is near 0 and its relative error grows; compare absolutely there.
        if (Math.abs(expected) < 1e-3) expect(Math.abs(portableLog(x) - expected)).toBeLessThan(1e-18 + 4 * Number.EPSILON * Math.abs(expected));
        else expect(ulps(portableLog(x), expected)).toBeLessThanOrEqual(4);
      }),
      { numRuns: 20_000 },
    );
    expect(ulps(portableLog(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(4);
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 100, noNaN: true }), (x) => {
        expect(ulps(portableLog1p(x), Math.log1p(x))).toBeLessThanOrEqual(8);
      }),
      { numRuns: 5_000 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (rate) => {
        expect(ulps(portablePow(1 - rate, 1 / 365), (1 - rate) ** (1 / 365))).toBeLessThanOrEqual(8);
      }),
      { numRuns: 5_000 },
    );
  });
});
