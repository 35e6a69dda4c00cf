import "server-only";
import type { Db } from "@/lib/db";
import { isDeadLocalOwner } from "./lock-owner";

/** A lease lasts this long unless renewed; the holder renews it after every chunk and on a timer. */
export const ingestLockTtlMs = 120_000;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Takes the lease on a series if it is free, expired, already ours, or held by a dead process on this host. Every
 * step is a single conditional statement, so two servers racing for it cannot both win on SQLite or PostgreSQL.
 */
export async function acquireIngestLock(db: Db, series: string, owner: string, runId: number | null, now: Date = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ingestLockTtlMs);
  const taken = await db.ingestLock.updateMany({ where: { series, OR: [{ owner }, { expiresAt: { lt: now } }] }, data: { owner, runId, acquiredAt: now, expiresAt } });
  if (taken.count === 1) return true;
  const held = await db.ingestLock.findUnique({ where: { series } });
  if (held) {
    if (!isDeadLocalOwner(held.owner)) return false;
    const stolen = await db.ingestLock.updateMany({ where: { series, owner: held.owner }, data: { owner, runId, acquiredAt: now, expiresAt } });
    return stolen.count === 1;
  }
  try {
    await db.ingestLock.create({ data: { series, owner, runId, acquiredAt: now, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Extends our lease; false when it is no longer ours (it expired and someone else took it). */
export async function renewIngestLock(db: Db, series: string, owner: string, now: Date = new Date()): Promise<boolean> {
  const renewed = await db.ingestLock.updateMany({ where: { series, owner }, data: { expiresAt: new Date(now.getTime() + ingestLockTtlMs) } });
  return renewed.count === 1;
}

export async function releaseIngestLock(db: Db, series: string, owner: string): Promise<void> {
  await db.ingestLock.deleteMany({ where: { series, owner } });
}

export async function findIngestLockHolder(db: Db, series: string): Promise<{ owner: string; expiresAt: Date } | null> {
  return db.ingestLock.findUnique({ where: { series }, select: { owner: true, expiresAt: true } });
}
