import { describe, expect, it } from "vitest";
import {
  NONCE_TTL_SECONDS,
  SIGNATURE_MAX_AGE_SECONDS,
  SIGNATURE_MAX_SKEW_SECONDS,
  buildStringToSign,
  canonicalizeQuery,
  checkNonce,
  checkTimestamp,
  computeSignatureHex,
  encodeRfc3986,
  parseSignatureHeader,
  sha256Hex,
  signRequest,
  signatureMatches,
} from "./request-signature";

// Known-answer vectors computed independently with python3 (hashlib, hmac, urllib.parse.quote(s, safe="")):
//   sts = "\n".join(["v1", str(ts), nonce, METHOD, path, "&".join(sorted encoded k=v), hashlib.sha256(body).hexdigest()])
//   hmac.new(secret.encode(), sts.encode(), hashlib.sha256).hexdigest()
// Vector 1 was cross-checked with: printf '<sts>' | openssl dgst -sha256 -hmac <secret>
const SECRET = "bws_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const VECTOR_GET = {
  input: {
    timestamp: 1767225600,
    nonce: "00112233445566778899aabbccddeeff",
    method: "get",
    path: "/api/v1/keys",
    query: "?limit=10&b=2&a=1&a=0",
    bodySha256Hex: EMPTY_SHA256,
  },
  stringToSign: `v1\n1767225600\n00112233445566778899aabbccddeeff\nGET\n/api/v1/keys\na=0&a=1&b=2&limit=10\n${EMPTY_SHA256}`,
  signature: "5e3fe206ff2899a9d0b4b53002759a7e550529342b9ac12a2b6db6114bce2880",
};

const POST_BODY = '{"graceSeconds":86400}';
const VECTOR_POST = {
  input: {
    timestamp: 1767225661,
    nonce: "0f".repeat(24),
    method: "POST",
    path: "/api/v1/keys/AbCdEfGhIjKlMnOp/rotate",
    query: new URLSearchParams(),
    bodySha256Hex: "cf59e571c36d028ab666f7b32a47b07bb0010a94676ae01f2b3f5d1a87118f34",
  },
  signature: "f7a983d6cf6f7ce972013d995db4c053dedd163f1dbb267d31319e1e097c063e",
};

const BINARY_BODY = new Uint8Array([0, 1, 2, 255, 254]);
const VECTOR_ENCODED = {
  secret: "signing-secret-é",
  input: {
    timestamp: 1700000000,
    nonce: "deadbeef".repeat(4),
    method: "PATCH",
    path: "/api/v1/scenarios",
    query: "q=hello+world%21&z=%28x%29*'&%C3%A9=%C3%BC~&a+b=%2B%26%3D",
    bodySha256Hex: "aa5cd9acfab25f643fb1cedb67f8770417ac9ce0b02cfe72a62fa1ec20e9f60a",
  },
  canonicalQuery: "%C3%A9=%C3%BC~&a%20b=%2B%26%3D&q=hello%20world%21&z=%28x%29%2A%27",
  signature: "dbc2fc80675e396715c9b44ee9a3ca42a7ab25b5899f4a0c3490c0b6dde95e46",
};

describe("constants", () => {
  it("keeps nonces for the whole window", () => {
    expect(SIGNATURE_MAX_AGE_SECONDS).toBe(60);
    expect(SIGNATURE_MAX_SKEW_SECONDS).toBe(5);
    expect(NONCE_TTL_SECONDS).toBeGreaterThanOrEqual(SIGNATURE_MAX_AGE_SECONDS + SIGNATURE_MAX_SKEW_SECONDS);
  });
});

