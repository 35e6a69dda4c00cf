import "server-only";
import { getApiServices, type ApiServices } from "@/lib/api/api-services";
import { ApiProblem } from "@/lib/api/problem";
import { listAuditEvents, recordAuditEvent, type AuditEventInput, type AuditEventView } from "@/lib/audit/audit-log";
import { addDays, toUtcDay } from "@/lib/days/utc-day";
import { findOrCreateClient, listClients } from "@/lib/keys/clients";
import type { ApiKeyRecord } from "@/lib/keys/key-record";
import { createApiKey, findApiKey, listClientKeys, revokeApiKey, rotateApiKey } from "@/lib/keys/key-store";
import { listKeyUsage, type UsageRow } from "@/lib/keys/usage";
import { clientNameSchema, describeFormError, keyIdSchema, newKeyInputSchema } from "./form-schemas";
import { computeKeyAlerts, type KeyAlert } from "@/lib/keys/key-alerts";
import { toKeyView, type KeyView } from "@/lib/keys/key-record";
import { buildRotationChain } from "@/lib/keys/rotation-chain";
import type { UserRole } from "./sessions";

/** Ownership is decided here and nowhere else: pages and actions pass the signed-in person and get only theirs. */
export type PortalUser = { id: number; role: UserRole };

/** Who acted (for the audit log) and, in tests, the services to use instead of the app's own. */
export type PortalContext = { ip?: string | null; userAgent?: string | null; services?: ApiServices };

/** A failure the person can act on; its message is written for the page. */
export class PortalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PortalError";
  }
}

export const NO_SUCH_KEY = "No such key.";
export const NO_SUCH_CLIENT = "No such client.";

/** What a person asks for; parsed again here (scopes against the catalogue, expiry range), whoever the caller is. */
export type NewKeyRequest = { name: string; environment: "live" | "test"; scopes: string[]; expiresInDays: number | null };

export type ClientView = { id: number; name: string; ownerEmail: string | null; createdAt: string; keys: KeyView[] };
export type IssuedKeyView = { key: string; signingSecret: string | null; view: KeyView };
export type RotationView = IssuedKeyView & { previous: KeyView; graceSeconds: number };
export type KeyDetails = { key: KeyView; clientName: string; ownerEmail: string | null; chain: KeyView[] };

const isAdmin = (user: PortalUser) => user.role === "admin";
const actorOf = (user: PortalUser) => `user:${user.id}`;
const servicesOf = (context: PortalContext) => context.services ?? getApiServices();

/** Key-store problems (409 "at most 10 active keys", 422 bad grace…) carry sentences meant for people already. */
async function translateProblems<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiProblem) throw new PortalError(error.detail);
    throw error;
  }
}

function audit(services: ApiServices, user: PortalUser, context: PortalContext, event: Omit<AuditEventInput, "actor" | "ip" | "userAgent" | "outcome">, at: Date) {
  return recordAuditEvent(services.db, { ...event, outcome: "success", actor: actorOf(user), ip: context.ip ?? null, userAgent: context.userAgent ?? null }, at);
}

export async function listClientsFor(user: PortalUser, context: PortalContext = {}): Promise<ClientView[]> {
  const { db, clock } = servicesOf(context);
  const now = clock();
  const clients = await listClients(db, isAdmin(user) ? {} : { ownerId: user.id });
  return Promise.all(
    clients.map(async (client) => ({
      id: client.id,
      name: client.name,
      ownerEmail: client.owner?.email ?? null,
      createdAt: client.createdAt.toISOString(),
      keys: (await listClientKeys(db, client.id)).map((key) => toKeyView(key, now)),
    })),
  );
}

