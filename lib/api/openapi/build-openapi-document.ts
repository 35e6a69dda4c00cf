import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { resolveExampleResponse, type ApiOperation } from "../contract/api-operation";
import { listApiOperations } from "../contract/api-operations";
import { problemSchema } from "../contract/common-schemas";
import { problemCatalog, problemTypeUri, type ProblemCode } from "../problem";

export const OPENAPI_PATH = "/api/v1/openapi.json";

/** Problems any keyed route can answer, whatever it does. */
const everyRouteProblems: ProblemCode[] = ["invalid_token", "key_expired", "insufficient_scope", "origin_not_allowed", "rate_limited", "internal_error", "unavailable"];
const signedRouteProblems: ProblemCode[] = ["invalid_signature", "replay_detected"];

const signatureHeaders = z.object({
  "x-bw-timestamp": z.string().meta({ description: "Unix seconds when the request was signed; accepted from 60 s before to 5 s after the server's clock", example: "1796385600" }),
  "x-bw-nonce": z.string().meta({ description: "A fresh random value per request (16 to 64 characters); a nonce seen before is a replay", example: "5b1f0c8e9a7d4e3f8c2b6a1d0e9f8a7b" }),
  "x-bw-signature": z.string().meta({ description: "v1=<hex HMAC-SHA256 of the string to sign, keyed with the signing secret>; see /docs#signing", example: "v1=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }),
});

const responseHeaders = {
  "x-request-id": { description: "Identifies the request in our logs", schema: { type: "string" as const } },
  ratelimit: { description: "IETF RateLimit header: the remaining quota of the tightest policy", schema: { type: "string" as const } },
  "ratelimit-policy": { description: "IETF RateLimit-Policy header: the policies applied to this key", schema: { type: "string" as const } },
};

function isSigned(operation: ApiOperation): boolean {
  return operation.method !== "get" && !operation.stateless;
}

function describeProblems(operation: ApiOperation): ZodOpenApiResponsesObject {
  const codes = [...operation.problems, ...(isSigned(operation) ? signedRouteProblems : []), ...everyRouteProblems];
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) byStatus.set(problemCatalog[code].status, [...(byStatus.get(problemCatalog[code].status) ?? []), code]);
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const first = statusCodes[0] as ProblemCode;
    responses[String(status) as "400"] = {
      description: statusCodes.map((code) => `${problemCatalog[code].title} (${problemTypeUri(code)})`).join("; "),
      content: {
        "application/problem+json": {
          schema: problemSchema,
          example: { type: problemTypeUri(first), title: problemCatalog[first].title, status, detail: "What went wrong, in one sentence.", instance: operation.path, request_id: "3f2b8c1e-5d6a-4e0b-9a7c-1d2e3f4a5b6c" },
        },
      },
    };
  }
  return responses;
}

function describeSuccess(operation: ApiOperation): ZodOpenApiResponsesObject {
  const status = String(operation.successStatus ?? 200) as "200";
  const content = {
    "application/json": { schema: operation.response, example: resolveExampleResponse(operation) },
    ...(operation.csv ? { "text/csv": { schema: { type: "string" as const, description: "A header row, then one row per period; ISO dates" } } } : {}),
  };
  const responses: ZodOpenApiResponsesObject = {
    [status]: { description: operation.summary, headers: operation.method === "get" ? { ...responseHeaders, etag: { description: "Send back in If-None-Match for a 304", schema: { type: "string" } } } : responseHeaders, content },
  };
  if (operation.method === "get") responses["304"] = { description: "Not modified: the If-None-Match ETag still matches" };
  return responses;
}

function describeOperation(operation: ApiOperation): ZodOpenApiOperationObject {
  const accessNotes = [
    `Scope: \`${operation.scope}\`.`,
    operation.allowPublishable ? "Publishable keys may call it." : "Secret keys only.",
    isSigned(operation) ? "State-changing: the request must be signed (X-BW-Timestamp, X-BW-Nonce, X-BW-Signature)." : null,
    operation.cost && operation.cost > 1 ? `Costs ${operation.cost} requests of the rate limits.` : null,
  ].filter(Boolean);
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, accessNotes.join(" ")].filter(Boolean).join("\n\n"),
    security: operation.allowCoingeckoHeaders ? [{ bearerAuth: [] }, { coingeckoProKey: [] }, { coingeckoDemoKey: [] }] : [{ bearerAuth: [] }],
    requestParams: {
      ...(operation.pathParams ? { path: operation.pathParams } : {}),
      ...(operation.query ? { query: operation.query } : {}),
      ...(isSigned(operation) ? { header: signatureHeaders } : {}),
    },
    ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: operation.body, example: operation.example.body } } } } : {}),
    responses: { ...describeSuccess(operation), ...describeProblems(operation) },
    "x-required-scope": operation.scope,
    "x-signed": isSigned(operation),
  } as ZodOpenApiOperationObject;
}

/** Each example request's parameter values, on the parameters themselves, so the reference shows a working call. */
function attachParameterExamples(document: ReturnType<typeof createDocument>, operations: ApiOperation[]): void {
  for (const operation of operations) {
    const described = document.paths?.[operation.path]?.[operation.method];
    const values: Record<string, unknown> = { ...operation.example.pathParams, ...operation.example.query };
    for (const parameter of described?.parameters ?? []) {
      if ("name" in parameter && values[parameter.name] !== undefined) parameter.example = values[parameter.name];
    }
  }
}

/** The OpenAPI 3.1 document of the API, generated from the operations' zod schemas. */
export function buildOpenApiDocument(operations: ApiOperation[] = listApiOperations()) {
  const paths: ZodOpenApiPathsObject = {
    [OPENAPI_PATH]: {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["Meta"],
        summary: "This document (no key needed)",
        security: [],
        responses: { "200": { description: "The OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: describeOperation(operation) };
  }
  const document = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Burnwatch API",
      version: "1.0.0",
      description: "Token prices, supply and Terra Luna Classic burns, with their sources; burn-rate scenarios; API keys. Every data answer names its sources and the day it is as of. Errors are RFC 9457 problem+json. Guides: /docs.",
      license: { name: "Data: see each answer's sources" },
    },
    servers: [{ url: "/", description: "This Burnwatch server" }],
    tags: [
      { name: "Tokens", description: "Prices, market caps, volumes, supply, burns and coverage" },
      { name: "Scenarios", description: "The burn-rate scenario engine" },
      { name: "Articles", description: "Analyses and API guides, rendered with live figures, each figure with the query that answers it" },
      { name: "Keys", description: "API keys of the caller's client: create, rotate, revoke, usage and audit" },
      { name: "CoinGecko-compatible", description: "A CoinGecko API v3 subset: change one base URL and CoinGecko tools read Burnwatch" },
      { name: "Meta", description: "About the API itself" },
    ],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Authorization: Bearer bw_live_… (or bw_test_…, bw_pk_…)" },
        coingeckoProKey: { type: "apiKey", in: "header", name: "x-cg-pro-api-key", description: "A Burnwatch key, where CoinGecko tools send theirs" },
        coingeckoDemoKey: { type: "apiKey", in: "header", name: "x-cg-demo-api-key", description: "A Burnwatch key, where CoinGecko tools send theirs" },
      },
    },
    paths,
  });
  attachParameterExamples(document, operations);
  return document;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
