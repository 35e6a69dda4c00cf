import "server-only";
import type { Db } from "@/lib/db";

export const auditActions = [
  "key.created",
  "key.rotated",
  "key.updated",
  "key.revoked",
  "key.expired",
  "key.used_during_grace",
  "signing_secret.rotated",
  "request.replay_detected",
  "request.signature_invalid",
  "auth.failed",
  "rate_limit.exceeded",
  "user.signed_up",
  "user.signed_in",
  "user.sign_in_failed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEventInput = {
  action: AuditAction;
  outcome: "success" | "failure";
  actor: string;
  requestId?: string | null;
  clientId?: number | null;
  keyId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

function toRow(event: AuditEventInput, at: Date) {
  return {
    at,
    action: event.action,
    outcome: event.outcome,
    actor: event.actor,
    requestId: event.requestId ?? null,
    clientId: event.clientId ?? null,
    keyId: event.keyId ?? null,
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
    reason: event.reason ?? null,
    details: event.details ? JSON.stringify(event.details) : null,
  };
}

/** Records one event. Callers pass key ids and hints, never a key, secret, signature or Authorization header. */
export async function recordAuditEvent(db: Db, event: AuditEventInput, at: Date): Promise<void> {
  await db.auditEvent.create({ data: toRow(event, at) });
}

/**
 * Records an event that can come in floods (failed authentications, exceeded limits, use during grace) once per
 * action, key and address per minute, counting the repeats.
 */
export async function recordAggregatedAuditEvent(db: Db, event: AuditEventInput, at: Date): Promise<void> {
  const minute = at.toISOString().slice(0, 16);
  const aggregateKey = [event.action, event.keyId ?? "-", event.ip ?? "-", minute].join("|");
  await db.auditEvent.upsert({ where: { aggregateKey }, create: { ...toRow(event, at), aggregateKey }, update: { count: { increment: 1 } } });
}

export type AuditEventView = { at: string; action: string; outcome: string; actor: string; keyId: string | null; ip: string | null; reason: string | null; count: number; requestId: string | null };

export async function listAuditEvents(db: Db, filter: { clientIds?: number[]; keyIds?: string[]; limit?: number }): Promise<AuditEventView[]> {
  const where =
    filter.clientIds || filter.keyIds ? { OR: [...(filter.clientIds ? [{ clientId: { in: filter.clientIds } }] : []), ...(filter.keyIds ? [{ keyId: { in: filter.keyIds } }] : [])] } : {};
  const rows = await db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: filter.limit ?? 200 });
  return rows.map((row) => ({ at: row.at.toISOString(), action: row.action, outcome: row.outcome, actor: row.actor, keyId: row.keyId, ip: row.ip, reason: row.reason, count: row.count, requestId: row.requestId }));
}
