import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createApiHarness, readProblem, testOrigin, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { jsonResponse, parseQuery } from "./json";
import type { ApiHandler } from "./with-api-key";
import { z } from "zod";

const echo: ApiHandler<Record<string, never>> = async ({ key, request }) => {
  const query = parseQuery(z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD").optional() }), request);
  return jsonResponse({ keyId: key.keyId, from: query.from ?? null });
};
const failing: ApiHandler<Record<string, never>> = async () => {
  throw new Error("database password is hunter2");
};
const url = "http://127.0.0.1:3100/api/v1/echo";

describe("the API wrapper: authentication and authorization", () => {
  let harness: ApiHarness;
  let read: TestRoute;
  beforeAll(async () => {
    harness = await createApiHarness();
    read = harness.route(echo, { scope: "prices:read", allowPublishable: true });
  });
  afterAll(async () => harness?.dispose());

  describe("200", () => {
    it("answers a valid key with the handler's body, a request id and the rate-limit fields", async () => {
      const { key, keyId } = await harness.createKey();
      const response = await read(buildRequest(url, { key }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ keyId, from: null });
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get("ratelimit-policy")).toBe('"burst";q=20;w=10, "minute";q=600;w=60, "day";q=100000;w=86400');
      expect(response.headers.get("ratelimit")).toMatch(/^"burst";r=19;t=\d+$/);
    });

    it("records usage by day and status and last-used at most once a minute", async () => {
      const { key, keyId } = await harness.createKey();
      await read(buildRequest(url, { key }));
      await read(buildRequest(url, { key }));
      await harness.flushUsage();
      const usage = await harness.store.db.apiUsage.findMany({ where: { keyId } });
      expect(usage.map((row) => [row.status, row.inGrace, row.count])).toEqual([[200, false, 2]]);
      const first = (await harness.store.db.apiKey.findUniqueOrThrow({ where: { keyId } })).lastUsedAt;
      expect(first?.toISOString()).toBe(harness.now().toISOString());
      harness.advance(30_000);
      await read(buildRequest(url, { key }));
      expect((await harness.store.db.apiKey.findUniqueOrThrow({ where: { keyId } })).lastUsedAt).toEqual(first);
      harness.advance(31_000);
      await read(buildRequest(url, { key }));
      expect((await harness.store.db.apiKey.findUniqueOrThrow({ where: { keyId } })).lastUsedAt?.toISOString()).toBe(harness.now().toISOString());
    });
  });

  describe("400", () => {
    it("names the bad query parameter", async () => {
      const { key } = await harness.createKey();
      const response = await read(buildRequest(`${url}?from=yesterday`, { key }));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await readProblem(response);
      expect(problem).toMatchObject({ status: 400, parameter: "from", instance: "/api/v1/echo" });
      expect(problem.detail).toContain('"from"');
    });
  });

  describe("401", () => {
    it("asks for credentials without an error attribute when none are sent", async () => {
      const response = await read(buildRequest(url));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    });

    it("gives the same answer for malformed, look-alike, unknown, wrong-secret and revoked keys", async () => {
      const { key } = await harness.createKey();
      const revoked = await harness.createKey();
      await harness.store.db.apiKey.update({ where: { keyId: revoked.keyId }, data: { revokedAt: harness.now() } });
      const unknown = await harness.createKey();
      await harness.store.db.apiKey.delete({ where: { keyId: unknown.keyId } });
      const wrongSecret = (await harness.createKey()).key.replace(/_([0-9A-Za-z]{16})_/, (_match, id: string) => `_${id}_`).slice(0, 25) + key.slice(25);
      const lookAlike = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
      const bodies = [];
      for (const presented of ["not-a-key", lookAlike, unknown.key, wrongSecret, revoked.key, `Basic ${key}`]) {
        const response = await read(buildRequest(url, presented.startsWith("Basic") ? { headers: { authorization: presented } } : { key: presented }));
        expect(response.status, presented).toBe(401);
        expect(response.headers.get("www-authenticate")).toBe('Bearer realm="api", error="invalid_token"');
        const { request_id: _requestId, ...body } = await readProblem(response);
        bodies.push(body);
      }
      expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
      expect(bodies[0]).toMatchObject({ type: "/docs/errors#invalid-token", status: 401 });
    });

    it("never takes a key from the query string", async () => {
      const { key } = await harness.createKey();
      expect((await read(buildRequest(`${url}?api_key=${key}`))).status).toBe(401);
    });

    it("tells an expired key apart only once its secret matched, checked against the clock even when cached", async () => {
      const { key } = await harness.createKey({ expiresAt: new Date(harness.now().getTime() + 3_600_000) });
      expect((await read(buildRequest(url, { key }))).status).toBe(200);
      harness.advance(3_600_000 - 1_000);
      expect((await read(buildRequest(url, { key }))).status).toBe(200);
      harness.advance(1_000);
      const response = await read(buildRequest(url, { key }));
      expect(response.status).toBe(401);
      expect((await readProblem(response)).type).toBe("/docs/errors#key-expired");
      const audit = await harness.store.db.auditEvent.findFirst({ where: { action: "key.expired" } });
      expect(audit?.reason).toBe("expired");
    });

    it("refuses a key revoked while cached: at once in this process, within 10 s when revoked elsewhere", async () => {
      const { key, keyId } = await harness.createKey();
      expect((await read(buildRequest(url, { key }))).status).toBe(200);
      // Revoked by another server: this one's cache still holds the key for up to 10 s.
      await harness.store.db.apiKey.update({ where: { keyId }, data: { revokedAt: harness.now() } });
      harness.advance(5_000);
      expect((await read(buildRequest(url, { key }))).status).toBe(200);
      harness.advance(5_001);
      expect((await read(buildRequest(url, { key }))).status).toBe(401);

      const second = await harness.createKey();
      expect((await read(buildRequest(url, { key: second.key }))).status).toBe(200);
      await harness.store.db.apiKey.update({ where: { keyId: second.keyId }, data: { revokedAt: harness.now() } });
      harness.services.keyCache.evict(second.keyId);
      expect((await read(buildRequest(url, { key: second.key }))).status).toBe(401);
    });
  });

  describe("403", () => {
    it("names the missing scope", async () => {
      const { key } = await harness.createKey({ scopes: ["burns:read"] });
      const response = await read(buildRequest(url, { key }));
      expect(response.status).toBe(403);
      expect(await readProblem(response)).toMatchObject({ type: "/docs/errors#insufficient-scope", required_scope: "prices:read" });
    });

    it("lets write imply read", async () => {
      const { key } = await harness.createKey({ scopes: ["keys:manage"] });
      const keysRead = harness.route(echo, { scope: "keys:read" });
      expect((await keysRead(buildRequest(url, { key }))).status).toBe(200);
    });

    it("holds publishable keys to their origins and to reads", async () => {
      const { key } = await harness.createKey({ kind: "publishable", scopes: ["prices:read"], allowedOrigins: [testOrigin] });
      expect((await read(buildRequest(url, { key, headers: { origin: testOrigin } }))).status).toBe(200);
      expect((await read(buildRequest(url, { key, headers: { referer: `${testOrigin}/tokens/lunc` } }))).status).toBe(200);
      expect((await read(buildRequest(url, { key, headers: { origin: "https://evil.example" } }))).status).toBe(403);
      expect((await read(buildRequest(url, { key }))).status).toBe(403);
      const write = harness.route(echo, { scope: "prices:read", allowPublishable: true });
      expect((await write(buildRequest(url, { key, method: "POST", headers: { origin: testOrigin }, body: "{}" }))).status).toBe(403);
    });

    it("holds keys to their allowed address ranges", async () => {
      const { key } = await harness.createKey({ allowedIps: ["198.51.100.0/24"] });
      expect((await read(buildRequest(url, { key, ip: "198.51.100.20" }))).status).toBe(200);
      expect((await read(buildRequest(url, { key, ip: "203.0.113.7" }))).status).toBe(403);
    });
  });

  describe("500", () => {
    it("hides a handler's failure behind its request id and keeps it apart from authentication", async () => {
      const { key } = await harness.createKey();
      const broken = harness.route(failing, { scope: "prices:read" });
      const response = await broken(buildRequest(url, { key }));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain("hunter2");
      expect(text).not.toMatch(/at \S+ \(/);
      expect(JSON.parse(text).request_id).toBe(response.headers.get("x-request-id"));
    });
  });

  describe("fuzzing", () => {
    it("answers any Authorization header with 401, never a 500 (1,000 generated headers)", async () => {
      const { key } = await harness.createKey();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 300 }),
            fc.string({ unit: "binary", maxLength: 120 }).map((text) => `Bearer ${text}`),
            fc.nat({ max: key.length - 1 }).chain((index) => fc.constantFrom(...Array.from("0aZ_-")).map((char) => `Bearer ${key.slice(0, index)}${char}${key.slice(index + 1)}`)),
          ),
          async (authorization) => {
            fc.pre(authorization !== `Bearer ${key}`);
            let headers: Record<string, string>;
            try {
              headers = { authorization: new Headers({ a: authorization }).get("a") ?? "" };
            } catch {
              return; // not a header value a client could send
            }
            harness.advance(61_000); // keep the per-address failure limit out of the way
            const response = await read(buildRequest(url, { headers, ip: "192.0.2.44" }));
            expect([401]).toContain(response.status);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
