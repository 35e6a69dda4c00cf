import { randomUUID } from "node:crypto";
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
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
