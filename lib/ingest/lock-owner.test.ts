import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { createLockOwner, isDeadLocalOwner } from "./lock-owner";

describe("ingest lock owners", () => {
  it("names this host and process", () => {
    expect(createLockOwner()).toMatch(new RegExp(`^${hostname().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#${process.pid}#[0-9a-f]{8}$`));
  });

  it("judges only a vanished process on this host dead", () => {
    const gone = () => false;
    expect(isDeadLocalOwner(`${hostname()}#999999#abcd1234`, gone)).toBe(true);
    expect(isDeadLocalOwner(`${hostname()}#999999#abcd1234`, () => true)).toBe(false);
    expect(isDeadLocalOwner(`another-host#999999#abcd1234`, gone)).toBe(false);
    expect(isDeadLocalOwner(createLockOwner(), gone)).toBe(false);
    expect(isDeadLocalOwner("garbage", gone)).toBe(false);
  });
});
