import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findApiKey } from "@/lib/keys/key-store";
import { createDatabaseUsageCounter } from "@/lib/keys/usage";
import { auditFor, createClientFor, createKeyFor, getKeyDetailsFor, getKeyFor, listClientsFor, NO_SUCH_CLIENT, NO_SUCH_KEY, PortalError, revokeKeyFor, rotateKeyFor, usageFor, type PortalUser } from "./portal";
import { createAuthTestServices, type AuthTestServices } from "./test-services";

let t: AuthTestServices;
let alice: PortalUser;
let bob: PortalUser;
let admin: PortalUser;
const keyInput = { name: "server", environment: "live" as const, scopes: ["prices:read"], expiresInDays: null };

async function makeUser(email: string, role: "user" | "admin"): Promise<PortalUser> {
  const user = await t.store.db.user.create({ data: { email, passwordHash: "scrypt$x", role } });
  return { id: user.id, role };
}

beforeAll(async () => {
  t = await createAuthTestServices();
  alice = await makeUser("alice@example.com", "user");
  bob = await makeUser("bob@example.com", "user");
  admin = await makeUser("admin@example.com", "admin");
});
afterAll(async () => t.store.dispose());

const ctx = () => ({ services: t.services, ip: "203.0.113.5" });

describe("the portal's ownership rules", () => {
  it("lets a person see, rotate and revoke only their own keys; an admin sees everything", async () => {
    const client = await createClientFor(alice, "Alice's app", ctx());
    const issued = await createKeyFor(alice, client.id, keyInput, ctx());
    expect(issued.key).toMatch(/^bw_live_/);
    expect(issued.signingSecret).toBeTruthy();
    const keyId = issued.view.keyId;

    expect((await listClientsFor(alice, ctx())).map((c) => c.name)).toEqual(["Alice's app"]);
    expect(await listClientsFor(bob, ctx())).toEqual([]);
    expect((await listClientsFor(admin, ctx())).map((c) => c.ownerEmail)).toContain("alice@example.com");

    expect(await getKeyFor(alice, keyId, ctx())).not.toBeNull();
    expect(await getKeyFor(bob, keyId, ctx())).toBeNull();
    expect(await getKeyDetailsFor(bob, keyId, ctx())).toBeNull();
    expect(await getKeyFor(admin, keyId, ctx())).not.toBeNull();

    await expect(rotateKeyFor(bob, keyId, 3600, ctx())).rejects.toThrow(new PortalError(NO_SUCH_KEY));
    await expect(revokeKeyFor(bob, keyId, ctx())).rejects.toThrow(new PortalError(NO_SUCH_KEY));
    await expect(createKeyFor(bob, client.id, keyInput, ctx())).rejects.toThrow(new PortalError(NO_SUCH_CLIENT));
    const untouched = await findApiKey(t.store.db, keyId);
    expect(untouched?.revokedAt).toBeNull();
    expect(untouched?.graceStartedAt).toBeNull();

    await createDatabaseUsageCounter(t.store.db).count(keyId, 200, false, t.now());
    expect(await usageFor(bob, [keyId], 30, ctx())).toEqual([]);
    expect(await usageFor(alice, [keyId], 30, ctx())).toHaveLength(1);
    expect(await usageFor(admin, [keyId], 30, ctx())).toHaveLength(1);

    expect((await auditFor(alice, ctx())).map((e) => e.action)).toContain("key.created");
    expect(await auditFor(bob, ctx())).toEqual([]);
    expect((await auditFor(admin, ctx())).some((e) => e.keyId === keyId)).toBe(true);
  });

  it("refuses malformed key ids without a lookup", async () => {
    expect(await getKeyFor(admin, "../../etc", ctx())).toBeNull();
    expect(await usageFor(admin, ["nope"], 30, ctx())).toEqual([]);
  });
});

describe("rotation and revocation", () => {
  it("rotates with a grace window, records old → new, and evicts the cached old key", async () => {
    const client = await createClientFor(alice, "rotation", ctx());
    const first = await createKeyFor(alice, client.id, keyInput, ctx());
    const oldId = first.view.keyId;
    let loads = 0;
    const load = async (id: string) => {
      loads++;
      return findApiKey(t.store.db, id);
    };
    await t.services.keyCache.get(oldId, t.now().getTime(), load);
    const rotated = await rotateKeyFor(alice, oldId, 3600, ctx());
    expect(rotated.view.version).toBe(2);
    expect(rotated.previous.status).toBe("grace");
    expect(rotated.previous.expiresAt).toBe(new Date(t.now().getTime() + 3_600_000).toISOString());
    const fresh = await t.services.keyCache.get(oldId, t.now().getTime(), load);
    expect(loads).toBe(2);
    expect(fresh?.graceStartedAt).not.toBeNull();

    const details = await getKeyDetailsFor(alice, oldId, ctx());
    expect(details?.chain.map((link) => link.keyId)).toEqual([oldId, rotated.view.keyId]);
    expect((await getKeyDetailsFor(alice, rotated.view.keyId, ctx()))?.chain.map((link) => link.version)).toEqual([1, 2]);

    const event = (await auditFor(alice, ctx())).find((e) => e.action === "key.rotated" && e.keyId === oldId);
    expect(event?.reason).toContain(`${oldId} → ${rotated.view.keyId}`);
    expect(event?.actor).toBe(`user:${alice.id}`);
    expect(event?.ip).toBe("203.0.113.5");

    await expect(rotateKeyFor(alice, oldId, 3600, ctx())).rejects.toThrow(/already rotated/);
    const revoked = await revokeKeyFor(alice, oldId, ctx());
    expect(revoked.status).toBe("revoked");
    expect((await auditFor(alice, ctx())).some((e) => e.action === "key.revoked" && e.keyId === oldId)).toBe(true);
  });

  it("turns key-store refusals into readable portal errors", async () => {
    const client = await createClientFor(alice, "full", ctx());
    for (let index = 0; index < 10; index++) await createKeyFor(alice, client.id, { ...keyInput, name: `k${index}` }, ctx());
    await expect(createKeyFor(alice, client.id, keyInput, ctx())).rejects.toThrow(new PortalError("A client may hold at most 10 active keys; revoke one first"));
    const someKey = (await listClientsFor(alice, ctx())).find((c) => c.id === client.id)!.keys[0]!;
    await expect(rotateKeyFor(alice, someKey.keyId, 10 * 24 * 3600, ctx())).rejects.toThrow(PortalError);
    await expect(createClientFor(alice, "full", ctx())).rejects.toThrow(new PortalError('You already have a client named "full".'));
    await expect(createClientFor(alice, "   ", ctx())).rejects.toThrow(new PortalError("Give the client a name."));
    await expect(createKeyFor(alice, client.id, { ...keyInput, scopes: [] }, ctx())).rejects.toThrow(new PortalError("Pick at least one scope."));
  });

  it("sets an expiry from days and grace 0 revokes at once", async () => {
    const client = await createClientFor(bob, "bob's", ctx());
    const issued = await createKeyFor(bob, client.id, { ...keyInput, environment: "test", expiresInDays: 30 }, ctx());
    expect(issued.key).toMatch(/^bw_test_/);
    expect(issued.view.expiresAt).toBe(new Date(t.now().getTime() + 30 * 86_400_000).toISOString());
    const rotated = await rotateKeyFor(bob, issued.view.keyId, 0, ctx());
    expect(rotated.previous.status).toBe("revoked");
    expect(rotated.view.expiresAt).toBe(issued.view.expiresAt);
  });
});
