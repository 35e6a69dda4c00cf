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

  it("equal the quantiles of the fully sorted values, duplicates and infinities included", () => {
    const value = fc.oneof(fc.double({ noNaN: true, min: -1e12, max: 1e12 }), fc.constantFrom(0, 1, 2, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const expected = { p5: computeQuantile(sorted, 0.05), p25: computeQuantile(sorted, 0.25), p50: computeQuantile(sorted, 0.5), p75: computeQuantile(sorted, 0.75), p95: computeQuantile(sorted, 0.95) };
        const bands = computePercentileBands(Float64Array.from(values));
        // 0 and -0 are the same order statistic; compare them as equal.
        for (const key of Object.keys(expected) as (keyof typeof expected)[]) expect(bands[key] === expected[key] || (Number.isNaN(bands[key]) && Number.isNaN(expected[key]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("find the order statistics of a large shuffled sample", () => {
    const values = Float64Array.from({ length: 10_001 }, (_, index) => (index * 7_919) % 10_001);
    expect(computePercentileBands(values)).toEqual({ p5: 500, p25: 2_500, p50: 5_000, p75: 7_500, p95: 9_500 });
  });

  it("read the values in any order", () => {
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
