import { describe, expect, it } from "vitest";
import { hashApiKey, hashesMatch } from "./key-hash";

describe("hashApiKey", () => {
  it("is the hex SHA-256 of the full key", () => {
    // printf '%s' abc | openssl dgst -sha256
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // printf '%s' bw_live_0123456789ABCDEF_aaa…a3Th3rk | openssl dgst -sha256
    expect(
      hashApiKey("bw_live_0123456789ABCDEF_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Th3rk"),
    ).toBe("17d9f611333a22a03c4aa0c3fc631d1e6ec3f530b91ed0a8f1dce1d929e91e16");
  });
});

describe("hashesMatch", () => {
  const digest = hashApiKey("bw_test_key");

  it("matches equal digests regardless of hex case", () => {
    expect(hashesMatch(digest, digest)).toBe(true);
    expect(hashesMatch(digest, digest.toUpperCase())).toBe(true);
  });

  it("refuses different, shorter, longer or non-hex digests without throwing", () => {
    const flipped = (digest[0] === "0" ? "1" : "0") + digest.slice(1);
    expect(hashesMatch(digest, flipped)).toBe(false);
    expect(hashesMatch(digest, digest.slice(0, -2))).toBe(false);
    expect(hashesMatch(digest, digest + "00")).toBe(false);
    expect(hashesMatch(digest, digest.slice(0, -1))).toBe(false);
    expect(hashesMatch(digest, digest.slice(0, -2) + "zz")).toBe(false);
    expect(hashesMatch("", "")).toBe(false);
    expect(hashesMatch(digest, null as unknown as string)).toBe(false);
  });
});
