import { z } from "zod";
import { MAX_GRACE_SECONDS } from "@/lib/keys/grace-window";
import { scopeSchema } from "@/lib/keys/scopes";
import { instantOutputSchema, utcDayOutputSchema } from "./common-schemas";
import { defineOperation } from "./api-operation";


const keyIdPathSchema = z.object({ keyId: z.string().max(64).meta({ description: "The 16-character key id (the part after bw_live_ / bw_test_)", example: "4Xq9Tz1LmN0pRs7a" }) });

const keyViewSchema = z
  .object({
    key_id: z.string(),
    name: z.string(),
    kind: z.enum(["secret", "publishable"]),
    environment: z.enum(["live", "test"]),
    hint: z.string().meta({ description: "First and last characters of the key, to recognise it" }),
    scopes: z.array(z.string()),
    version: z.number().int().meta({ description: "1 for a new key, one more for each rotation" }),
    status: z.enum(["active", "grace", "expired", "revoked"]),
    created_at: instantOutputSchema,
    expires_at: instantOutputSchema.nullable(),
    revoked_at: instantOutputSchema.nullable(),
    last_used_at: instantOutputSchema.nullable().meta({ description: "Written at most once a minute" }),
    allowed_origins: z.array(z.string()),
    allowed_ips: z.array(z.string()),
    rate_limit_per_minute: z.number().int().nullable(),
  })
  .meta({ id: "ApiKey" });
export type KeyViewResponse = z.infer<typeof keyViewSchema>;

const exampleKeyView: KeyViewResponse = {
  key_id: "4Xq9Tz1LmN0pRs7a",
  name: "price dashboard",
  kind: "secret",
  environment: "live",
  hint: "bw_live_4Xq9…9fQe",
  scopes: ["prices:read", "burns:read"],
  version: 1,
  status: "active",
  created_at: "2026-12-01T09:30:00.000Z",
  expires_at: "2027-03-01T09:30:00.000Z",
  revoked_at: null,
  last_used_at: "2026-12-04T11:58:00.000Z",
  allowed_origins: [],
  allowed_ips: [],
  rate_limit_per_minute: null,
};
const exampleNewKey = "bw_live_4Xq9Tz1LmN0pRs7a_<49 characters, shown once>";
const exampleSigningSecret = "bws_<43 characters, shown once>";
const keyManageAccess = { scope: "keys:manage" } as const;

export const listKeysOperation = defineOperation({
  operationId: "listKeys",
  method: "get",
  path: "/api/v1/keys",
  tag: "Keys",
  summary: "The keys of the caller's client (a test key sees test keys only)",
  scope: "keys:read",
  response: z.object({ data: z.array(keyViewSchema) }).meta({ id: "ApiKeyList" }),
  problems: [],
  example: { response: { data: [exampleKeyView] } },
});

export const createKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    environment: z.enum(["live", "test"]).default("live"),
    scopes: z.array(scopeSchema).min(1),
    expires_in_days: z.number().int().min(1).max(3650).nullable().default(null),
  })
  .meta({ id: "CreateKeyRequest" });

const issuedKeySchema = keyViewSchema
  .extend({ key: z.string().meta({ description: "The key itself: shown once, store it now" }), signing_secret: z.string().nullable().meta({ description: "Signs state-changing requests: shown once" }) })
  .meta({ id: "IssuedApiKey" });

export const createKeyOperation = defineOperation({
  operationId: "createKey",
  invalidExample: { body: { name: "reader", scopes: ["prices:write"] }, parameter: "scopes.0" },
  method: "post",
  path: "/api/v1/keys",
  tag: "Keys",
  summary: "Create a secret key for the caller's client (signed request)",
  ...keyManageAccess,
  body: createKeyBodySchema,
  response: issuedKeySchema,
  successStatus: 201,
  problems: ["invalid_request", "unprocessable"],
  example: {
    body: { name: "price dashboard", scopes: ["prices:read", "burns:read"], expires_in_days: 90 },
    response: { ...exampleKeyView, last_used_at: null, key: exampleNewKey, signing_secret: exampleSigningSecret },
  },
});

const originSchema = z.string().url().transform((url) => new URL(url).origin);
const ipRangeSchema = z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, "must be an IP address or CIDR range");

export const updateKeyBodySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    scopes: z.array(scopeSchema).min(1).optional(),
    rate_limit_per_minute: z.number().int().min(1).max(100_000).nullable().optional(),
    allowed_origins: z.array(originSchema).max(20).optional(),
    allowed_ips: z.array(ipRangeSchema).max(50).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "name at least one field to change")
  .meta({ id: "UpdateKeyRequest" });

export const updateKeyOperation = defineOperation({
  operationId: "updateKey",
  invalidExample: { body: { rate_limit_per_minute: 0 }, parameter: "rate_limit_per_minute" },
  method: "patch",
  path: "/api/v1/keys/{keyId}",
  tag: "Keys",
  summary: "Rename a key, change its scopes, limit, allowed origins or addresses (signed request)",
  ...keyManageAccess,
  pathParams: keyIdPathSchema,
  body: updateKeyBodySchema,
  response: keyViewSchema,
  problems: ["invalid_request", "unprocessable", "not_found"],
  example: { pathParams: { keyId: exampleKeyView.key_id }, body: { name: "price dashboard (staging)", rate_limit_per_minute: 120 }, response: { ...exampleKeyView, name: "price dashboard (staging)", rate_limit_per_minute: 120 } },
});

