import { describe, expect, it } from "vitest";
import { crc32, crc32WithTable } from "./crc32";

describe("crc32", () => {
  it("matches the CRC-32/ISO-HDLC check value", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
    expect(crc32("")).toBe(0);
  });

  it("hashes the UTF-8 bytes, not UTF-16 code units", () => {
    // Expected values from python3: hex(zlib.crc32("é".encode())), hex(zlib.crc32("€".encode())).
    expect(crc32("é")).toBe(0x0e048d3e);
    expect(crc32("€")).toBe(0x83f2c8d6);
    expect(crc32("é")).toBe(crc32WithTable(new Uint8Array([0xc3, 0xa9])));
  });

  it("gives the same answer from the table fallback as from zlib", () => {
    const encoder = new TextEncoder();
    expect(crc32WithTable(encoder.encode("123456789"))).toBe(0xcbf43926);
    for (const text of ["", "a", "bw_live_0123456789abcdef_", "The quick brown fox 🦊", "x".repeat(1000)]) {
      expect(crc32WithTable(encoder.encode(text))).toBe(crc32(text));
    }
  });

  it("always returns an unsigned 32-bit integer", () => {
    const value = crc32("bw_test_");
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(0xffffffff);
  });
});
