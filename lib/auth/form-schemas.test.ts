import { describe, expect, it } from "vitest";
import { describeFormError, emailSchema, newKeyFormSchema, revokeFormSchema, rotateFormSchema } from "./form-schemas";

const firstError = (result: { success: boolean; error?: Parameters<typeof describeFormError>[0] }) => (result.error ? describeFormError(result.error) : null);

describe("form schemas", () => {
  it("normalises emails and explains bad ones", () => {
    expect(emailSchema.parse("  Foo@Example.COM ")).toBe("foo@example.com");
    expect(firstError(emailSchema.safeParse("nope"))).toBe("Enter a valid email address.");
    expect(firstError(emailSchema.safeParse(null))).toBe("Enter your email address.");
  });

  it("reads a new-key form: empty expiry is none, scopes come from the catalogue", () => {
    const base = { clientId: "3", name: " server ", environment: "live", scopes: ["prices:read"], expiresInDays: "" };
    expect(newKeyFormSchema.parse(base)).toEqual({ clientId: 3, name: "server", environment: "live", scopes: ["prices:read"], expiresInDays: null });
    expect(newKeyFormSchema.parse({ ...base, expiresInDays: "30" }).expiresInDays).toBe(30);
    expect(firstError(newKeyFormSchema.safeParse({ ...base, expiresInDays: "2.5" }))).toMatch(/^Expiry must be a whole number of days/);
    expect(firstError(newKeyFormSchema.safeParse({ ...base, expiresInDays: "0" }))).toMatch(/^Expiry must be/);
    expect(firstError(newKeyFormSchema.safeParse({ ...base, scopes: [] }))).toBe("Pick at least one scope.");
    expect(firstError(newKeyFormSchema.safeParse({ ...base, scopes: ["root:all"] }))).toBe('Unknown scope "root:all".');
    expect(firstError(newKeyFormSchema.safeParse({ ...base, environment: "prod" }))).toBe("Choose live or test.");
    expect(firstError(newKeyFormSchema.safeParse({ ...base, name: "a\u0007b" }))).toBe("The key name may not contain control characters.");
    expect(firstError(newKeyFormSchema.safeParse({ ...base, clientId: "x" }))).toBe("No such client.");
  });

  it("reads grace in hours: default 1, 0 to 168", () => {
    const keyId = "abcdefghijklmnop";
    expect(rotateFormSchema.parse({ keyId, graceHours: "" }).graceHours).toBe(1);
    expect(rotateFormSchema.parse({ keyId, graceHours: "0" }).graceHours).toBe(0);
    expect(rotateFormSchema.parse({ keyId, graceHours: "1.5" }).graceHours).toBe(1.5);
    for (const bad of ["-1", "169", "abc", "Infinity"]) expect(firstError(rotateFormSchema.safeParse({ keyId, graceHours: bad })), bad).toMatch(/^Grace must be/);
    expect(firstError(rotateFormSchema.safeParse({ keyId: "../x", graceHours: "1" }))).toBe("No such key.");
  });

  it("wants the revocation box ticked", () => {
    expect(revokeFormSchema.safeParse({ keyId: "abcdefghijklmnop", confirm: "yes" }).success).toBe(true);
    expect(firstError(revokeFormSchema.safeParse({ keyId: "abcdefghijklmnop", confirm: null }))).toMatch(/^Tick the box/);
  });
});
