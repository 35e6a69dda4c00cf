import { describe, expect, it } from "vitest";
import { KEY_PATTERN, generateApiKey, keyDisplayHints, parseApiKey } from "./key-format";

// Computed independently with python3:
//   body = "bw_live_0123456789ABCDEF_" + "a" * 43; base62(zlib.crc32(body.encode()), width 6)  (crc 0xbdf86f28)
const LIVE_VECTOR = "bw_live_0123456789ABCDEF_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3Th3rk";
const PK_VECTOR = "bw_pk_abcdefghijklmnop_00000000000000000000000000000000000000000003xV5dS"; // crc 0xd838f7fa
const TEST_VECTOR = "bw_test_ZZZZZZZZZZZZZZZZ_999999999999999999999999999999999999999999946IpO1"; // crc 0xdff998ed

describe("generateApiKey", () => {
  it("builds live, test and publishable keys that parse back", () => {
    const cases = [
      { kind: "secret", environment: "live", prefix: "bw_live_", length: 74 },
      { kind: "secret", environment: "test", prefix: "bw_test_", length: 74 },
      { kind: "publishable", environment: "live", prefix: "bw_pk_", length: 72 },
      { kind: "publishable", environment: "test", prefix: "bw_pk_", length: 72 },
    ] as const;
    for (const { kind, environment, prefix, length } of cases) {
      const generated = generateApiKey({ kind, environment });
      expect(generated.prefix).toBe(prefix);
      expect(generated.key.startsWith(prefix + generated.keyId + "_")).toBe(true);
      expect(generated.key).toHaveLength(length);
      expect(generated.keyId).toMatch(/^[0-9A-Za-z]{16}$/);
      expect(parseApiKey(generated.key)).toEqual({
        ok: true,
        kind,
        environment: kind === "publishable" ? null : environment,
        keyId: generated.keyId,
        prefix,
      });
    }
  });

  it("never repeats a key id or key", () => {
    const keys = new Set<string>();
    const ids = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const { key, keyId } = generateApiKey({ kind: "secret", environment: "test" });
      keys.add(key);
      ids.add(keyId);
    }
    expect(keys.size).toBe(500);
    expect(ids.size).toBe(500);
  });
});

describe("parseApiKey", () => {
  it("accepts the known-answer keys", () => {
    expect(parseApiKey(LIVE_VECTOR)).toEqual({
      ok: true,
      kind: "secret",
      environment: "live",
      keyId: "0123456789ABCDEF",
      prefix: "bw_live_",
    });
    expect(parseApiKey(PK_VECTOR)).toEqual({
      ok: true,
      kind: "publishable",
      environment: null,
      keyId: "abcdefghijklmnop",
      prefix: "bw_pk_",
    });
    expect(parseApiKey(TEST_VECTOR)).toMatchObject({ ok: true, environment: "test", keyId: "ZZZZZZZZZZZZZZZZ" });
  });

  it("reports a wrong checksum separately from a malformed key", () => {
    const changedSecret = LIVE_VECTOR.slice(0, 30) + "b" + LIVE_VECTOR.slice(31);
    expect(parseApiKey(changedSecret)).toEqual({ ok: false, reason: "bad_checksum" });
    const changedChecksum = LIVE_VECTOR.slice(0, -1) + (LIVE_VECTOR.endsWith("k") ? "j" : "k");
    expect(parseApiKey(changedChecksum)).toEqual({ ok: false, reason: "bad_checksum" });
    // Switching the environment keeps the shape but not the checksum.
    expect(parseApiKey(LIVE_VECTOR.replace("bw_live_", "bw_test_"))).toEqual({ ok: false, reason: "bad_checksum" });
  });

  it("refuses wrong shapes as malformed", () => {
    const malformed = [
      "",
      "bw_",
      LIVE_VECTOR.slice(0, -1),
      LIVE_VECTOR + "a",
      ` ${LIVE_VECTOR}`,
      `${LIVE_VECTOR}\n`,
      LIVE_VECTOR.replace("bw_live_", "bw_prod_"),
      LIVE_VECTOR.replace("bw_live_", "BW_LIVE_"),
      LIVE_VECTOR.replace("_aaa", "-aaa"),
      LIVE_VECTOR.replace("0123", "01é3"),
      LIVE_VECTOR.replace("0123", "01\u00003"),
      `Bearer ${LIVE_VECTOR}`,
      "x".repeat(1_000_000),
    ];
    for (const text of malformed) expect(parseApiKey(text)).toEqual({ ok: false, reason: "malformed" });
  });

  it("never throws on values that are not strings at run time", () => {
    for (const value of [null, undefined, 42, {}, []]) {
      expect(parseApiKey(value as unknown as string)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});

describe("keyDisplayHints", () => {
  it("keeps the first and last four characters", () => {
    expect(keyDisplayHints(LIVE_VECTOR)).toEqual({ first4: "bw_l", last4: "h3rk" });
  });
});

describe("KEY_PATTERN", () => {
  it("finds every key in a block of text", () => {
    const generated = generateApiKey({ kind: "publishable", environment: "live" }).key;
    const text = `token=${LIVE_VECTOR}\n"${generated}" and ${TEST_VECTOR}, not bw_live_short_abc`;
    expect(text.match(KEY_PATTERN)).toEqual([LIVE_VECTOR, generated, TEST_VECTOR]);
  });
});
