import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE62_ALPHABET } from "./base62";
import { KEY_PATTERN, generateApiKey, parseApiKey, type KeyEnvironment, type KeyKind } from "./key-format";
import { checkNonce, checkTimestamp, parseSignatureHeader } from "./request-signature";
import { parseScopes, scopeNames } from "./scopes";

const RUNS = { numRuns: 1000 };

// Any text at all: full unicode (lone surrogates included), ASCII, and text near the real alphabets.
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary-ascii", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(..."bw_livetspk0123456789abcdefABCDEF=, \t\0:vé"), maxLength: 120 }),
);

const kindAndEnvironment = fc.record({
  kind: fc.constantFrom<KeyKind>("secret", "publishable"),
  environment: fc.constantFrom<KeyEnvironment>("live", "test"),
});

const base62Char = fc.constantFrom(...BASE62_ALPHABET);
const anyChar = fc.oneof(base62Char, fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("_", "\0", "é"));

describe("parseApiKey fuzzing", () => {
  it("never throws and only returns the documented shapes on arbitrary input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseApiKey(text);
        if (result.ok) {
          // Only real keys parse; random text passing a CRC check at this length is practically impossible.
          expect(text).toMatch(/^bw_(?:live|test|pk)_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}$/);
        } else {
          expect(["malformed", "bad_checksum"]).toContain(result.reason);
        }
      }),
      RUNS,
    );
  });

  it("round-trips every generated key to the same keyId, kind and environment", () => {
    fc.assert(
      fc.property(kindAndEnvironment, ({ kind, environment }) => {
        const generated = generateApiKey({ kind, environment });
        const parsed = parseApiKey(generated.key);
        expect(parsed).toEqual({
          ok: true,
          kind,
          environment: kind === "publishable" ? null : environment,
          keyId: generated.keyId,
          prefix: generated.prefix,
        });
        expect(generated.key.match(KEY_PATTERN)).toEqual([generated.key]);
      }),
      RUNS,
    );
  });

  it("refuses a key with one character changed, inserted or deleted", () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant("replace" as const), at: fc.nat(), char: anyChar }),
      fc.record({ op: fc.constant("insert" as const), at: fc.nat(), char: anyChar }),
      fc.record({ op: fc.constant("delete" as const), at: fc.nat(), char: fc.constant("") }),
    );
    fc.assert(
      fc.property(kindAndEnvironment, mutation, ({ kind, environment }, { op, at, char }) => {
        const { key } = generateApiKey({ kind, environment });
        const position = op === "insert" ? at % (key.length + 1) : at % key.length;
        const mutated =
          op === "replace"
            ? key.slice(0, position) + char + key.slice(position + 1)
            : op === "insert"
              ? key.slice(0, position) + char + key.slice(position)
              : key.slice(0, position) + key.slice(position + 1);
        fc.pre(mutated !== key);
        expect(parseApiKey(mutated).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("reports bad_checksum when only the secret part changes", () => {
    fc.assert(
      fc.property(kindAndEnvironment, fc.nat(), base62Char, ({ kind, environment }, at, char) => {
        const { key } = generateApiKey({ kind, environment });
        const secretStart = key.length - 49;
        const position = secretStart + (at % 43);
        fc.pre(key[position] !== char);
        const mutated = key.slice(0, position) + char + key.slice(position + 1);
        expect(parseApiKey(mutated)).toEqual({ ok: false, reason: "bad_checksum" });
      }),
      RUNS,
    );
  });
});

describe("header parser fuzzing", () => {
  it("parseSignatureHeader never throws and returns null or 1–5 lowercase 64-hex digests", () => {
    const nearValid = fc
      .array(
        fc.oneof(
          fc.stringMatching(/^v1=[0-9a-fA-F]{64}$/),
          fc.stringMatching(/^v[0-9]=[0-9a-fA-F]{60,68}$/),
          fc.string({ unit: "binary", maxLength: 80 }),
        ),
        { maxLength: 7 },
      )
      .chain((entries) => fc.constantFrom(", ", ",", " ", "\t", ";").map((separator) => entries.join(separator)));
    fc.assert(
      fc.property(fc.option(fc.oneof(anyText, nearValid)), (value) => {
        const result = parseSignatureHeader(value);
        if (result !== null) {
          expect(result.length).toBeGreaterThanOrEqual(1);
          expect(result.length).toBeLessThanOrEqual(5);
          for (const digest of result) expect(digest).toMatch(/^[0-9a-f]{64}$/);
        }
      }),
      RUNS,
    );
  });

  it("checkTimestamp never throws, and accepts only digit strings inside the window", () => {
    const nearValid = fc.integer({ min: -200, max: 200 }).map((offset) => String(1_767_225_600 + offset));
    fc.assert(
      fc.property(fc.option(fc.oneof(anyText, nearValid)), fc.integer({ min: 0, max: 4_000_000_000 }), (value, now) => {
        const result = checkTimestamp(value, now);
        if (result.ok) {
          expect(value).toMatch(/^[0-9]{1,12}$/);
          expect(now - result.timestamp).toBeLessThanOrEqual(60);
          expect(result.timestamp - now).toBeLessThanOrEqual(5);
        } else {
          expect(["missing", "malformed", "too_old", "in_future"]).toContain(result.reason);
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (offset) => {
        const now = 1_767_225_600;
        const result = checkTimestamp(String(now + offset), now);
        expect(result.ok).toBe(offset >= -60 && offset <= 5);
      }),
      RUNS,
    );
  });

  it("checkNonce never throws and returns only lowercase hex of 32–128 characters", () => {
    const nearValid = fc.stringMatching(/^[0-9a-fA-F]{28,132}$/);
    fc.assert(
      fc.property(fc.option(fc.oneof(anyText, nearValid)), (value) => {
        const result = checkNonce(value);
        if (result.ok) {
          expect(result.nonce).toMatch(/^[0-9a-f]{32,128}$/);
          expect(result.nonce).toBe(value?.toLowerCase());
        } else {
          expect(["missing", "malformed"]).toContain(result.reason);
        }
      }),
      RUNS,
    );
  });
});

describe("parseScopes fuzzing", () => {
  it("returns known scopes or throws a plain Error with a message, nothing else", () => {
    const nearValid = fc
      .array(fc.oneof(fc.constantFrom(...scopeNames), fc.string({ unit: "binary", maxLength: 20 })), { maxLength: 6 })
      .chain((scopes) => fc.constantFrom(",", " ", ", ", "\n").map((separator) => scopes.join(separator)));
    fc.assert(
      fc.property(fc.oneof(anyText, nearValid), (text) => {
        let scopes: string[];
        try {
          scopes = parseScopes(text);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^Unknown scope: /);
          return;
        }
        for (const scope of scopes) expect(scopeNames).toContain(scope);
        expect(new Set(scopes).size).toBe(scopes.length);
      }),
      RUNS,
    );
  });

  it("parses any list of known scopes back to the same set", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...scopeNames), { maxLength: 12 }),
        fc.constantFrom(",", " ", ", ", " ,\t"),
        (scopes, separator) => {
          expect(parseScopes(scopes.join(separator))).toEqual([...new Set(scopes)]);
        },
      ),
      RUNS,
    );
  });
});
