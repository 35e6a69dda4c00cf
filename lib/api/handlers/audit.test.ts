import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createApiHarness, type ApiHarness } from "@/lib/testing/api-harness";
import { listAudit } from "./audit";

describe("GET /api/v1/audit", () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness();
  });
  afterAll(async () => harness?.dispose());

  it("shows a client its own keys' events and nothing of other clients", async () => {
    const mine = await harness.createKey({ scopes: ["keys:read"], clientName: "audited" });
    const theirs = await harness.createKey({ clientName: "other" });
    const route = harness.route(listAudit, { scope: "keys:read" });
    const expired = new Date(harness.now().getTime() - 1000);
    await harness.store.db.apiKey.update({ where: { keyId: theirs.keyId }, data: { expiresAt: expired } });
    const probe = harness.route(listAudit, { scope: "keys:read" });
    expect((await probe(buildRequest("http://x/api/v1/audit", { key: theirs.key }))).status).toBe(401);
    await harness.store.db.auditEvent.create({ data: { action: "key.rotated", outcome: "success", actor: "test", keyId: mine.keyId, clientId: mine.clientId } });
    const response = await route(buildRequest("http://x/api/v1/audit?limit=50", { key: mine.key }));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { key_id: string | null; action: string }[] };
    expect(data.map((event) => event.action)).toContain("key.rotated");
    expect(data.every((event) => event.key_id !== theirs.keyId)).toBe(true);
    expect((await route(buildRequest("http://x/api/v1/audit?limit=0", { key: mine.key }))).status).toBe(400);
  });
});
