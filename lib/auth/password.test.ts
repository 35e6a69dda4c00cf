import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("writes scrypt$16384$8$1$<16-byte salt>$<64-byte key>", async () => {
    const stored = await hashPassword("correct horse battery");
    const parts = stored.split("$");
    expect(parts.slice(0, 4)).toEqual(["scrypt", "16384", "8", "1"]);
    expect(Buffer.from(parts[4]!, "base64")).toHaveLength(16);
    expect(Buffer.from(parts[5]!, "base64")).toHaveLength(64);
  });

  it("derives the key with plain scrypt, so other tools can check it", async () => {
    const stored = await hashPassword("correct horse battery");
    const [, , , , salt, key] = stored.split("$") as [string, string, string, string, string, string];
    const expected = scryptSync("correct horse battery", Buffer.from(salt, "base64"), 64, { N: 16384, r: 8, p: 1 });
    expect(expected.toString("base64")).toBe(key);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same password!"), hashPassword("same password!")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password!", a)).toBe(true);
    expect(await verifyPassword("same password!", b)).toBe(true);
  });

  it("treats composed and decomposed Unicode as the same password", async () => {
    const stored = await hashPassword("café au lait 1");
    expect(await verifyPassword("cafe\u0301 au lait 1", stored)).toBe(true);
  });

  it("answers false for malformed or hostile stored hashes instead of throwing", async () => {
    const stored = await hashPassword("correct horse battery");
    const [, , , , salt, key] = stored.split("$");
    for (const bad of [
      "",
      "bcrypt$10$abc",
      `scrypt$16384$8$1$${salt}`,
      `scrypt$16383$8$1$${salt}$${key}`,
      `scrypt$${2 ** 24}$8$1$${salt}$${key}`,
      `scrypt$16384$999$1$${salt}$${key}`,
      `scrypt$16384$8$1$not base64!$${key}`,
      `scrypt$16384$8$1$${salt}$AAAA`,
    ]) {
      expect(await verifyPassword("correct horse battery", bad), bad).toBe(false);
    }
  });

  it("the dummy check always fails", async () => {
    expect(await verifyAgainstDummy("anything at all")).toBe(false);
  });
});

describe("password rules", () => {
  it("wants 10 to 200 characters", () => {
    expect(passwordSchema.safeParse("123456789").success).toBe(false);
    expect(passwordSchema.safeParse("1234567890").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(200)).success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(201)).success).toBe(false);
    expect(passwordSchema.safeParse(undefined).success).toBe(false);
  });
});