describe("known-answer vectors", () => {
  it("signs a GET with a sorted query and no body", () => {
    expect(sha256Hex("")).toBe(EMPTY_SHA256);
    const stringToSign = buildStringToSign(VECTOR_GET.input);
    expect(stringToSign).toBe(VECTOR_GET.stringToSign);
    expect(signRequest(SECRET, stringToSign)).toBe(`v1=${VECTOR_GET.signature}`);
  });

  it("signs a POST with a JSON body and no query", () => {
    expect(sha256Hex(POST_BODY)).toBe(VECTOR_POST.input.bodySha256Hex);
    expect(sha256Hex(new TextEncoder().encode(POST_BODY))).toBe(VECTOR_POST.input.bodySha256Hex);
    const stringToSign = buildStringToSign(VECTOR_POST.input);
    expect(stringToSign.split("\n")[5]).toBe("");
    expect(signRequest(SECRET, stringToSign)).toBe(`v1=${VECTOR_POST.signature}`);
  });

  it("percent-encodes with RFC 3986 and signs a binary body with a non-ASCII secret", () => {
    expect(sha256Hex(BINARY_BODY)).toBe(VECTOR_ENCODED.input.bodySha256Hex);
    expect(canonicalizeQuery(VECTOR_ENCODED.input.query)).toBe(VECTOR_ENCODED.canonicalQuery);
    const stringToSign = buildStringToSign(VECTOR_ENCODED.input);
    expect(signRequest(VECTOR_ENCODED.secret, stringToSign)).toBe(`v1=${VECTOR_ENCODED.signature}`);
    // The same query given as URLSearchParams, in another order, signs the same.
    const params = new URLSearchParams([
      ["a b", "+&="],
      ["z", "(x)*'"],
      ["é", "ü~"],
      ["q", "hello world!"],
    ]);
    expect(buildStringToSign({ ...VECTOR_ENCODED.input, query: params })).toBe(stringToSign);
  });
});

describe("buildStringToSign", () => {
  it("refuses inputs that would make the signed text ambiguous", () => {
    const base = VECTOR_GET.input;
    expect(() => buildStringToSign({ ...base, path: "/a\nb" })).toThrow(/line break/);
    expect(() => buildStringToSign({ ...base, method: "GET\r" })).toThrow(/line break/);
    expect(() => buildStringToSign({ ...base, timestamp: 1.5 })).toThrow(/Timestamp/);
    expect(() => buildStringToSign({ ...base, bodySha256Hex: "abc" })).toThrow(/bodySha256Hex/);
  });

  it("escapes the characters encodeURIComponent leaves alone", () => {
    expect(encodeRfc3986("!'()*-._~ /")).toBe("%21%27%28%29%2A-._~%20%2F");
  });
});

describe("signatureMatches", () => {
  const good = VECTOR_GET.signature;
  const flip = (hex: string, at: number) => hex.slice(0, at) + (hex[at] === "0" ? "1" : "0") + hex.slice(at + 1);

  it("accepts the right signature, with or without its version label", () => {
    expect(signatureMatches(good, [good])).toBe(true);
    expect(signatureMatches(`v1=${good}`, [good])).toBe(true);
    expect(signatureMatches(computeSignatureHex(SECRET, VECTOR_GET.stringToSign), [good])).toBe(true);
  });

  it("refuses tampered, truncated and extended signatures", () => {
    expect(signatureMatches(good, [flip(good, 0)])).toBe(false);
    expect(signatureMatches(good, [flip(good, 63)])).toBe(false);
    expect(signatureMatches(good, [good.slice(0, 63)])).toBe(false);
    expect(signatureMatches(good, [good.slice(0, 32)])).toBe(false);
    expect(signatureMatches(good, [`${good}0`])).toBe(false);
    expect(signatureMatches(good, [`${good}00`])).toBe(false);
    expect(signatureMatches(good, [])).toBe(false);
    expect(signatureMatches("", [""])).toBe(false);
  });

  it("refuses a signature made with another secret or over another request", () => {
    expect(signatureMatches(good, [computeSignatureHex(`${SECRET}x`, VECTOR_GET.stringToSign)])).toBe(false);
    const otherPath = buildStringToSign({ ...VECTOR_GET.input, path: "/api/v1/keyz" });
    expect(signatureMatches(good, [computeSignatureHex(SECRET, otherPath)])).toBe(false);
  });

  it("accepts when the second of several v1 values matches (signing-secret rotation)", () => {
    const header = `v1=${computeSignatureHex("old-secret", VECTOR_GET.stringToSign)}, v1=${good}`;
    const candidates = parseSignatureHeader(header);
    expect(candidates).toHaveLength(2);
    expect(signatureMatches(good, candidates ?? [])).toBe(true);
  });
});

