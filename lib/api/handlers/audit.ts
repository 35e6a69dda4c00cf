import "server-only";
import { listAuditEvents } from "@/lib/audit/audit-log";
import { listClientKeys } from "@/lib/keys/key-store";
import { listAuditOperation } from "../contract/key-operations";
import type { ApiHandler } from "../with-api-key";
import { jsonResponse, parseQuery } from "../json";

/** The audit events of the caller's client and of every key it holds, newest first. */
export const listAudit: ApiHandler<Record<string, never>> = async ({ services, key, request }) => {
  const { limit } = parseQuery(listAuditOperation.query, request);
  const keyIds = (await listClientKeys(services.db, key.clientId)).map((record) => record.keyId);
  const events = await listAuditEvents(services.db, { clientIds: [key.clientId], keyIds, limit });
  return jsonResponse({
    data: events.map((event) => ({ at: event.at, action: event.action, outcome: event.outcome, actor: event.actor, key_id: event.keyId, ip: event.ip, reason: event.reason, count: event.count, request_id: event.requestId })),
  });
};