export const revokeKeyOperation = defineOperation({
  operationId: "revokeKey",
  method: "delete",
  path: "/api/v1/keys/{keyId}",
  tag: "Keys",
  summary: "Revoke a key at once (signed request)",
  ...keyManageAccess,
  pathParams: keyIdPathSchema,
  response: keyViewSchema,
  problems: ["not_found"],
  example: { pathParams: { keyId: exampleKeyView.key_id }, response: { ...exampleKeyView, status: "revoked", revoked_at: "2026-12-04T12:00:00.000Z" } },
});

export const graceBodySchema = z
  .object({ graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).meta({ description: "How long the old key (or signing secret) keeps working; 0 ends it now" }) })
  .meta({ id: "GraceRequest" });

export const rotateKeyOperation = defineOperation({
  operationId: "rotateKey",
  invalidExample: { body: { graceSeconds: -1 }, parameter: "graceSeconds" },
  method: "post",
  path: "/api/v1/keys/{keyId}/rotate",
  tag: "Keys",
  summary: "Issue a successor key; the old one works until the grace window ends (signed request)",
  ...keyManageAccess,
  pathParams: keyIdPathSchema,
  body: graceBodySchema,
  response: issuedKeySchema
    .extend({ previous: z.object({ key_id: z.string(), expires_at: instantOutputSchema.nullable(), revoked_at: instantOutputSchema.nullable() }) })
    .meta({ id: "RotatedApiKey" }),
  successStatus: 201,
  problems: ["invalid_request", "unprocessable", "not_found", "conflict"],
  example: {
    pathParams: { keyId: exampleKeyView.key_id },
    body: { graceSeconds: 3600 },
    response: {
      ...exampleKeyView,
      key_id: "7Hc2Wv5KpB8nDx3e",
      hint: "bw_live_7Hc2…Lm4T",
      version: 2,
      created_at: "2026-12-04T12:00:00.000Z",
      last_used_at: null,
      key: "bw_live_7Hc2Wv5KpB8nDx3e_<49 characters, shown once>",
      signing_secret: exampleSigningSecret,
      previous: { key_id: exampleKeyView.key_id, expires_at: "2026-12-04T13:00:00.000Z", revoked_at: null },
    },
  },
});

export const rotateSigningSecretOperation = defineOperation({
  operationId: "rotateSigningSecret",
  invalidExample: { body: { graceSeconds: 999999999 }, parameter: "graceSeconds" },
  method: "post",
  path: "/api/v1/keys/{keyId}/signing-secret/rotate",
  tag: "Keys",
  summary: "Issue a new signing secret; signatures with the old one are accepted until the grace window ends (signed request)",
  ...keyManageAccess,
  pathParams: keyIdPathSchema,
  body: graceBodySchema,
  response: z.object({ key_id: z.string(), signing_secret: z.string(), previous_signing_secret_valid_until: instantOutputSchema.nullable() }).meta({ id: "RotatedSigningSecret" }),
  successStatus: 201,
  problems: ["invalid_request", "unprocessable", "not_found"],
  example: { pathParams: { keyId: exampleKeyView.key_id }, body: { graceSeconds: 600 }, response: { key_id: exampleKeyView.key_id, signing_secret: exampleSigningSecret, previous_signing_secret_valid_until: "2026-12-04T12:10:00.000Z" } },
});

export const getKeyUsageOperation = defineOperation({
  operationId: "getKeyUsage",
  invalidExample: { query: { days: "0" }, parameter: "days" },
  method: "get",
  path: "/api/v1/keys/{keyId}/usage",
  tag: "Keys",
  summary: "Requests per UTC day and status for one key, marking use inside a rotation's grace window",
  scope: "usage:read",
  pathParams: keyIdPathSchema,
  query: z.object({ days: z.coerce.number().int().min(1).max(366).default(30).meta({ description: "How many days back, today included" }) }),
  response: z
    .object({ key_id: z.string(), from: utcDayOutputSchema, to: utcDayOutputSchema, data: z.array(z.object({ date: utcDayOutputSchema, status: z.number().int(), in_grace: z.boolean(), count: z.number().int() })) })
    .meta({ id: "KeyUsage" }),
  problems: ["invalid_request", "not_found"],
  example: { pathParams: { keyId: exampleKeyView.key_id }, query: { days: 7 }, response: { key_id: exampleKeyView.key_id, from: "2026-11-28", to: "2026-12-04", data: [{ date: "2026-12-04", status: 200, in_grace: false, count: 412 }] } },
});

export const listAuditOperation = defineOperation({
  operationId: "listAudit",
  invalidExample: { query: { limit: "501" }, parameter: "limit" },
  method: "get",
  path: "/api/v1/audit",
  tag: "Keys",
  summary: "The audit log of the caller's client and its keys, newest first",
  scope: "keys:read",
  query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
  response: z
    .object({
      data: z.array(
        z.object({
          at: instantOutputSchema,
          action: z.string(),
          outcome: z.string(),
          actor: z.string(),
          key_id: z.string().nullable(),
          ip: z.string().nullable(),
          reason: z.string().nullable(),
          count: z.number().int().meta({ description: "Events of the same kind folded into this row (failed authentications and exceeded limits are aggregated per minute)" }),
          request_id: z.string().nullable(),
        }),
      ),
    })
    .meta({ id: "AuditLog" }),
  problems: ["invalid_request"],
  example: { query: { limit: 1 }, response: { data: [{ at: "2026-12-04T12:00:00.000Z", action: "key.rotated", outcome: "success", actor: "key:4Xq9Tz1LmN0pRs7a", key_id: "4Xq9Tz1LmN0pRs7a", ip: "203.0.113.7", reason: null, count: 1, request_id: "3f2b8c1e-5d6a-4e0b-9a7c-1d2e3f4a5b6c" }] } },
});
