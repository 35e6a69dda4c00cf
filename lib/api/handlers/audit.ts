import "server-only";
import { z } from "zod";
import { listAuditEvents } from "@/lib/audit/audit-log";
import { listClientKeys } from "@/lib/keys/key-store";
import type { ApiHandler } from "../with-api-key";
import { jsonResponse, parseQuery } from "../json";

const auditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** The audit events of the caller's client and of every key it holds, newest first. */
export const listAudit: ApiHandler<Record<string, never>> = async ({ services, key, request }) => {
  const { limit } = parseQuery(auditQuerySchema, request);
  const keyIds = (await listClientKeys(services.db, key.clientId)).map((record) => record.keyId);
  const events = await listAuditEvents(services.db, { clientIds: [key.clientId], keyIds, limit });
  return jsonResponse({
    data: events.map((event) => ({ at: event.at, action: event.action, outcome: event.outcome, actor: event.actor, key_id: event.keyId, ip: event.ip, reason: event.reason, count: event.count, request_id: event.requestId })),
  });
};
