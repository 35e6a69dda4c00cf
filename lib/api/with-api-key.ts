import "server-only";
import { recordAggregatedAuditEvent } from "@/lib/audit/audit-log";
import { findApiKey, touchLastUsed } from "@/lib/keys/key-store";
import { describeKeyStatus, type ApiKeyRecord } from "@/lib/keys/key-record";
import { grantsScope } from "@/lib/keys/scopes";
import { getApiServices, type ApiServices } from "./api-services";
import { authenticateApiKey, readPresentedKey } from "./authenticate";
import { checkOriginAndAddress } from "./check-origin";
import { ApiProblem, problemResponse } from "./problem";
import { readBodyWithLimit } from "./read-body";
import { replayCachedAnswer, ResponseCache } from "./response-cache";
import { consumeRateLimit, countAgainstLimit, isOverLimit } from "./rate-limit";
import { failedAuthPolicy, policiesForKey } from "./rate-limit-policy";
import { createRequestContext, type RequestContext } from "./request-context";
import type { ApiRouteOptions } from "./route-options";
import { SharedStateUnavailable } from "./shared-state";
import { classifyStoreFailure, storeFailureDetails } from "./store-failure";
import { verifyRequestSignature } from "./verify-signature";

export type ApiHandlerInput<Params> = {
  request: Request;
  params: Params;
  key: ApiKeyRecord;
  context: RequestContext;
  /** The raw body, read once (signed requests hash it); handlers parse it with their own zod schema. */
  rawBody: Uint8Array;
  services: ApiServices;
  now: Date;
};

export type ApiHandler<Params> = (input: ApiHandlerInput<Params>) => Promise<Response>;

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

type RouteContext<Params> = { params: Promise<Params> };

function changesState(request: Request, options: ApiRouteOptions): boolean {
  return !safeMethods.has(request.method) && !options.stateless;
}

/**
 * Addresses that failed authentication too often are refused whatever they send. A request that passes every check
 * learns it from the same round trip that counts its limits (step 5); a request refused before that asks here first,
 * so that a flooded address gets 429 and its failures are neither counted nor audited any more.
 */
const floodGuardOf = (context: RequestContext) => ({ bucket: `auth-fail:ip:${context.ip}`, policy: failedAuthPolicy });

function floodedAddressProblem(): ApiProblem {
  return new ApiProblem("rate_limited", "Too many failed authentications from this address; wait a minute.", { headers: { "retry-after": "60" }, fields: { policy: failedAuthPolicy.name } });
}

async function isFlooded(services: ApiServices, context: RequestContext, nowMs: number): Promise<boolean> {
  const guard = floodGuardOf(context);
  return isOverLimit(services.state, guard.bucket, guard.policy, nowMs);
}

/** Step 2: the key, or a 401 counted against the address and written to the audit log (once a minute, aggregated). */
async function authenticate(services: ApiServices, request: Request, context: RequestContext, options: ApiRouteOptions, now: Date): Promise<ApiKeyRecord> {
  const nowMs = now.getTime();
  const result = await authenticateApiKey(
    readPresentedKey(request.headers, options.allowCoingeckoHeaders ?? false),
    (keyId) => services.keyCache.get(keyId, nowMs, (id) => findApiKey(services.db, id)),
    now,
  );
  if (result.ok) return result.key;
  if (await isFlooded(services, context, nowMs)) throw floodedAddressProblem();
  const guard = floodGuardOf(context);
  await countAgainstLimit(services.state, guard.bucket, guard.policy, nowMs);
  const action = result.reason === "expired" ? "key.expired" : "auth.failed";
  await recordAggregatedAuditEvent(services.db, { action, outcome: "failure", actor: "api", keyId: result.keyId, ip: context.ip, userAgent: context.userAgent, requestId: context.requestId, reason: result.reason }, now);
  throw result.problem;
}

/** Step 3: what the key may do here: its kind, origin or address, and scope. */
function authorize(key: ApiKeyRecord, request: Request, context: RequestContext, options: ApiRouteOptions): void {
  if (key.kind === "publishable" && (!options.allowPublishable || changesState(request, options))) {
    throw new ApiProblem("forbidden", "Publishable keys may only read data; use a secret key from your server.");
  }
  checkOriginAndAddress(key, request.headers, context.ip);
  if (!grantsScope(key.scopes, options.scope)) {
    throw new ApiProblem("insufficient_scope", `This key lacks the scope ${options.scope}.`, { fields: { required_scope: options.scope } });
  }
}

/** Step 5: per-key limits (and per-address limits for publishable keys), with the IETF headers on every answer. */
async function limit(services: ApiServices, key: ApiKeyRecord, context: RequestContext, headers: Headers, now: Date, cost: number): Promise<void> {
  const nowMs = now.getTime();
  const outcomes = [await consumeRateLimit(services.state, `key:${key.keyId}`, policiesForKey(key.rateLimitPerMinute), nowMs, cost, floodGuardOf(context))];
  if (outcomes[0]?.guardOver) throw floodedAddressProblem();
  if (key.kind === "publishable") outcomes.push(await consumeRateLimit(services.state, `pk-ip:${context.ip}`, policiesForKey(null), nowMs, cost));
  const first = outcomes[0];
  if (first) {
    headers.set("ratelimit-policy", first.headers.policy);
    headers.set("ratelimit", first.headers.limit);
  }
  const refused = outcomes.find((outcome) => !outcome.allowed);
  if (refused?.refusedBy) {
    await recordAggregatedAuditEvent(services.db, { action: "rate_limit.exceeded", outcome: "failure", actor: `key:${key.keyId}`, keyId: key.keyId, clientId: key.clientId, ip: context.ip, requestId: context.requestId, reason: refused.refusedBy.name }, now);
    throw new ApiProblem("rate_limited", `Rate limit "${refused.refusedBy.name}" of ${refused.refusedBy.quota} requests per ${refused.refusedBy.windowSeconds} s exceeded.`, {
      headers: { "retry-after": String(refused.retryAfterSeconds ?? 1) },
      fields: { policy: refused.refusedBy.name },
    });
  }
}

