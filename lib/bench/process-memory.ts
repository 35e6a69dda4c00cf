import { readFileSync } from "node:fs";

/** A process's resident memory in MB, from /proc (Linux): what the load test and the bench watch level off. */
export function readResidentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:")) ?? "";
  return Number(/(\d+)/.exec(line)?.[1] ?? 0) / 1024;
}
