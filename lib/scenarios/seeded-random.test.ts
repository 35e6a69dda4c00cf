import { describe, expect, it } from "vitest";
import { createNormalSampler, createSeededRandom, createXoshiro128StarStar, expandSeed } from "./seeded-random";

function drawMany(next: () => number, count: number): number[] {
  return Array.from({ length: count }, () => next());
}

describe("seeded random numbers", () => {
  it("match the xoshiro128** reference outputs for state 1, 2, 3, 4", () => {
    // The first three are worked by hand from the reference C code; the rest are the published sequence.
    expect(drawMany(createXoshiro128StarStar([1, 2, 3, 4]), 5)).toEqual([11520, 0, 5927040, 70819200, 2031721883]);
  });

  it("refuse an all-zero state", () => {
    expect(() => createXoshiro128StarStar([0, 0, 0, 0])).toThrow(RangeError);
  });

  it("expand nearby seeds into unrelated states", () => {
    expect(expandSeed(1)).not.toEqual(expandSeed(2));
    expect(expandSeed(0).some((word) => word !== 0)).toBe(true);
    for (const word of expandSeed(4_294_967_295)) expect(word).toBeGreaterThanOrEqual(0);
  });

  it("repeat for a seed and differ between seeds", () => {
    expect(drawMany(createSeededRandom(42), 100)).toEqual(drawMany(createSeededRandom(42), 100));
    expect(drawMany(createSeededRandom(42), 100)).not.toEqual(drawMany(createSeededRandom(43), 100));
  });

  it("draw uniforms in (0, 1] with the right mean and spread", () => {
    const values = drawMany(createSeededRandom(7), 200_000);
    expect(values.every((value) => value > 0 && value <= 1)).toBe(true);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
    // Each tenth of the interval gets about a tenth of the draws.
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[Math.min(9, Math.floor(value * 10))]! += 1;
    for (const count of buckets) expect(Math.abs(count - 20_000)).toBeLessThan(800);
  });

  it("draw standard normals", () => {
    const values = drawMany(createNormalSampler(createSeededRandom(11)), 200_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
    const withinOne = values.filter((value) => Math.abs(value) < 1).length / values.length;
    const withinTwo = values.filter((value) => Math.abs(value) < 2).length / values.length;
    expect(withinOne).toBeCloseTo(0.6827, 2);
    expect(withinTwo).toBeCloseTo(0.9545, 2);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});
