import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePercentileBands, computeQuantile } from "./percentile-bands";

describe("percentile bands", () => {
  it("interpolate between order statistics like NumPy's default", () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(computeQuantile(sorted, 0)).toBe(1);
    expect(computeQuantile(sorted, 1)).toBe(10);
    expect(computeQuantile(sorted, 0.5)).toBe(5.5);
    expect(computeQuantile(sorted, 0.05)).toBeCloseTo(1.45, 12);
    expect(computeQuantile(sorted, 0.95)).toBeCloseTo(9.55, 12);
  });

  it("sort the values before reading them", () => {
    expect(computePercentileBands(Float64Array.from([5, 1, 4, 2, 3]))).toEqual({ p5: 1.2, p25: 2, p50: 3, p75: 4, p95: 4.8 });
  });

  it("handle one value and infinities", () => {
    expect(computePercentileBands(Float64Array.from([7]))).toEqual({ p5: 7, p25: 7, p50: 7, p75: 7, p95: 7 });
    const bands = computePercentileBands(Float64Array.from([1, 2, Infinity, Infinity]));
    expect(bands.p25).toBe(1.75);
    expect(bands.p95).toBe(Infinity);
    expect(Object.values(bands).some(Number.isNaN)).toBe(false);
    expect(() => computeQuantile(new Float64Array(0), 0.5)).toThrow(RangeError);
  });

  it("are ordered and lie within the data", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 300 }), (values) => {
        const bands = computePercentileBands(Float64Array.from(values));
        const lowest = Math.min(...values);
        const highest = Math.max(...values);
        expect(bands.p5).toBeGreaterThanOrEqual(lowest);
        expect(bands.p5).toBeLessThanOrEqual(bands.p25);
        expect(bands.p25).toBeLessThanOrEqual(bands.p50);
        expect(bands.p50).toBeLessThanOrEqual(bands.p75);
        expect(bands.p75).toBeLessThanOrEqual(bands.p95);
        expect(bands.p95).toBeLessThanOrEqual(highest);
      }),
      { numRuns: 300 },
    );
  });
});
