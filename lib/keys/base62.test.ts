import { describe, expect, it } from "vitest";
import { BASE62_ALPHABET, encodeBase62Fixed, randomBase62 } from "./base62";

describe("encodeBase62Fixed", () => {
  it("encodes big-endian and pads on the left", () => {
    expect(encodeBase62Fixed(new Uint8Array([]), 3)).toBe("000");
    expect(encodeBase62Fixed(new Uint8Array([0]), 1)).toBe("0");
    expect(encodeBase62Fixed(new Uint8Array([61]), 2)).toBe("0z");
    expect(encodeBase62Fixed(new Uint8Array([62]), 2)).toBe("10");
    expect(encodeBase62Fixed(new Uint8Array([1, 0]), 3)).toBe("048"); // 256 = 4*62 + 8
    expect(encodeBase62Fixed(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 6)).toBe("4gfFC3"); // 2^32 - 1
  });

  it("fits 32 bytes in 43 characters, even all 0xff", () => {
    const max = encodeBase62Fixed(new Uint8Array(32).fill(0xff), 43);
    expect(max).toHaveLength(43);
    expect(encodeBase62Fixed(new Uint8Array(32), 43)).toBe("0".repeat(43));
    expect(() => encodeBase62Fixed(new Uint8Array(33).fill(0xff), 43)).toThrow(/more than 43/);
  });

  it("throws when the value does not fit or the width is invalid", () => {
    expect(() => encodeBase62Fixed(new Uint8Array([62]), 1)).toThrow();
    expect(() => encodeBase62Fixed(new Uint8Array([1]), -1)).toThrow(/width/);
    expect(() => encodeBase62Fixed(new Uint8Array([1]), 1.5)).toThrow(/width/);
  });
});

describe("randomBase62", () => {
  it("returns exactly the requested length from the alphabet", () => {
    for (const length of [0, 1, 16, 43, 500]) {
      const text = randomBase62(length);
      expect(text).toHaveLength(length);
      expect(text).toMatch(/^[0-9A-Za-z]*$/);
    }
    expect(() => randomBase62(-1)).toThrow();
  });

  it("uses every character with roughly equal frequency", () => {
    const counts = new Map<string, number>();
    const sample = randomBase62(62_000);
    for (const char of sample) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const char of BASE62_ALPHABET) {
      // Expected 1000 each; a binomial σ is about 31, so ±250 never fails by chance in practice.
      expect(counts.get(char)).toBeGreaterThan(750);
      expect(counts.get(char)).toBeLessThan(1250);
    }
  });
});
