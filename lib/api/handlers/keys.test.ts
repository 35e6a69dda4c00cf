import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createApiHarness, readProblem, signHeaders, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { jsonResponse } from "../json";
import type { ApiHandler } from "../with-api-key";
import { createKey, getKeyUsage, listKeys, revokeKey, rotateKey, rotateKeySigningSecret, updateKey } from "./keys";

const base = "http://127.0.0.1:3100/api/v1/keys";
const read: ApiHandler<Record<string, never>> = async ({ key }) => jsonResponse({ keyId: key.keyId });

describe("keys API: rotation without downtime, revocation, usage", () => {
  let harness: ApiHarness;
  let routes: {
    rotate: TestRoute;
    revoke: TestRoute;
    usage: TestRoute;
    list: TestRoute;
    create: TestRoute;
    update: TestRoute;
    rotateSecret: TestRoute;
    data: TestRoute;
  };
  const seconds = () => Math.floor(harness.now().getTime() / 1000);
  const signed = (key: string, signingSecret: string, method: string, url: string, body = "") =>
    buildRequest(url, { method, key, body: method === "DELETE" ? undefined : body, headers: signHeaders(signingSecret, { method, url, body, timestamp: seconds() }) });
  const params = (keyId: string) => ({ keyId });

  beforeAll(async () => {
    harness = await createApiHarness();
    routes = {
      rotate: harness.route(rotateKey, { scope: "keys:manage" }),
      revoke: harness.route(revokeKey, { scope: "keys:manage" }),
      usage: harness.route(getKeyUsage, { scope: "usage:read" }),
      list: harness.route(listKeys, { scope: "keys:read" }),
      create: harness.route(createKey, { scope: "keys:manage" }),
      update: harness.route(updateKey, { scope: "keys:manage" }),
      rotateSecret: harness.route(rotateKeySigningSecret, { scope: "keys:manage" }),
      data: harness.route(read, { scope: "prices:read" }),
    };
  });
  afterAll(async () => harness?.dispose());

  it("rotates with a grace window: both keys work, use of the old one is counted as grace, then it expires", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage", "usage:read"], clientName: "acme" });
    const old = await harness.createKey({ scopes: ["prices:read"], clientName: "acme" });
    const url = `${base}/${old.keyId}/rotate`;
    const response = await routes.rotate(signed(admin.key, admin.signingSecret ?? "", "POST", url, JSON.stringify({ graceSeconds: 3600 })), params(old.keyId));
    expect(response.status).toBe(201);
    const rotated = (await response.json()) as { key: string; key_id: string; version: number; scopes: string[]; previous: { key_id: string; expires_at: string } };
    expect(rotated.version).toBe(2);
    expect(rotated.scopes).toEqual(["prices:read"]);
    expect(rotated.previous).toEqual({ key_id: old.keyId, expires_at: new Date(harness.now().getTime() + 3_600_000).toISOString(), revoked_at: null });

    expect((await routes.data(buildRequest(`${base}/x`, { key: old.key }))).status).toBe(200);
    expect((await routes.data(buildRequest(`${base}/x`, { key: rotated.key }))).status).toBe(200);
    const usage = await routes.usage(buildRequest(`${base}/${old.keyId}/usage`, { key: admin.key }), params(old.keyId));
    expect(((await usage.json()) as { data: unknown[] }).data).toEqual([{ date: "2026-03-01", status: 200, in_grace: true, count: 1 }]);
    expect(await harness.store.db.auditEvent.count({ where: { action: "key.used_during_grace", keyId: old.keyId } })).toBe(1);
    expect(await harness.store.db.auditEvent.findFirst({ where: { action: "key.rotated", keyId: old.keyId } })).toMatchObject({ outcome: "success" });

    harness.advance(3_600_000);
    const expired = await routes.data(buildRequest(`${base}/x`, { key: old.key }));
    expect(expired.status).toBe(401);
    expect((await readProblem(expired)).type).toBe("/docs/errors#key-expired");
    expect((await routes.data(buildRequest(`${base}/x`, { key: rotated.key }))).status).toBe(200);
  });

  it("revokes at once with a grace of 0, and on DELETE", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage"], clientName: "beta" });
    const old = await harness.createKey({ clientName: "beta" });
    expect((await routes.data(buildRequest(`${base}/x`, { key: old.key }))).status).toBe(200);
    const response = await routes.rotate(signed(admin.key, admin.signingSecret ?? "", "POST", `${base}/${old.keyId}/rotate`, '{"graceSeconds":0}'), params(old.keyId));
    expect(response.status).toBe(201);
    expect((await routes.data(buildRequest(`${base}/x`, { key: old.key }))).status).toBe(401);

    const other = await harness.createKey({ clientName: "beta" });
    expect((await routes.data(buildRequest(`${base}/x`, { key: other.key }))).status).toBe(200);
    const revoked = await routes.revoke(signed(admin.key, admin.signingSecret ?? "", "DELETE", `${base}/${other.keyId}`), params(other.keyId));
    expect(revoked.status).toBe(200);
    expect((await routes.data(buildRequest(`${base}/x`, { key: other.key }))).status).toBe(401);
  });

  it("404: another client's key does not exist for this client, whatever the action", async () => {
    const mine = await harness.createKey({ scopes: ["keys:manage", "usage:read"], clientName: "mine" });
    const theirs = await harness.createKey({ clientName: "theirs" });
    const rotate = await routes.rotate(signed(mine.key, mine.signingSecret ?? "", "POST", `${base}/${theirs.keyId}/rotate`, '{"graceSeconds":60}'), params(theirs.keyId));
    expect(rotate.status).toBe(404);
    const revoke = await routes.revoke(signed(mine.key, mine.signingSecret ?? "", "DELETE", `${base}/${theirs.keyId}`), params(theirs.keyId));
    expect(revoke.status).toBe(404);
    expect((await routes.usage(buildRequest(`${base}/${theirs.keyId}/usage`, { key: mine.key }), params(theirs.keyId))).status).toBe(404);
    expect((await routes.data(buildRequest(`${base}/x`, { key: theirs.key }))).status).toBe(200);
    const listed = (await (await routes.list(buildRequest(base, { key: mine.key }))).json()) as { data: { key_id: string }[] };
    expect(listed.data.map((key) => key.key_id)).not.toContain(theirs.keyId);
  });

  it("409: at most ten active keys per client, and no rotation of a revoked key", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage"], clientName: "busy" });
    for (let i = 0; i < 9; i++) await harness.createKey({ clientName: "busy" });
    const body = JSON.stringify({ name: "eleventh", scopes: ["prices:read"] });
    const response = await routes.create(signed(admin.key, admin.signingSecret ?? "", "POST", base, body));
    expect(response.status).toBe(409);
    expect((await readProblem(response)).detail).toMatch(/at most 10 active keys/);

    const client = await harness.createKey({ scopes: ["keys:manage"], clientName: "gamma" });
    const dead = await harness.createKey({ clientName: "gamma" });
    await routes.revoke(signed(client.key, client.signingSecret ?? "", "DELETE", `${base}/${dead.keyId}`), params(dead.keyId));
    const again = await routes.rotate(signed(client.key, client.signingSecret ?? "", "POST", `${base}/${dead.keyId}/rotate`, '{"graceSeconds":60}'), params(dead.keyId));
    expect(again.status).toBe(409);
  });

  it("400 for a body that is not JSON, 422 for a grace beyond seven days", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage"], clientName: "delta" });
    const target = await harness.createKey({ clientName: "delta" });
    const url = `${base}/${target.keyId}/rotate`;
    const notJson = await routes.rotate(signed(admin.key, admin.signingSecret ?? "", "POST", url, "{grace"), params(target.keyId));
    expect(notJson.status).toBe(400);
    const tooLong = await routes.rotate(signed(admin.key, admin.signingSecret ?? "", "POST", url, JSON.stringify({ graceSeconds: 7 * 86_400 + 1 })), params(target.keyId));
    expect(tooLong.status).toBe(422);
    expect(await readProblem(tooLong)).toMatchObject({ parameter: "graceSeconds" });
  });

  it("creates a key once: the key and signing secret appear in the answer only", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage", "keys:read"], clientName: "epsilon" });
    const response = await routes.create(signed(admin.key, admin.signingSecret ?? "", "POST", base, JSON.stringify({ name: "worker", scopes: ["burns:read"], expires_in_days: 30 })));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { key: string; signing_secret: string; key_id: string; expires_at: string };
    expect(created.key).toMatch(/^bw_live_/);
    expect(created.signing_secret).toMatch(/^bws_/);
    const listed = await (await routes.list(buildRequest(base, { key: admin.key }))).text();
    expect(listed).toContain(created.key_id);
    expect(listed).not.toContain(created.key);
    expect(listed).not.toContain(created.signing_secret);
  });

  it("changes scopes and limits, takes effect at once, and audits before and after", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage"], clientName: "zeta" });
    const target = await harness.createKey({ clientName: "zeta" });
    expect((await routes.data(buildRequest(`${base}/x`, { key: target.key }))).status).toBe(200);
    const body = JSON.stringify({ scopes: ["burns:read"], rate_limit_per_minute: 100 });
    const response = await routes.update(signed(admin.key, admin.signingSecret ?? "", "PATCH", `${base}/${target.keyId}`, body), params(target.keyId));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ scopes: ["burns:read"], rate_limit_per_minute: 100 });
    expect((await routes.data(buildRequest(`${base}/x`, { key: target.key }))).status).toBe(403);
    const event = await harness.store.db.auditEvent.findFirstOrThrow({ where: { action: "key.updated", keyId: target.keyId } });
    expect(JSON.parse(event.details ?? "{}")).toMatchObject({ before: { scopes: ["prices:read"], rateLimitPerMinute: null }, after: { scopes: ["burns:read"], rateLimitPerMinute: 100 } });
    const unknownField = await routes.update(signed(admin.key, admin.signingSecret ?? "", "PATCH", `${base}/${target.keyId}`, '{"owner":1}'), params(target.keyId));
    expect(unknownField.status).toBe(422);
  });

  it("rotates a signing secret: the previous one verifies until its grace ends, then only the new one", async () => {
    const admin = await harness.createKey({ scopes: ["keys:manage"], clientName: "eta" });
    const oldSecret = admin.signingSecret ?? "";
    const url = `${base}/${admin.keyId}/signing-secret/rotate`;
    const response = await routes.rotateSecret(signed(admin.key, oldSecret, "POST", url, '{"graceSeconds":600}'), params(admin.keyId));
    expect(response.status).toBe(201);
    const { signing_secret: newSecret } = (await response.json()) as { signing_secret: string };
    expect(newSecret).toMatch(/^bws_/);
    const patch = (secret: string) => routes.update(signed(admin.key, secret, "PATCH", `${base}/${admin.keyId}`, '{"name":"renamed"}'), params(admin.keyId));
    expect((await patch(oldSecret)).status).toBe(200);
    expect((await patch(newSecret)).status).toBe(200);
    harness.advance(600_000);
    expect((await patch(oldSecret)).status).toBe(401);
    expect((await patch(newSecret)).status).toBe(200);
    expect(await harness.store.db.auditEvent.count({ where: { action: "signing_secret.rotated", keyId: admin.keyId } })).toBe(1);
  });
});