export async function createClientFor(user: PortalUser, name: string, context: PortalContext = {}): Promise<{ id: number; name: string }> {
  const parsed = clientNameSchema.safeParse(name);
  if (!parsed.success) throw new PortalError(describeFormError(parsed.error));
  const { db } = servicesOf(context);
  const duplicate = `You already have a client named "${parsed.data}".`;
  if (await db.apiClient.findFirst({ where: { name: parsed.data, ownerId: user.id }, select: { id: true } })) throw new PortalError(duplicate);
  try {
    const client = await findOrCreateClient(db, parsed.data, user.id);
    return { id: client.id, name: client.name };
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw new PortalError(duplicate);
    throw error;
  }
}

async function findClientFor(services: ApiServices, user: PortalUser, clientId: number) {
  if (!Number.isSafeInteger(clientId) || clientId <= 0) return null;
  const client = await services.db.apiClient.findUnique({ where: { id: clientId }, select: { id: true, name: true, ownerId: true } });
  return client && (isAdmin(user) || client.ownerId === user.id) ? client : null;
}

/** Issues a secret key (publishable keys are the operators' business, made with the CLI). */
export async function createKeyFor(user: PortalUser, clientId: number, input: NewKeyRequest, context: PortalContext = {}): Promise<IssuedKeyView> {
  const parsed = newKeyInputSchema.safeParse(input);
  if (!parsed.success) throw new PortalError(describeFormError(parsed.error));
  const services = servicesOf(context);
  const client = await findClientFor(services, user, clientId);
  if (!client) throw new PortalError(NO_SUCH_CLIENT);
  const now = services.clock();
  const { name, environment, scopes, expiresInDays } = parsed.data;
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * 86_400_000);
  const issued = await translateProblems(() => createApiKey(services.db, { clientId: client.id, name, kind: "secret", environment, scopes, expiresAt }, { kek: services.kek(), now }));
  await audit(services, user, context, { action: "key.created", clientId: client.id, keyId: issued.record.keyId, details: { name, environment, scopes, expiresAt: expiresAt?.toISOString() ?? null } }, now);
  return { key: issued.key, signingSecret: issued.signingSecret, view: toKeyView(issued.record, now) };
}

/** The key when this person may see it (an admin: any key); null otherwise, so that pages answer a plain 404. */
export async function getKeyFor(user: PortalUser, keyId: string, context: PortalContext = {}): Promise<ApiKeyRecord | null> {
  if (!keyIdSchema.safeParse(keyId).success) return null;
  const key = await findApiKey(servicesOf(context).db, keyId);
  return key && (isAdmin(user) || key.ownerId === user.id) ? key : null;
}

export async function getKeyDetailsFor(user: PortalUser, keyId: string, context: PortalContext = {}): Promise<KeyDetails | null> {
  const services = servicesOf(context);
  const key = await getKeyFor(user, keyId, { ...context, services });
  if (!key) return null;
  const now = services.clock();
  const [client, clientKeys] = await Promise.all([
    services.db.apiClient.findUnique({ where: { id: key.clientId }, select: { name: true, owner: { select: { email: true } } } }),
    listClientKeys(services.db, key.clientId),
  ]);
  return {
    key: toKeyView(key, now),
    clientName: client?.name ?? "",
    ownerEmail: client?.owner?.email ?? null,
    chain: buildRotationChain(key, clientKeys).map((link) => toKeyView(link, now)),
  };
}

