import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
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

  it.runIf(existsSync("/proc/self/stat"))("judges a killed process that nobody has reaped yet (a zombie) dead, and a running one alive", async () => {
    // The shell's background child exits at once; the shell then becomes `sleep`, which never reaps it: a zombie.
    const parent = spawn("sh", ["-c", "true & echo $!; exec sleep 3"], { stdio: ["ignore", "pipe", "ignore"] });
    const zombiePid = await new Promise<number>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      expect(isDeadLocalOwner(`${hostname()}#${zombiePid}#abcd1234`)).toBe(true);
      expect(isDeadLocalOwner(`${hostname()}#${parent.pid}#abcd1234`)).toBe(false);
    } finally {
      parent.kill("SIGKILL");
    }
  });
});
