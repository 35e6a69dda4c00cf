import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeExp, SeededNormalStream } from "./ziggurat-normal";

function drawNormals(seed: number, count: number): number[] {
  const stream = new SeededNormalStream(seed);
  return Array.from({ length: count }, () => stream.nextNormal());
}

/** Φ(x) by Simpson's rule on the density, accurate to about 1e-10 here: enough to check a sample's distribution. */
function computeNormalCdf(x: number): number {
  const steps = 2_000;
  const from = Math.min(x, 0);
  const to = Math.max(x, 0);
  const width = (to - from) / steps;
  let sum = 0;
  for (let step = 0; step <= steps; step += 1) {
    const weight = step === 0 || step === steps ? 1 : step % 2 === 1 ? 4 : 2;
    const at = from + step * width;
    sum += weight * Math.exp(-0.5 * at * at);
  }
  const half = (sum * width) / 3 / Math.sqrt(2 * Math.PI);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

describe("ziggurat normal draws", () => {
  it("have mean 0, variance 1 and the normal's distribution function, tails included", () => {
    const count = 400_000;
    const values = drawNormals(11, count);
    const mean = values.reduce((sum, value) => sum + value, 0) / count;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / count;
    expect(Math.abs(mean)).toBeLessThan(0.006);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
    // Kolmogorov–Smirnov distance at chosen points; 1.63/√n is the 1% critical value.
    for (const point of [-3, -2, -1.5, -1, -0.5, 0, 0.3, 1, 2, 2.5, 3]) {
      const below = values.filter((value) => value <= point).length / count;
      expect(Math.abs(below - computeNormalCdf(point))).toBeLessThan(1.63 / Math.sqrt(count));
    }
    // The tail beyond 3.4426 (the base layer's edge) is drawn separately: about 0.058% of draws land there.
    const tail = values.filter((value) => Math.abs(value) > 3.442619855899).length / count;
    expect(tail).toBeGreaterThan(0.0003);
    expect(tail).toBeLessThan(0.0009);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it("repeat for a seed and differ between seeds", () => {
    expect(drawNormals(42, 1_000)).toEqual(drawNormals(42, 1_000));
    expect(drawNormals(42, 1_000)).not.toEqual(drawNormals(43, 1_000));
  });

  it("fill log-normal factors from the same draws as one normal at a time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_294_967_295 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.01, max: 5, noNaN: true }), (seed, count, spread) => {
        const factors = new Float64Array(count);
        const batched = new SeededNormalStream(seed);
        batched.fillLogNormalFactors(factors, count, spread);
        const single = new SeededNormalStream(seed);
        for (let index = 0; index < count; index += 1) {
          const expected = Math.exp(spread * single.nextNormal() - (spread * spread) / 2);
          expect(Math.abs(factors[index]! / expected - 1)).toBeLessThan(1e-14);
        }
        // Both streams are now at the same place.
        expect(batched.nextNormal()).toBe(single.nextNormal());
      }),
      { numRuns: 200 },
    );
  });

  it("give log-normal factors with mean 1", () => {
    const count = 300_000;
    const factors = new Float64Array(count);
    new SeededNormalStream(5).fillLogNormalFactors(factors, count, 0.5);
    const mean = factors.reduce((sum, value) => sum + value, 0) / count;
    expect(mean).toBeCloseTo(1, 2);
    expect(factors.every((value) => value > 0)).toBe(true);
  });

  it("compute e^y like Math.exp to about 1e-15, inside and outside the table", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (y) => {
        expect(Math.abs(computeExp(y) / Math.exp(y) - 1)).toBeLessThan(2e-15);
      }),
      { numRuns: 5_000 },
    );
    for (const y of [-64, -63.99, -0.0078125, 0, 1e-300, 0.0078125, 1, 63.99, 64]) expect(Math.abs(computeExp(y) / Math.exp(y) - 1)).toBeLessThan(2e-15);
  });
});
