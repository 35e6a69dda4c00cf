import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

/** "host#pid#nonce": who holds an ingest lock, readable enough to tell whether that process still lives. */
export function createLockOwner(): string {
  return `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;
}

/**
 * Whether an owner is a process on this host that no longer exists (killed, crashed): its lease may be taken over at
 * once instead of waiting for it to expire. Owners on other hosts are never judged dead this way.
 */
export function isDeadLocalOwner(owner: string, isAlive: (pid: number) => boolean = isProcessAlive): boolean {
  const [host, pidText] = owner.split("#");
  if (host !== hostname() || !pidText || !/^\d+$/.test(pidText)) return false;
  const pid = Number(pidText);
  return pid !== process.pid && !isAlive(pid);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A killed process whose parent has not collected it yet still answers signal 0, but it is dead. In containers whose
 * first process does not reap orphans, such zombies linger: read the state from /proc where there is one (Linux).
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}
