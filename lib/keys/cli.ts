// Operators' key tool:
//   npm run keys -- create --client NAME --scopes prices:read,supply:read [--env live|test] [--expires-in 90d]
//                          [--publishable --origins https://site.example] [--rate-limit 600]
//   npm run keys -- rotate KEYID --grace 1h
//   npm run keys -- revoke KEYID
//   npm run keys -- list
// A new key (and its signing secret) is printed once; the key is always the last line of the output.
import { parseArgs } from "node:util";
import { recordAuditEvent } from "@/lib/audit/audit-log";
import { createDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { findOrCreateClient, listClients } from "./clients";
import { parseDurationSeconds } from "./duration";
import { getKeyEncryptionKey } from "./key-encryption-key";
import { toPublicKeyView } from "./key-record";
import { createApiKey, listClientKeys, revokeApiKey, rotateApiKey } from "./key-store";
import { parseScopes } from "./scopes";

const usage = `Usage:
  npm run keys -- create --client NAME --scopes prices:read,supply:read [--env live|test] [--expires-in 90d] [--publishable --origins URL,URL] [--rate-limit N]
  npm run keys -- rotate KEYID --grace 1h
  npm run keys -- revoke KEYID
  npm run keys -- list`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    client: { type: "string" },
    scopes: { type: "string" },
    env: { type: "string", default: "live" },
    "expires-in": { type: "string" },
    grace: { type: "string" },
    publishable: { type: "boolean", default: false },
    origins: { type: "string" },
    "rate-limit": { type: "string" },
  },
});
const [command, keyId] = positionals;
const db = createDb(readEnv().DATABASE_URL);
const now = new Date();
const actor = `operator:${process.env.USER ?? "cli"}`;

async function create(): Promise<void> {
  if (!values.client) fail("create needs --client NAME");
  if (!values.scopes) fail("create needs --scopes, for example --scopes prices:read,supply:read");
  if (values.env !== "live" && values.env !== "test") fail('--env must be "live" or "test"');
  let scopes: string[];
  try {
    scopes = parseScopes(values.scopes);
  } catch (error) {
    fail((error as Error).message);
  }
  const expiresInSeconds = values["expires-in"] === undefined ? null : parseDurationSeconds(values["expires-in"]);
  if (values["expires-in"] !== undefined && !expiresInSeconds) fail(`--expires-in must be a duration such as 90d, 12h or 30m, not "${values["expires-in"]}"`);
  const rateLimit = values["rate-limit"] === undefined ? null : Number(values["rate-limit"]);
  if (rateLimit !== null && (!Number.isInteger(rateLimit) || rateLimit < 1 || rateLimit > 100_000)) fail("--rate-limit must be a whole number of requests per minute from 1 to 100000");
  const client = await findOrCreateClient(db, values.client, null);
  const issued = await createApiKey(
    db,
    {
      clientId: client.id,
      name: values.client,
      kind: values.publishable ? "publishable" : "secret",
      environment: values.env,
      scopes,
      expiresAt: expiresInSeconds ? new Date(now.getTime() + expiresInSeconds * 1000) : null,
      allowedOrigins: values.origins ? values.origins.split(",").map((origin) => origin.trim()) : [],
      rateLimitPerMinute: rateLimit,
    },
    { kek: getKeyEncryptionKey(), now },
  );
  await recordAuditEvent(db, { action: "key.created", outcome: "success", actor, clientId: client.id, keyId: issued.record.keyId, details: { scopes, environment: values.env, kind: issued.record.kind } }, now);
  console.log(`Created key ${issued.record.keyId} (v${issued.record.version}) for client "${client.name}" with scopes ${issued.record.scopes.join(", ")}.`);
  console.log(issued.record.expiresAt ? `It expires at ${issued.record.expiresAt.toISOString()}.` : "It does not expire.");
  if (issued.signingSecret) console.log(`Signing secret (for X-BW-Signature; shown once): ${issued.signingSecret}`);
  console.log("The key is shown once; store it now:");
  console.log(issued.key);
}

async function rotate(): Promise<void> {
  if (!keyId) fail("rotate needs the KEYID of the key to rotate");
  const graceSeconds = parseDurationSeconds(values.grace ?? "");
  if (graceSeconds === null) fail("rotate needs --grace, for example --grace 1h (0 revokes the old key at once)");
  const result = await rotateApiKey(db, keyId, graceSeconds, { kek: getKeyEncryptionKey(), now });
  await recordAuditEvent(db, { action: "key.rotated", outcome: "success", actor, clientId: result.record.clientId, keyId: result.previous.keyId, details: { successor: result.record.keyId, graceSeconds, oldExpiresAt: result.previous.expiresAt?.toISOString() ?? null } }, now);
  console.log(`Rotated ${result.previous.keyId} → ${result.record.keyId} (v${result.record.version}).`);
  console.log(graceSeconds === 0 ? "The old key is revoked." : `The old key keeps working until ${result.previous.expiresAt?.toISOString()}.`);
  if (result.signingSecret) console.log(`New signing secret (shown once): ${result.signingSecret}`);
  console.log("The new key is shown once; store it now:");
  console.log(result.key);
}

async function revoke(): Promise<void> {
  if (!keyId) fail("revoke needs the KEYID of the key to revoke");
  const key = await revokeApiKey(db, keyId, now);
  await recordAuditEvent(db, { action: "key.revoked", outcome: "success", actor, clientId: key.clientId, keyId: key.keyId }, now);
  console.log(`Revoked ${key.keyId}. Servers refuse it within 10 seconds (at once on the server that revoked it).`);
}

async function list(): Promise<void> {
  const clients = await listClients(db, {});
  for (const client of clients) {
    console.log(`${client.name} (client ${client.id}${client.owner ? `, owner ${client.owner.email}` : ", operators"})`);
    for (const key of await listClientKeys(db, client.id)) {
      const view = toPublicKeyView(key, now);
      console.log(`  ${view.key_id}  v${view.version}  ${view.kind}/${view.environment}  ${view.status.padEnd(7)}  ${view.hint}  ${view.scopes.join(",")}  expires ${view.expires_at ?? "never"}  last used ${view.last_used_at ?? "never"}`);
    }
  }
  if (clients.length === 0) console.log("No clients yet: npm run keys -- create --client NAME --scopes prices:read");
}

try {
  const commands: Record<string, () => Promise<void>> = { create, rotate, revoke, list };
  const run = command ? commands[command] : undefined;
  if (!run) fail(command ? `Unknown command "${command}".` : "Missing command.");
  await run();
} catch (error) {
  console.error(`keys ${command}: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
