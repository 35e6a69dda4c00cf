import { readdirSync, readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc reports CPU times in these ticks on every architecture Node runs on here. */
const ticksPerSecond = 100;

function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces and parentheses; the fields after its closing parenthesis are fixed.
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The app server process (lib/start/server.mjs) that `npm start` spawned as `parentPid`'s child. */
export function findServerPid(parentPid: number): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(Number(entry))[1]) === parentPid && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("server.mjs")) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

/** CPU time a process has used so far, user and system, all its threads (garbage collector, I/O pool) included. */
export function readCpuMilliseconds(pid: number): number {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat; fields[0] here is field 3.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
