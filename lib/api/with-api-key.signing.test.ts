import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisSharedState } from "@/lib/api/shared-state-redis";
import { buildRequest, createApiHarness, readProblem, signHeaders, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { jsonResponse } from "./json";
import type { ApiHandler } from "./with-api-key";

const change: ApiHandler<Record<string, never>> = async ({ rawBody }) => jsonResponse({ received: new TextDecoder().decode(rawBody) }, { status: 201 });
const url = "http://127.0.0.1:3100/api/v1/things?b=2&a=1";
const body = JSON.stringify({ graceSeconds: 3600 });

describe("signed requests", () => {
  let harness: ApiHarness;
  let post: TestRoute;
  let key: string;
  let signingSecret: string;
  const seconds = () => Math.floor(harness.now().getTime() / 1000);
  const send = (headers: Record<string, string>, overrides: { body?: string; url?: string } = {}) =>
    post(buildRequest(overrides.url ?? url, { method: "POST", key, headers, body: overrides.body ?? body }));

  beforeAll(async () => {
    harness = await createApiHarness();
    post = harness.route(change, { scope: "keys:manage" });
    const issued = await harness.createKey({ scopes: ["keys:manage"] });
    key = issued.key;
    signingSecret = issued.signingSecret ?? "";
  });
  afterAll(async () => harness?.dispose());

  it("accepts a correctly signed request and hands the raw body to the handler", async () => {
    const response = await send(signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ received: body });
  });

  it("refuses a replay with replay_detected, and records it in the audit log", async () => {
    const headers = signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() });
    expect((await send(headers)).status).toBe(201);
    const replay = await send(headers);
    expect(replay.status).toBe(401);
    expect((await readProblem(replay)).type).toBe("/docs/errors#replay-detected");
    expect(await harness.store.db.auditEvent.count({ where: { action: "request.replay_detected" } })).toBeGreaterThan(0);
  });

  it("refuses tampered, truncated and extended signatures, and a changed body, path or query", async () => {
    const headers = signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() });
    const signature = headers["x-bw-signature"] ?? "";
    const flip = signature.slice(0, -1) + (signature.endsWith("0") ? "1" : "0");
    for (const forged of [flip, signature.slice(0, -2), `${signature}00`, "v1=", "v2=" + signature.slice(3)]) {
      const response = await send({ ...headers, "x-bw-nonce": randomBytes(16).toString("hex"), "x-bw-signature": forged });
      expect(response.status, forged).toBe(401);
    }
    const fresh = () => signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() });
    expect((await send(fresh(), { body: body.replace("3600", "3601") })).status).toBe(401);
    expect((await send(fresh(), { url: url.replace("things", "other") })).status).toBe(401);
    expect((await send(fresh(), { url: url.replace("a=1", "a=2") })).status).toBe(401);
    const problem = await readProblem(await send({ ...fresh(), "x-bw-signature": flip }));
    expect(problem.type).toBe("/docs/errors#invalid-signature");
  });

  it("accepts several v1 values while a signing secret is rotated", async () => {
    const headers = signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() });
    const response = await send({ ...headers, "x-bw-signature": `v1=${"0".repeat(64)}, ${headers["x-bw-signature"]}` });
    expect(response.status).toBe(201);
  });

  it("refuses a request whose nonce header was stripped", async () => {
    const { "x-bw-nonce": _nonce, ...stripped } = signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() });
    const response = await send(stripped);
    expect(response.status).toBe(401);
    expect((await readProblem(response)).detail).toMatch(/X-BW-Nonce is missing/);
  });

  it("keeps the window: 60 s old and 5 s ahead pass, one second more on either side fails", async () => {
    const at = (offset: number) => signHeaders(signingSecret, { method: "POST", url, body, timestamp: seconds() + offset });
    expect((await send(at(-60))).status).toBe(201);
    expect((await send(at(-61))).status).toBe(401);
    expect((await send(at(5))).status).toBe(201);
    const ahead = await send(at(6));
    expect(ahead.status).toBe(401);
    expect((await readProblem(ahead)).detail).toMatch(/in future/);
  });

  it("refuses unsigned changes, and keys without a signing secret", async () => {
    expect((await send({})).status).toBe(401);
    const publishable = await harness.createKey({ kind: "publishable", scopes: ["prices:read"], allowedOrigins: ["http://x.example"] });
    const open = harness.route(change, { scope: "prices:read", allowPublishable: true });
    const response = await open(buildRequest(url, { method: "POST", key: publishable.key, headers: { origin: "http://x.example" }, body }));
    expect(response.status).toBe(403);
  });

  it("never answers 500 to generated signature, timestamp and nonce headers (1,000 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 140 }), async (signature, timestamp, nonce) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of [["x-bw-signature", signature], ["x-bw-timestamp", timestamp], ["x-bw-nonce", nonce]] as const) {
          try {
            new Headers({ [name]: value });
            headers[name] = value;
          } catch {
            // a value no client could send as a header
          }
        }
        const response = await send(headers);
        expect([401]).toContain(response.status);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("503: the nonce store cannot be reached", () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness({ state: () => createRedisSharedState("redis://127.0.0.1:1") });
  });
  afterAll(async () => harness?.dispose());

  it("fails closed for signed changes and reads alike, with Retry-After", async () => {
    const { key, signingSecret } = await harness.createKey({ scopes: ["keys:manage"] });
    const post = harness.route(change, { scope: "keys:manage" });
    const timestamp = Math.floor(harness.now().getTime() / 1000);
    const response = await post(buildRequest(url, { method: "POST", key, body, headers: signHeaders(signingSecret ?? "", { method: "POST", url, body, timestamp }) }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await readProblem(response)).type).toBe("/docs/errors#unavailable");
    const read = harness.route(change, { scope: "keys:read" });
    expect((await read(buildRequest(url, { key }))).status).toBe(503);
  });
});
