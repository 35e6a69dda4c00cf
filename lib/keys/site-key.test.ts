import { describe, expect, it } from "vitest";
import { parseApiKey } from "./key-format";
import { deriveSitePublishableKey } from "./site-key";

describe("deriveSitePublishableKey", () => {
  it("gives every server with the same KEK the same valid publishable key, and another KEK another key", () => {
    const kek = Buffer.alloc(32, 7);
    const first = deriveSitePublishableKey(kek);
    expect(deriveSitePublishableKey(Buffer.from(kek))).toEqual(first);
    expect(parseApiKey(first.key)).toMatchObject({ ok: true, kind: "publishable", keyId: first.keyId });
    expect(deriveSitePublishableKey(Buffer.alloc(32, 8)).key).not.toBe(first.key);
  });
});
