import { describe, expect, it } from "vitest";
import { assertScopesAllowedFor, grantsScope, parseScopes, publishableScopes, scopeNames, scopeSchema } from "./scopes";

describe("scope catalogue", () => {
  it("lists every scope of the design and validates with the schema", () => {
    expect(scopeNames).toHaveLength(9);
    expect(scopeSchema.parse("keys:manage")).toBe("keys:manage");
    expect(scopeSchema.safeParse("keys:write").success).toBe(false);
  });
});

describe("parseScopes", () => {
  it("splits on commas and whitespace, dropping empties and duplicates", () => {
    expect(parseScopes("prices:read, supply:read  burns:read,,keys:manage\tprices:read")).toEqual([
      "prices:read",
      "supply:read",
      "burns:read",
      "keys:manage",
    ]);
    expect(parseScopes("")).toEqual([]);
    expect(parseScopes(" , ")).toEqual([]);
  });

  it("throws naming the unknown scope", () => {
    expect(() => parseScopes("prices:read, prices:write")).toThrow(/prices:write/);
    expect(() => parseScopes("PRICES:READ")).toThrow(/PRICES:READ/);
  });
});

describe("grantsScope", () => {
  it("grants exact scopes", () => {
    expect(grantsScope(["prices:read"], "prices:read")).toBe(true);
    expect(grantsScope(["prices:read"], "supply:read")).toBe(false);
    expect(grantsScope([], "prices:read")).toBe(false);
  });

  it("lets manage and write imply read of the same resource only", () => {
    expect(grantsScope(["keys:manage"], "keys:read")).toBe(true);
    expect(grantsScope(["prices:write"], "prices:read")).toBe(true);
    expect(grantsScope(["keys:manage"], "usage:read")).toBe(false);
    expect(grantsScope(["keys:read"], "keys:manage")).toBe(false);
    expect(grantsScope(["ingest:run"], "ingest:read")).toBe(false);
    expect(grantsScope(["scenarios:run"], "scenarios:read")).toBe(false);
    expect(grantsScope(["keys:manage"], ":read")).toBe(false);
    expect(grantsScope([":manage"], ":read")).toBe(false);
  });
});

describe("assertScopesAllowedFor", () => {
  it("lets secret keys hold any catalogue scope", () => {
    expect(() => assertScopesAllowedFor("secret", [...scopeNames])).not.toThrow();
  });

  it("limits publishable keys to public reads and scenario runs", () => {
    expect(() => assertScopesAllowedFor("publishable", [...publishableScopes])).not.toThrow();
    expect(() => assertScopesAllowedFor("publishable", ["prices:read", "keys:manage"])).toThrow(/keys:manage/);
    expect(() => assertScopesAllowedFor("publishable", ["ingest:run"])).toThrow(/ingest:run/);
    expect(() => assertScopesAllowedFor("publishable", ["keys:read"])).toThrow(/keys:read/);
  });

  it("refuses unknown scopes for every kind", () => {
    expect(() => assertScopesAllowedFor("secret", ["prices:write"])).toThrow(/prices:write/);
  });
});
