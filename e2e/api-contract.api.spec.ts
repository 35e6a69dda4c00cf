import { expect, test } from "@playwright/test";
import { fillOperationPath, type ApiOperation } from "../lib/api/contract/api-operation";
import { apiOperations, type OperationId } from "../lib/api/contract/api-operations";
import { BurnwatchApiError } from "../lib/sdk/burnwatch-api-error";
import { createBurnwatchClient, type BurnwatchClient } from "../lib/sdk/burnwatch-client";
import { baseURL } from "../playwright.config";
import { requestFromAddress } from "./support/loopback-client";
import { createKeyWithCli } from "./support/operator-cli";

const allScopes = "prices:read,supply:read,burns:read,articles:read,scenarios:run,usage:read,keys:read,keys:manage";
const unknownPathValues: Record<string, string> = { symbol: "nosuchtoken", id: "no-such-coin", keyId: "0000000000000000", slug: "no-such-article" };
const operations = Object.values(apiOperations) as ApiOperation[];

type AnyCall = (input?: { path?: Record<string, string>; query?: Record<string, string>; body?: unknown }) => Promise<unknown>;
const callOf = (client: BurnwatchClient, operationId: string) => (client as unknown as Record<string, AnyCall>)[operationId] as AnyCall;

function rawUrl(operation: ApiOperation, pathValues: Record<string, string> = {}): string {
  const example = operation.example as { pathParams?: Record<string, string> };
  return baseURL + fillOperationPath(operation.path, (name) => pathValues[name] ?? example.pathParams?.[name] ?? "x");
}

async function problemOf(call: Promise<unknown>): Promise<BurnwatchApiError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BurnwatchApiError);
  return error as BurnwatchApiError;
}

test.describe("every API operation over HTTP, through the SDK", () => {
  let client: BurnwatchClient;
  let callerKeyId = "";

  test.beforeAll(() => {
    const full = createKeyWithCli(["--client", `e2e-contract-${Date.now()}`, "--scopes", allScopes, "--rate-limit", "100000"]);
    client = createBurnwatchClient({ baseUrl: baseURL, credentials: { key: full.key, signingSecret: full.signingSecret } });
    callerKeyId = full.keyId;
  });

  /** A fresh key of the caller's client for operations that act on one (rotate, revoke, usage). */
  const freshKeyId = async () => (await client.createKey({ body: { name: "contract target", scopes: ["prices:read"] } })).key_id;
  /** A client holds at most 10 active keys: revoke the targets (and rotation successors) once used. */
  const revokeTargets = async () => {
    for (const key of (await client.listKeys()).data) if (key.key_id !== callerKeyId && key.status !== "revoked") await client.revokeKey({ path: { keyId: key.key_id } });
  };

  test("without a key every operation is 401 problem+json; with a key lacking its scope, 403 naming the scope", async () => {
    const wrongScope = createKeyWithCli(["--client", "e2e-contract-wrong", "--scopes", "ingest:run"]);
    for (const [index, operation] of operations.entries()) {
      const method = operation.method.toUpperCase();
      const body = operation.body ? "{}" : undefined;
      // Each anonymous call from its own address: failed authentications are limited per address.
      const anonymous = await requestFromAddress(`127.0.3.${index + 1}`, rawUrl(operation), { method, body });
      expect(anonymous.status, `${method} ${operation.path}`).toBe(401);
      expect(anonymous.headers["content-type"]).toBe("application/problem+json");
      const forbidden = await requestFromAddress("127.0.4.1", rawUrl(operation), { method, headers: { authorization: `Bearer ${wrongScope.key}` }, body });
      expect(forbidden.status, `${method} ${operation.path}`).toBe(403);
      expect(JSON.parse(forbidden.body)).toMatchObject({ required_scope: operation.scope });
    }
  });

  test("every operation answers its example request with data its response schema accepts", async () => {
    for (const operation of operations) {
      const example = operation.example as { pathParams?: Record<string, string>; query?: Record<string, string>; body?: unknown };
      const path = example.pathParams?.keyId ? { keyId: await freshKeyId() } : example.pathParams;
      const answer = await callOf(client, operation.operationId)({ path, query: example.query, body: example.body });
      await revokeTargets();
      const parsed = operation.response.safeParse(answer);
      expect(parsed.error?.issues ?? [], operation.operationId).toEqual([]);
    }
  });

  test("unknown symbols, coin ids and key ids are 404 problem+json", async () => {
    for (const operation of operations.filter((candidate) => candidate.pathParams)) {
      const example = operation.example as { query?: Record<string, string>; body?: unknown };
      const path = Object.fromEntries(Object.keys(operation.pathParams?.shape ?? {}).map((name) => [name, unknownPathValues[name] ?? "nope"]));
      const problem = await problemOf(callOf(client, operation.operationId)({ path, query: example.query, body: example.body }));
      expect(problem.status, operation.operationId).toBe(404);
      expect(problem.code).toBe("not_found");
    }
  });

  test("bad parameters are 400 (query) or 422 (body) naming the parameter", async () => {
    for (const operation of operations.filter((candidate) => candidate.invalidExample)) {
      const invalid = operation.invalidExample as { query?: Record<string, string>; body?: unknown; parameter: string };
      const example = operation.example as { pathParams?: Record<string, string>; body?: unknown };
      const path = example.pathParams?.keyId ? { keyId: await freshKeyId() } : example.pathParams;
      const problem = await problemOf(callOf(client, operation.operationId)({ path, query: invalid.query, body: invalid.body ?? example.body }));
      await revokeTargets();
      expect(problem.status, operation.operationId).toBe(invalid.query ? 400 : 422);
      expect(problem.problem.parameter, operation.operationId).toBe(invalid.parameter);
    }
  });

  test("CSV through the SDK has a header row and ISO dates", async () => {
    const csv = await client.downloadCsv("getTokenPrices", { path: { symbol: "lunc" }, query: { from: "2022-05-01", to: "2022-05-03" } });
    expect(csv.split("\n").slice(0, 2)).toEqual(["date,period_start,price_usd,market_cap_usd,volume_usd,source", expect.stringMatching(/^2022-05-01,2022-05-01,78\.70262669193/)]);
  });

  test("the OpenAPI document is served without a key and lists every operation", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.openapi).toBe("3.1.0");
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
    expect(ids).toEqual(expect.arrayContaining(Object.keys(apiOperations) as OperationId[]));
  });
});

