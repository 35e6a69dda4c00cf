import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAuthTestServices, type AuthTestServices } from "./test-services";
import { DUPLICATE_EMAIL, readAdminEmails, signIn, signUp, WRONG_CREDENTIALS } from "./users";

let t: AuthTestServices;
let counter = 0;
const uniqueEmail = () => `person-${Date.now()}-${++counter}@example.com`;
const password = "correct horse battery";

beforeAll(async () => {
  t = await createAuthTestServices();
});
afterAll(async () => t.store.dispose());
afterEach(() => {
  delete process.env.BURNWATCH_ADMIN_EMAILS;
});

describe("sign-up", () => {
  it("stores a lowercased email and a scrypt hash, never the password", async () => {
    const result = await signUp("  Alice.Example@Example.COM ", password, { ip: "203.0.113.1", services: t.services });
    expect(result.ok).toBe(true);
    const user = await t.store.db.user.findUniqueOrThrow({ where: { email: "alice.example@example.com" } });
    expect(user.role).toBe("user");
    expect(user.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(user.passwordHash).not.toContain(password);
    const events = await t.store.db.auditEvent.findMany({ where: { actor: `user:${user.id}` } });
    expect(events.map((event) => event.action)).toEqual(["user.signed_up"]);
    expect(JSON.stringify(events)).not.toContain(password);
  });

  it("answers a duplicate email with a readable message, whatever its case", async () => {
    const email = uniqueEmail();
    expect((await signUp(email, password, { services: t.services })).ok).toBe(true);
    expect(await signUp(email.toUpperCase(), password, { services: t.services })).toEqual({ ok: false, error: DUPLICATE_EMAIL });
  });

  it("explains bad input", async () => {
    expect(await signUp("not an email", password, { services: t.services })).toEqual({ ok: false, error: "Enter a valid email address." });
    expect(await signUp(uniqueEmail(), "short", { services: t.services })).toEqual({ ok: false, error: "The password needs at least 10 characters." });
    expect(await signUp(uniqueEmail(), "x".repeat(201), { services: t.services })).toEqual({ ok: false, error: "The password may have at most 200 characters." });
  });

  it("makes admins of the emails listed in BURNWATCH_ADMIN_EMAILS", async () => {
    const admin = uniqueEmail();
    process.env.BURNWATCH_ADMIN_EMAILS = ` other@example.com , ${admin.toUpperCase()} `;
    expect(readAdminEmails().has(admin)).toBe(true);
    await signUp(admin, password, { services: t.services });
    expect((await t.store.db.user.findUniqueOrThrow({ where: { email: admin } })).role).toBe("admin");
  });
});

describe("sign-in", () => {
  it("lets the right password in and gives one message for a wrong password or an unknown email", async () => {
    const email = uniqueEmail();
    await signUp(email, password, { services: t.services });
    expect((await signIn(email, password, "198.51.100.1", { services: t.services })).ok).toBe(true);
    expect(await signIn(email, "wrong password!", "198.51.100.1", { services: t.services })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(await signIn(uniqueEmail(), password, "198.51.100.1", { services: t.services })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    const reasons = (await t.store.db.auditEvent.findMany({ where: { action: "user.sign_in_failed", ip: "198.51.100.1" } })).map((event) => event.reason);
    expect(reasons).toEqual(["wrong_password", "unknown_email"]);
    const all = JSON.stringify(await t.store.db.auditEvent.findMany());
    expect(all).not.toContain("wrong password!");
    expect(all).not.toContain(password);
  });

  it("refuses an email after 5 failures, even with the right password, and says for how long", async () => {
    const email = uniqueEmail();
    await signUp(email, password, { services: t.services });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signIn(email, `wrong guess ${attempt}!`, `192.0.2.${attempt + 1}`, { services: t.services })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    const refused = await signIn(email, password, "192.0.2.99", { services: t.services });
    expect(refused.ok).toBe(false);
    const minutes = Number(/^Too many sign-in attempts; try again in (\d+) minutes?\.$/.exec(refused.ok ? "" : refused.error)?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThanOrEqual(30);
    // Another person's email is not affected.
    const other = uniqueEmail();
    await signUp(other, password, { services: t.services });
    expect((await signIn(other, password, "192.0.2.99", { services: t.services })).ok).toBe(true);
    // The promised wait is right: a minute earlier it is still refused, at the time it is let through.
    t.advance((minutes - 1) * 60_000);
    if (minutes > 1) expect((await signIn(email, password, "192.0.2.99", { services: t.services })).ok).toBe(false);
    t.advance(60_000);
    expect((await signIn(email, password, "192.0.2.99", { services: t.services })).ok).toBe(true);
  });

  it("refuses an address after 20 failures across emails", async () => {
    const ip = "203.0.113.200";
    for (let attempt = 0; attempt < 20; attempt++) await signIn(uniqueEmail(), password, ip, { services: t.services });
    const email = uniqueEmail();
    await signUp(email, password, { services: t.services });
    const refused = await signIn(email, password, ip, { services: t.services });
    expect(refused.ok ? "" : refused.error).toMatch(/^Too many sign-in attempts/);
    expect((await signIn(email, password, "203.0.113.201", { services: t.services })).ok).toBe(true);
  });
});