export async function rotateKeyFor(user: PortalUser, keyId: string, graceSeconds: number, context: PortalContext = {}): Promise<RotationView> {
  const services = servicesOf(context);
  const key = await getKeyFor(user, keyId, { ...context, services });
  if (!key) throw new PortalError(NO_SUCH_KEY);
  const now = services.clock();
  const rotated = await translateProblems(() => rotateApiKey(services.db, key.keyId, graceSeconds, { kek: services.kek(), now }));
  // Other servers drop their cached copy within the cache's 10 seconds; this one refuses the old key at once.
  services.keyCache.evict(key.keyId);
  const worksUntil = rotated.previous.revokedAt ?? rotated.previous.expiresAt;
  await audit(
    services,
    user,
    context,
    {
      action: "key.rotated",
      clientId: key.clientId,
      keyId: key.keyId,
      reason: `${key.keyId} → ${rotated.record.keyId}; grace ${graceSeconds} s; old key works until ${worksUntil?.toISOString() ?? "never"}`,
      details: { from: key.keyId, to: rotated.record.keyId, graceSeconds, oldKeyExpiresAt: rotated.previous.expiresAt?.toISOString() ?? null, oldKeyRevokedAt: rotated.previous.revokedAt?.toISOString() ?? null },
    },
    now,
  );
  return { key: rotated.key, signingSecret: rotated.signingSecret, view: toKeyView(rotated.record, now), previous: toKeyView(rotated.previous, now), graceSeconds };
}

export async function revokeKeyFor(user: PortalUser, keyId: string, context: PortalContext = {}): Promise<KeyView> {
  const services = servicesOf(context);
  const key = await getKeyFor(user, keyId, { ...context, services });
  if (!key) throw new PortalError(NO_SUCH_KEY);
  const now = services.clock();
  if (key.revokedAt) return toKeyView(key, now);
  const revoked = await translateProblems(() => revokeApiKey(services.db, key.keyId, now));
  services.keyCache.evict(key.keyId);
  await audit(services, user, context, { action: "key.revoked", clientId: key.clientId, keyId: key.keyId }, now);
  return toKeyView(revoked, now);
}

/** Usage by day and status of the listed keys this person may see, over the last `days` UTC days (today included). */
export async function usageFor(user: PortalUser, keyIds: string[], days = 30, context: PortalContext = {}): Promise<(UsageRow & { keyId: string })[]> {
  const { db, clock, usage } = servicesOf(context);
  const wanted = [...new Set(keyIds)].filter((keyId) => keyIdSchema.safeParse(keyId).success);
  if (wanted.length === 0) return [];
  const visible = await db.apiKey.findMany({ where: { keyId: { in: wanted }, ...(isAdmin(user) ? {} : { client: { ownerId: user.id } }) }, select: { keyId: true } });
  if (visible.length === 0) return [];
  await usage.flush();
  return listKeyUsage(db, visible.map((key) => key.keyId), addDays(toUtcDay(clock()), -(days - 1)));
}

/** Newest first. An admin sees every event; a person sees the events of their own clients and keys. */
export async function auditFor(user: PortalUser, context: PortalContext = {}): Promise<AuditEventView[]> {
  const { db } = servicesOf(context);
  if (isAdmin(user)) return listAuditEvents(db, { limit: 500 });
  const [clients, keys] = await Promise.all([
    db.apiClient.findMany({ where: { ownerId: user.id }, select: { id: true } }),
    db.apiKey.findMany({ where: { client: { ownerId: user.id } }, select: { keyId: true } }),
  ]);
  if (clients.length === 0 && keys.length === 0) return [];
  return listAuditEvents(db, { clientIds: clients.map((client) => client.id), keyIds: keys.map((key) => key.keyId), limit: 500 });
}

/** The alerts (rules in lib/keys/key-alerts.ts) of keys already listed for this person by listClientsFor. */
export async function alertsFor(keys: KeyView[], context: PortalContext = {}): Promise<KeyAlert[]> {
  const { db, clock } = servicesOf(context);
  const now = clock();
  const keyIds = keys.map((key) => key.keyId);
  const failures = await db.auditEvent.groupBy({
    by: ["keyId"],
    where: { action: "auth.failed", keyId: { in: keyIds }, at: { gte: new Date(now.getTime() - 3_600_000) } },
    _sum: { count: true },
  });
  const failedAuthLastHour = new Map(failures.flatMap((row) => (row.keyId ? [[row.keyId, row._sum.count ?? 0] as [string, number]] : [])));
  return computeKeyAlerts(keys, failedAuthLastHour, now);
}
