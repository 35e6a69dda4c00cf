import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, createSnapshotApiHarness, signHeaders, type ApiHarness } from "@/lib/testing/api-harness";
import { operationHandlers } from "@/lib/testing/operation-handlers";
import { fillOperationPath, type ApiOperation } from "./api-operation";
import { apiOperations, type OperationId } from "./api-operations";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Values that have broken parsers elsewhere: empty, huge, odd numbers, odd dates, Unicode, JSON-looking text.
const nastyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "Infinity", "9007199254740993", "null", "true", "[]", "{}", "max", "usd", "USD", "2022-02-30", "2022-13-01", "0000-01-01", "9999-12-31", "01-05-2022", "1651363200", "-62135596800", "%00", "../../etc/passwd", "<script>", "a".repeat(5000)),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.integer().map(String),
  fc.double().map(String),
);

function queryArbitrary(operation: ApiOperation) {
  const known = Object.keys(operation.query?.shape ?? {});
  const names = known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  return fc.dictionary(names, nastyText, { maxKeys: 6 });
}

function bodyArbitrary(operation: ApiOperation) {
  const { monteCarlo, ...example } = (operation.example as { body?: Record<string, unknown> }).body ?? {};
  // A valid Monte Carlo request is deliberately costly; the fuzzer only needs to reach its parser, not run it 1,000 times.
  if (monteCarlo !== undefined) example.monteCarlo = { ...(monteCarlo as object), paths: 10 };
  // Half well-formed-but-wrong objects built on the example's fields, half anything JSON can say, a few not JSON at all.
  const mutatedExample = fc.record({ field: fc.constantFrom(...Object.keys(example), "extra"), value: fc.jsonValue({ maxDepth: 3 }) }).map(({ field, value }) => JSON.stringify({ ...example, [field]: value }));
  return fc.oneof(mutatedExample, fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), fc.string({ maxLength: 200 }));
}

const pathValue = fc.oneof(nastyText, fc.constantFrom("lunc", "LUNC", "terra-luna", "bitcoin")).filter((value) => value.length > 0);

describe(`every query and body parser of the API, ${RUNS} generated inputs each: never a 500`, () => {
  let harness: ApiHarness;
  let key = "";
  let signingSecret = "";

  beforeAll(async () => {
    harness = await createSnapshotApiHarness();
    const issued = await harness.createKey({ scopes: ["prices:read", "supply:read", "burns:read", "scenarios:run", "usage:read", "keys:read", "keys:manage"], rateLimitPerMinute: 100_000 });
    key = issued.key;
    signingSecret = issued.signingSecret ?? "";
  });
  afterAll(async () => harness?.dispose());

  const fuzzed = (Object.values(apiOperations) as ApiOperation[]).filter((operation) => operation.query || operation.body);

  for (const operation of fuzzed) {
    it(`${operation.method.toUpperCase()} ${operation.path}`, async () => {
      const route = harness.route(operationHandlers[operation.operationId as OperationId], operation);
      const pathNames = Object.keys(operation.pathParams?.shape ?? {});
      const input = fc.record({
        path: fc.tuple(...pathNames.map(() => pathValue)),
        query: operation.query ? queryArbitrary(operation) : fc.constant({}),
        body: operation.body ? bodyArbitrary(operation) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ path, query, body }) => {
          harness.advance(50); // keeps the key under its burst limit and every signature fresh
          const params = Object.fromEntries(pathNames.map((name, index) => [name, path[index] as string]));
          const filled = fillOperationPath(operation.path, (name) => params[name] ?? "");
          const url = `http://127.0.0.1:3100${filled}?${new URLSearchParams(query)}`;
          const method = operation.method.toUpperCase();
          const signed = method !== "GET" && !operation.stateless;
          const headers = signed ? signHeaders(signingSecret, { method, url, body, timestamp: Math.floor(harness.now().getTime() / 1000) }) : {};
          const response = await route(buildRequest(url, { method, key, body, headers }), params);
          const text = await response.text();
          expect(response.status, `${method} ${url} ${body ?? ""} → ${text.slice(0, 300)}`).toBeLessThan(500);
          if (response.status >= 400) expect(response.headers.get("content-type")).toBe("application/problem+json");
          expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace in any answer
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
