import { describe, expect, it } from "vitest";
import { computeKeyAlerts } from "./key-alerts";
import type { KeyView } from "./key-record";

const now = new Date("2026-03-01T12:00:00.000Z");
const base: KeyView = {
  keyId: "AAAAAAAAAAAAAAAA",
  name: "server",
  kind: "secret",
  environment: "live",
  hint: "bw_l…abcd",
  scopes: ["prices:read"],
  version: 1,
  status: "active",
  clientId: 1,
  createdAt: "2026-01-01T00:00:00.000Z",
  expiresAt: null,
  graceStartedAt: null,
  revokedAt: null,
  lastUsedAt: null,
  allowedOrigins: [],
  allowedIps: [],
  rateLimitPerMinute: null,
};

describe("computeKeyAlerts", () => {
  it("warns about an old key still used near the end of its grace window, and only then", () => {
    const grace = { ...base, status: "grace" as const, expiresAt: "2026-03-01T20:00:00.000Z", lastUsedAt: "2026-03-01T11:30:00.000Z" };
    expect(computeKeyAlerts([grace], new Map(), now).map((alert) => alert.kind)).toEqual(["grace_ending_in_use"]);
    expect(computeKeyAlerts([{ ...grace, lastUsedAt: "2026-03-01T09:00:00.000Z" }], new Map(), now)).toEqual([]);
    expect(computeKeyAlerts([{ ...grace, expiresAt: "2026-03-03T12:00:00.000Z" }], new Map(), now)).toEqual([]);
  });

  it("warns about a key that expires within a week", () => {
    expect(computeKeyAlerts([{ ...base, expiresAt: "2026-03-07T12:00:00.000Z" }], new Map(), now).map((alert) => alert.kind)).toEqual(["expiring_soon"]);
    expect(computeKeyAlerts([{ ...base, expiresAt: "2026-03-09T12:00:00.000Z" }], new Map(), now)).toEqual([]);
  });

  it("warns about a burst of failed authentications naming a key", () => {
    expect(computeKeyAlerts([base], new Map([[base.keyId, 12]]), now)[0]?.message).toMatch(/^12 failed authentications/);
    expect(computeKeyAlerts([base], new Map([[base.keyId, 9]]), now)).toEqual([]);
  });
});
