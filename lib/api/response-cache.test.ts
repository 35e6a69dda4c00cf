import { describe, expect, it } from "vitest";
import { replayCachedAnswer, ResponseCache } from "./response-cache";

const answer = (text: string) => ({ status: 200, headers: [["etag", '"abc"'], ["content-type", "application/json"]] as [string, string][], body: new TextEncoder().encode(text) });

describe("ResponseCache", () => {
  it("keys answers by method, path and query, whatever the parameters' order", () => {
    expect(ResponseCache.keyOf(new Request("http://x/api/v1/tokens/lunc/prices?to=2022-05-02&from=2022-05-01"))).toBe(ResponseCache.keyOf(new Request("http://x/api/v1/tokens/lunc/prices?from=2022-05-01&to=2022-05-02")));
    expect(ResponseCache.keyOf(new Request("http://x/a?x=1"))).not.toBe(ResponseCache.keyOf(new Request("http://x/a?x=2")));
  });

  it("serves an answer until it expires", () => {
    const cache = new ResponseCache();
    cache.set("k", answer("{}"), 1000, 0);
    expect(cache.get("k", 999)).not.toBeNull();
    expect(cache.get("k", 1000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("drops the least recently used answers beyond its entry and byte limits", () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 40 });
    cache.set("a", answer("aaaa"), 1000, 0);
    cache.set("b", answer("bbbb"), 1000, 0);
    cache.get("a", 1);
    cache.set("c", answer("cccc"), 1000, 1);
    expect(cache.get("b", 2)).toBeNull();
    expect(cache.get("a", 2)).not.toBeNull();
    cache.set("d", answer("d".repeat(9)), 1000, 2);
    expect(cache.get("d", 3)).not.toBeNull();
    cache.set("huge", answer("h".repeat(11)), 1000, 3); // over a quarter of the byte budget: never cached
    expect(cache.get("huge", 4)).toBeNull();
  });

  it("replays an answer, or a 304 when the client's ETag still matches", async () => {
    const cached = { ...answer('{"a":1}'), expiresAtMs: 10 };
    const full = replayCachedAnswer(new Request("http://x/"), cached);
    expect(full.status).toBe(200);
    expect(await full.text()).toBe('{"a":1}');
    const notModified = replayCachedAnswer(new Request("http://x/", { headers: { "if-none-match": 'W/"abc"' } }), cached);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });
});
