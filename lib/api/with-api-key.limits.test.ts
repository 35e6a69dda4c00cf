import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createApiHarness, readProblem, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { jsonResponse } from "./json";
import type { ApiHandler } from "./with-api-key";

const ok: ApiHandler<Record<string, never>> = async () => jsonResponse({ ok: true });
const url = "http://127.0.0.1:3100/api/v1/echo";

describe("429: rate limits", () => {
  let harness: ApiHarness;
  let read: TestRoute;
  beforeAll(async () => {
    // Two seconds into a minute, so a test's requests share one window.
    harness = await createApiHarness({ start: new Date("2026-03-01T12:00:02.000Z") });
    read = harness.route(ok, { scope: "prices:read", allowPublishable: true });
  });
  afterAll(async () => harness?.dispose());

  it("holds a key to its per-minute quota and says when to come back, in seconds", async () => {
    const { key } = await harness.createKey({ rateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await read(buildRequest(url, { key }))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await read(buildRequest(url, { key }));
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(Number(refused.headers.get("retry-after"))).toBe(58);
    expect(refused.headers.get("ratelimit-policy")).toContain('"minute";q=3;w=60');
    expect(refused.headers.get("ratelimit")).toMatch(/^"minute";r=0;t=58$/);
    expect(await readProblem(refused)).toMatchObject({ status: 429, policy: "minute", type: "/docs/errors#rate-limited" });
    expect(await harness.store.db.auditEvent.findFirst({ where: { action: "rate_limit.exceeded" } })).toMatchObject({ reason: "minute" });
  });

  it("refuses bursts above 20 in 10 seconds", async () => {
    const { key } = await harness.createKey();
    const statuses = [];
    for (let i = 0; i < 22; i++) statuses.push((await read(buildRequest(url, { key }))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("limits publishable keys per address as well as per key", async () => {
    const origin = "http://site.example";
    const keys = [await harness.createKey({ kind: "publishable", allowedOrigins: [origin] }), await harness.createKey({ kind: "publishable", allowedOrigins: [origin] })];
    harness.advance(10_000);
    const statuses = [];
    for (let i = 0; i < 24; i++) statuses.push((await read(buildRequest(url, { key: keys[i % 2]?.key, headers: { origin }, ip: "198.51.100.99" }))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
  });

  it("limits failed authentications per address more strictly than traffic, before looking at the key", async () => {
    const { key } = await harness.createKey();
    const ip = "192.0.2.200";
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await read(buildRequest(url, { key: `bw_live_${"x".repeat(10)}${i}`, ip }))).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right key is refused from that address for now; another address is unaffected.
    expect((await read(buildRequest(url, { key, ip }))).status).toBe(429);
    expect((await read(buildRequest(url, { key, ip: "192.0.2.201" }))).status).toBe(200);
    const audit = await harness.store.db.auditEvent.findFirst({ where: { action: "auth.failed", ip } });
    expect(audit?.count).toBe(10);
  });
});