test("the SDK keeps working with zero failed calls while its key is rotated mid-run", async () => {
  const first = createKeyWithCli(["--client", "e2e-sdk-rotation", "--scopes", "prices:read,keys:manage", "--rate-limit", "100000"]);
  let current = { key: first.key, signingSecret: first.signingSecret };
  // Stands in for a secret store the deployment reads: the client is never rebuilt, it asks this on every call.
  const client = createBurnwatchClient({ baseUrl: baseURL, credentials: () => current });

  const failures: unknown[] = [];
  let succeeded = 0;
  let succeededAfterRotation = 0;
  let rotated = false;
  const worker = async () => {
    for (let call = 0; call < 25; call += 1) {
      try {
        const prices = await client.getTokenPrices({ path: { symbol: "lunc" }, query: { from: "2022-05-01", to: "2022-05-07" } });
        expect(prices.data).toHaveLength(7);
        succeeded += 1;
        if (rotated) succeededAfterRotation += 1;
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const rotateMidRun = async () => {
    while (succeeded < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    // A short grace window, as the docs advise: calls already on their way with the old key still land, and the
    // provider hands out the successor from here on. (A refused key makes the SDK ask the provider again: a unit test.)
    const successor = await client.rotateKey({ path: { keyId: first.keyId }, body: { graceSeconds: 2 } });
    current = { key: successor.key, signingSecret: successor.signing_secret };
    rotated = true;
  };
  await Promise.all([worker(), worker(), worker(), worker(), rotateMidRun()]);

  expect(failures).toEqual([]);
  expect(succeeded).toBe(100);
  expect(rotated).toBe(true);
  expect(succeededAfterRotation).toBeGreaterThan(0);
  // The old key is really gone once its grace window is over: the server refuses it.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const oldKeyClient = createBurnwatchClient({ baseUrl: baseURL, credentials: { key: first.key } });
  expect((await problemOf(oldKeyClient.listTokens())).status).toBe(401);
});
