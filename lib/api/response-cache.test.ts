import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipEtagOf, replayCachedAnswer, ResponseCache } from "./response-cache";

const answer = (text: string) => ({ status: 200, headers: [["etag", '"abc"'], ["content-type", "application/json"]] as [string, string][], body: new TextEncoder().encode(text), gzipped: null });
const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { etag: '"v1"', "content-type": "application/json" } });

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

  it("keeps a gzipped copy of larger answers and gives it to clients that take gzip, with its own ETag", async () => {
    const cache = new ResponseCache();
    const rows = Array.from({ length: 500 }, (_, day) => ({ day, price: "0.000091" }));
    const kept = await cache.getOrProduce("k", 0, 1000, async () => json(rows));
    if (kept instanceof Response) throw new Error("expected a kept answer");
    expect(kept.gzipped?.byteLength).toBeLessThan(kept.body.byteLength / 5);

    const zipped = replayCachedAnswer(new Request("http://x/", { headers: { "accept-encoding": "gzip, deflate, br" } }), kept);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("etag")).toBe('"v1-gzip"');
    expect(zipped.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8"))).toEqual(rows);

    const plain = replayCachedAnswer(new Request("http://x/"), kept);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("etag")).toBe('"v1"');
    expect(JSON.parse(await plain.text())).toEqual(rows);

    // Either validator revalidates, whichever representation the client holds.
    for (const held of ['"v1"', gzipEtagOf('"v1"'), 'W/"v1-gzip"']) {
      expect(replayCachedAnswer(new Request("http://x/", { headers: { "if-none-match": held, "accept-encoding": "gzip" } }), kept).status).toBe(304);
    }
  });

  it("leaves small answers uncompressed", async () => {
    const kept = await new ResponseCache().getOrProduce("k", 0, 1000, async () => json({ a: 1 }));
    if (kept instanceof Response) throw new Error("expected a kept answer");
    expect(kept.gzipped).toBeNull();
    expect(replayCachedAnswer(new Request("http://x/", { headers: { "accept-encoding": "gzip" } }), kept).headers.get("content-encoding")).toBeNull();
  });

  it("produces once for concurrent misses of one key", async () => {
    const cache = new ResponseCache();
    let produced = 0;
    const produce = async () => {
      produced++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return json({ n: produced });
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.getOrProduce("k", 0, 1000, produce)));
    expect(produced).toBe(1);
    expect(answers.every((kept) => !(kept instanceof Response) && new TextDecoder().decode(kept.body) === '{"n":1}')).toBe(true);
  });

  it("keeps only 200s: another status goes back to its producer, and waiting callers produce their own", async () => {
    const cache = new ResponseCache();
    let produced = 0;
    const produce = async () => {
      produced++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return json({ type: "not_found" }, 404);
    };
    const answers = await Promise.all([cache.getOrProduce("k", 0, 1000, produce), cache.getOrProduce("k", 0, 1000, produce)]);
    expect(answers.map((kept) => (kept instanceof Response ? kept.status : "kept"))).toEqual([404, 404]);
    expect(produced).toBe(2);
    expect(cache.size).toBe(0);
  });
});
