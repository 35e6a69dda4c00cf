import { execFileSync, spawn } from "node:child_process";

export type WrkResult = { requests: number; rps: number; p50Ms: number; p99Ms: number; non2xx3xx: number; socketErrors: number };

const toMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function latencyMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
  if (!match?.[1] || !match[2]) throw new Error(`wrk printed no ${percentile}% latency:\n${output}`);
  return Number(match[1]) * (toMs[match[2]] ?? Number.NaN);
}

/** What `wrk --latency` printed, as numbers. */
export function parseWrkOutput(output: string): WrkResult {
  const requests = /^\s*(\d+) requests in/m.exec(output)?.[1];
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output)?.[1];
  if (requests === undefined || rps === undefined) throw new Error(`wrk printed no totals:\n${output}`);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requests: Number(requests),
    rps: Number(rps),
    p50Ms: latencyMs(output, "50"),
    p99Ms: latencyMs(output, "99"),
    non2xx3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

function hasWrk(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk --version prints its version and exits 1; only a missing binary is a failure here.
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/**
 * wrk, from Debian's packages, installed the way .ci/run installs Chromium when it is missing. A load generator in
 * C: autocannon (JavaScript) turns every response body into a string and, with 50 connections on a 2-core machine,
 * spends more CPU on a large body than the server does, so it would measure itself rather than the app.
 */
export function ensureWrk(): void {
  if (hasWrk()) return;
  console.log("▸ wrk is not installed: installing Debian's wrk (apt-get install wrk)");
  try {
    execFileSync("apt-get", ["install", "-y", "-qq", "wrk"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  } catch {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "wrk"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  if (!hasWrk()) throw new Error("npm run bench needs wrk: install it with `apt-get install wrk` (Debian) or your system's package manager");
}

/** One wrk run on one thread (the app has the other core) against `url` with these headers. */
export function runWrk(url: string, options: { seconds: number; connections: number; headers?: Record<string, string> }): Promise<WrkResult> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s", "--latency", ...headerArgs, url];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${output}`));
      try {
        resolve(parseWrkOutput(output));
      } catch (error) {
        reject(error);
      }
    });
  });
}