describe("parseSignatureHeader", () => {
  const a = "a".repeat(64);
  const b = "B".repeat(64);

  it("reads one or several v1 values separated by commas and/or spaces", () => {
    expect(parseSignatureHeader(`v1=${a}`)).toEqual([a]);
    expect(parseSignatureHeader(`v1=${a},v1=${b}`)).toEqual([a, b.toLowerCase()]);
    expect(parseSignatureHeader(`v1=${a} v1=${b}`)).toEqual([a, b.toLowerCase()]);
    expect(parseSignatureHeader(` v1=${a} ,  v1=${b} `)).toEqual([a, b.toLowerCase()]);
  });

  it("skips unknown versions but needs at least one v1", () => {
    expect(parseSignatureHeader(`v2=whatever, v1=${a}`)).toEqual([a]);
    expect(parseSignatureHeader("v2=whatever")).toBeNull();
  });

  it("returns null for missing, empty or malformed headers", () => {
    for (const value of [
      null,
      "",
      " ",
      ",",
      a,
      `v1=${a.slice(0, 63)}`,
      `v1=${a}0`,
      `v1=${"g".repeat(64)}`,
      `v1:${a}`,
      `V1=${a}`,
      `v1=${a};v1=${b}`,
      `v1=${a}, garbage`,
      `v1==${a}`,
      `v1=${a},`.repeat(6),
      "x".repeat(100_000),
    ]) {
      expect(parseSignatureHeader(value)).toBeNull();
    }
  });

  it("allows at most five values", () => {
    expect(parseSignatureHeader(Array(5).fill(`v1=${a}`).join(","))).toHaveLength(5);
    expect(parseSignatureHeader(Array(6).fill(`v1=${a}`).join(","))).toBeNull();
  });
});

describe("checkTimestamp", () => {
  const now = 1_767_225_600;

  it("accepts exactly 60 s old and refuses 61 s", () => {
    expect(checkTimestamp(String(now - 59), now)).toEqual({ ok: true, timestamp: now - 59 });
    expect(checkTimestamp(String(now - 60), now)).toEqual({ ok: true, timestamp: now - 60 });
    expect(checkTimestamp(String(now - 61), now)).toEqual({ ok: false, reason: "too_old" });
  });

  it("accepts 5 s ahead and refuses 6 s", () => {
    expect(checkTimestamp(String(now), now)).toEqual({ ok: true, timestamp: now });
    expect(checkTimestamp(String(now + 4), now)).toEqual({ ok: true, timestamp: now + 4 });
    expect(checkTimestamp(String(now + 5), now)).toEqual({ ok: true, timestamp: now + 5 });
    expect(checkTimestamp(String(now + 6), now)).toEqual({ ok: false, reason: "in_future" });
  });

  it("tells a missing header from a malformed one", () => {
    expect(checkTimestamp(null, now)).toEqual({ ok: false, reason: "missing" });
    expect(checkTimestamp("", now)).toEqual({ ok: false, reason: "missing" });
    for (const value of ["-1", "1e9", "1767225600.5", " 1767225600", "0x10", "1234567890123", "١٢٣", "NaN"]) {
      expect(checkTimestamp(value, now)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("refuses milliseconds (13 digits) as malformed and far-off seconds as out of the window", () => {
    expect(checkTimestamp(String(now * 1000), now)).toEqual({ ok: false, reason: "malformed" });
    expect(checkTimestamp("999999999999", now)).toEqual({ ok: false, reason: "in_future" });
    expect(checkTimestamp("0", now)).toEqual({ ok: false, reason: "too_old" });
  });
});

describe("checkNonce", () => {
  it("accepts 32 to 128 hex characters and lowercases them", () => {
    expect(checkNonce("A".repeat(32))).toEqual({ ok: true, nonce: "a".repeat(32) });
    expect(checkNonce("0f".repeat(64))).toEqual({ ok: true, nonce: "0f".repeat(64) });
  });

  it("reports a stripped nonce header as missing", () => {
    expect(checkNonce(null)).toEqual({ ok: false, reason: "missing" });
    expect(checkNonce("")).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses short, long or non-hex nonces", () => {
    for (const value of ["a".repeat(31), "a".repeat(129), `${"a".repeat(31)}g`, ` ${"a".repeat(32)}`, "é".repeat(32)]) {
      expect(checkNonce(value)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