/** After the answer: usage by day and status, use during a grace window, last-used. Failures here never fail the request. */
async function account(services: ApiServices, key: ApiKeyRecord, context: RequestContext, status: number, now: Date): Promise<void> {
  const inGrace = describeKeyStatus(key, now) === "grace";
  try {
    await services.usage.count(key.keyId, status, inGrace, now);
    if (services.keyCache.claimLastUsedWrite(key.keyId, now.getTime())) await touchLastUsed(services.db, key.keyId, now);
    if (inGrace) {
      await recordAggregatedAuditEvent(services.db, { action: "key.used_during_grace", outcome: "success", actor: `key:${key.keyId}`, keyId: key.keyId, clientId: key.clientId, ip: context.ip, requestId: context.requestId, reason: `expires ${key.expiresAt?.toISOString()}` }, now);
    }
  } catch (error) {
    console.error(`[${context.requestId}] usage accounting failed: ${(error as Error).message}`);
  }
}

/**
 * The API wrapper: key → kind, origin and scope → signature (state-changing methods) → rate limit → handler,
 * and problem+json for every failure. Authentication failures and handler failures stay in separate branches:
 * a handler's bug is a 500 with its request id, never a 401.
 */
export function createApiRoute<Params = Record<string, never>>(handler: ApiHandler<Params>, options: ApiRouteOptions, services: () => ApiServices = getApiServices) {
  return async (request: Request, routeContext?: RouteContext<Params>): Promise<Response> => {
    const deps = services();
    const context = createRequestContext(request, deps.trustedProxyHops);
    const now = deps.clock();
    const headers = new Headers({ "x-request-id": context.requestId });
    let key: ApiKeyRecord | null = null;
    try {
      key = await authenticate(deps, request, context, options, now);
      let rawBody: Uint8Array;
      try {
        authorize(key, request, context, options);
        rawBody = await readBodyWithLimit(request);
        if (changesState(request, options)) await verifyRequestSignature(request, rawBody, key, { state: deps.state, kek: deps.kek(), now });
      } catch (error) {
        if (error instanceof ApiProblem && (await isFlooded(deps, context, now.getTime()))) throw floodedAddressProblem();
        throw error;
      }
      await limit(deps, key, context, headers, now, options.cost ?? 1);
      const params = ((await routeContext?.params) ?? {}) as Params;
      let response: Response;
      try {
        const caller = key;
        response = await answerWithCache(deps, request, options, now, (asked) => handler({ request: asked, params, key: caller, context, rawBody, services: deps, now }));
      } catch (error) {
        if (error instanceof ApiProblem || classifyStoreFailure(error)) throw error;
        console.error(`[${context.requestId}] handler failed:`, error);
        throw new ApiProblem("internal_error", "Something went wrong on our side; the request id identifies it in our logs.");
      }
      for (const [name, value] of headers) response.headers.set(name, value);
      await account(deps, key, context, response.status, now);
      return response;
    } catch (error) {
      const problem = toProblem(error, context);
      if (problem.code === "replay_detected" || problem.code === "invalid_signature") {
        const action = problem.code === "replay_detected" ? "request.replay_detected" : "request.signature_invalid";
        await recordAggregatedAuditEvent(deps.db, { action, outcome: "failure", actor: key ? `key:${key.keyId}` : "api", keyId: key?.keyId, clientId: key?.clientId, ip: context.ip, requestId: context.requestId, reason: problem.detail }, now).catch(() => {});
      }
      if (key && problem.status !== 401) await account(deps, key, context, problem.status, now);
      return problemResponse(problem, context, headers);
    }
  };
}

/**
 * The handler's answer, or a recent identical one for public data reads (see ApiRouteOptions.cacheSeconds). The
 * handler then sees the request without its conditional headers, so that what it makes is a full answer worth
 * keeping; the 304 is decided when the kept answer is replayed to this client.
 */
async function answerWithCache(services: ApiServices, request: Request, options: ApiRouteOptions, now: Date, run: (request: Request) => Promise<Response>): Promise<Response> {
  if (!options.cacheSeconds || request.method !== "GET") return run(request);
  const answer = await services.responseCache.getOrProduce(ResponseCache.keyOf(request), now.getTime(), options.cacheSeconds * 1000, () => run(withoutConditionalHeaders(request)));
  return answer instanceof Response ? answer : replayCachedAnswer(request, answer);
}

function withoutConditionalHeaders(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.delete("if-none-match");
  headers.delete("if-modified-since");
  return new Request(request.url, { method: request.method, headers });
}

function toProblem(error: unknown, context: RequestContext): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const failure = classifyStoreFailure(error) ?? (error instanceof SharedStateUnavailable ? "unreachable" : null);
  if (failure) {
    console.error(`[${context.requestId}] store ${failure}: ${(error as Error).message.split("\n")[0]}`);
    return new ApiProblem("unavailable", storeFailureDetails[failure], { headers: { "retry-after": "5" } });
  }
  console.error(`[${context.requestId}] request failed:`, error);
  return new ApiProblem("internal_error", "Something went wrong on our side; the request id identifies it in our logs.");
}

/** The route with the app's own services: `export const GET = withApiKey(handler, { scope: "prices:read" })`. */
export function withApiKey<Params = Record<string, never>>(handler: ApiHandler<Params>, options: ApiRouteOptions) {
  return createApiRoute(handler, options);
}
