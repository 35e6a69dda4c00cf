import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { cachedJson } from "./cached-response";
import type { ApiHandler } from "./with-api-key";

describe("reuse of public data answers (cacheSeconds)", () => {
  let harness: ApiHarness;
  let calls = 0;
  const counting: ApiHandler<Record<string, never>> = async ({ request }) => cachedJson(request, { call: ++calls });
  beforeAll(async () => {
    harness = await createApiHarness({ start: new Date("2026-03-01T12:00:02.000Z") });
  });
  afterAll(async () => harness?.dispose());

  it("answers the same path and query from the first answer for cacheSeconds, while every request still counts against the key's limits", async () => {
    const route = harness.route(counting, { scope: "prices:read", cacheSeconds: 10 });
    const { key } = await harness.createKey({ rateLimitPerMinute: 3 });
    const get = (query: string, headers: Record<string, string> = {}) => route(buildRequest(`http://127.0.0.1:3100/api/v1/x?${query}`, { key, headers }));

    const first = await get("a=1&b=2");
    expect(await first.json()).toEqual({ call: 1 });
    const again = await get("b=2&a=1");
    expect(await again.json()).toEqual({ call: 1 });
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("ratelimit")).toMatch(/r=1/);
    const revalidated = await get("a=1&b=2", { "if-none-match": first.headers.get("etag") ?? "" });
    expect(revalidated.status).toBe(304);
    expect((await get("a=1&b=2")).status).toBe(429); // the fourth request of the minute: a cached answer is no way around the limit
    expect(calls).toBe(1);

    harness.advance(180_000);
    expect(await (await get("a=1&b=2")).json()).toEqual({ call: 2 }); // expired after 10 s
    expect((await get("a=1&b=2", { "if-none-match": first.headers.get("etag") ?? "x" })).status).toBe(200); // a different answer now
  });

  it("keeps the full answer when the first request was a revalidation, so later ones are served from it", async () => {
    let reads = 0;
    const unchanging: ApiHandler<Record<string, never>> = async ({ request }) => {
      reads++;
      return cachedJson(request, { price: "0.000091" });
    };
    const route = harness.route(unchanging, { scope: "prices:read", cacheSeconds: 10 });
    const { key } = await harness.createKey({ rateLimitPerMinute: 100 });
    const get = (headers: Record<string, string> = {}) => route(buildRequest("http://127.0.0.1:3100/api/v1/revalidated", { key, headers }));
    const etag = (await get()).headers.get("etag") ?? "";
    harness.advance(11_000); // the kept answer has expired; the client still holds its ETag
    expect((await get({ "if-none-match": etag })).status).toBe(304);
    expect((await get({ "if-none-match": etag })).status).toBe(304);
    expect(await (await get()).json()).toEqual({ price: "0.000091" });
    expect(reads).toBe(2); // once before expiry, once for the first revalidation; the rest came from memory
  });

  it("never reuses answers of routes without cacheSeconds", async () => {
    const route = harness.route(counting, { scope: "prices:read" });
    const { key } = await harness.createKey({ rateLimitPerMinute: 100 });
    const before = calls;
    await route(buildRequest("http://127.0.0.1:3100/api/v1/y", { key }));
    await route(buildRequest("http://127.0.0.1:3100/api/v1/y", { key }));
    expect(calls).toBe(before + 2);
  });
});
