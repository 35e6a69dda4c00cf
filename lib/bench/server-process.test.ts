import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findServerPid, readCpuMilliseconds } from "./server-process";

describe("server-process", () => {
  it("reads a process's CPU time, which grows as it works", () => {
    const before = readCpuMilliseconds(process.pid);
    const until = Date.now() + 150;
    let spins = 0;
    while (Date.now() < until) spins++;
    expect(spins).toBeGreaterThan(0);
    expect(readCpuMilliseconds(process.pid) - before).toBeGreaterThanOrEqual(100);
  });

  it("finds a child by its command line, and nothing for a process without such a child", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000)", "server.mjs"], { stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      expect(findServerPid(process.pid)).toBe(child.pid);
      expect(findServerPid(child.pid ?? 0)).toBeNull();
    } finally {
      child.kill();
    }
  });
});
