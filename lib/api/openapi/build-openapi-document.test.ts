import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { resolveExampleResponse, type ApiOperation } from "../contract/api-operation";
import { apiOperations } from "../contract/api-operations";
import { buildOpenApiDocument, OPENAPI_PATH } from "./build-openapi-document";

const appApiDir = path.resolve(__dirname, "../../../app/api");

/** Every exported handler of every route file: its OpenAPI path, method, and the operation it takes its rules from. */
function listRouteExports(): { path: string; method: string; operationId: string | null; file: string }[] {
  const routes: { path: string; method: string; operationId: string | null; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const apiPath = `/api/${path.relative(appApiDir, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        for (const match of readFileSync(full, "utf8").matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = (.*);/g)) {
          routes.push({ path: apiPath, method: (match[1] as string).toLowerCase(), operationId: /apiOperations\.(\w+)\)/.exec(match[2] as string)?.[1] ?? null, file: full });
        }
      }
    }
  };
  walk(appApiDir);
  return routes;
}

const specOperations = (document: ReturnType<typeof buildOpenApiDocument>) =>
  Object.entries(document.paths ?? {}).flatMap(([apiPath, item]) =>
    (["get", "post", "patch", "put", "delete"] as const).filter((method) => item?.[method]).map((method) => ({ path: apiPath, method, operationId: item?.[method]?.operationId })),
  );

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("is valid OpenAPI 3.1 by the official JSON schema", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    const broken = { ...structuredClone(document), paths: { "/api/v1/tokens": { get: { responses: "none" } } } };
    expect((await new Validator().validate(broken as unknown as Parameters<Validator["validate"]>[0])).valid).toBe(false);
  });

  it("has every route of the app, and every path in it is a route", () => {
    const routes = listRouteExports().map(({ path: routePath, method }) => `${method.toUpperCase()} ${routePath}`).sort();
    const documented = specOperations(document).map(({ path: specPath, method }) => `${method.toUpperCase()} ${specPath}`).sort();
    expect(routes.length).toBeGreaterThan(20);
    expect(documented).toEqual(routes);
  });

  it("each keyed route takes its access rules from the operation the document describes", () => {
    for (const route of listRouteExports()) {
      if (route.path === OPENAPI_PATH) continue;
      expect(route.operationId, `${route.file} should pass apiOperations.<id> to withApiKey`).not.toBeNull();
      const operation = apiOperations[route.operationId as keyof typeof apiOperations];
      expect({ path: operation.path, method: operation.method }, route.file).toEqual({ path: route.path, method: route.method });
    }
  });

  it("marks state-changing operations as signed and names each operation's scope", () => {
    const createKey = document.paths?.["/api/v1/keys"]?.post as Record<string, unknown>;
    expect(createKey["x-signed"]).toBe(true);
    expect(createKey["x-required-scope"]).toBe("keys:manage");
    expect(JSON.stringify(createKey.parameters)).toContain("x-bw-signature");
    const scenarios = document.paths?.["/api/v1/scenarios"]?.post as Record<string, unknown>;
    expect(scenarios["x-signed"]).toBe(false);
  });

  it("has an example for every request body, every parameter of the example call, and every success answer", () => {
    for (const { path: specPath, method } of specOperations(document)) {
      if (specPath === OPENAPI_PATH) continue;
      const described = document.paths?.[specPath]?.[method] as { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }>; parameters?: { in: string; required?: boolean; example?: unknown }[] };
      if (described.requestBody) expect(described.requestBody.content["application/json"]?.example, `${method} ${specPath} body`).toBeDefined();
      for (const parameter of described.parameters ?? []) if (parameter.in === "path") expect(parameter.example, `${method} ${specPath} path parameter`).toBeDefined();
      const success = described.responses["200"] ?? described.responses["201"];
      expect(success?.content?.["application/json"]?.example, `${method} ${specPath} answer`).toBeDefined();
    }
  });
});

describe("the API operations", () => {
  it("are keyed by their operationId, one operation per method and path", () => {
    const seen = new Set<string>();
    for (const [id, operation] of Object.entries(apiOperations)) {
      expect(operation.operationId).toBe(id);
      expect(seen.has(`${operation.method} ${operation.path}`)).toBe(false);
      seen.add(`${operation.method} ${operation.path}`);
    }
  });

  it("have examples their own schemas accept, and invalid examples their schemas refuse naming the parameter", () => {
    for (const operation of Object.values(apiOperations) as ApiOperation[]) {
      const example = operation.example as { pathParams?: unknown; query?: unknown; body?: unknown; response: unknown };
      if (operation.pathParams) expect(operation.pathParams.safeParse(example.pathParams).success, `${operation.operationId} path`).toBe(true);
      if (operation.query) expect(operation.query.safeParse(example.query ?? {}).success, `${operation.operationId} query`).toBe(true);
      if (operation.body) expect(operation.body.safeParse(example.body).success, `${operation.operationId} body`).toBe(true);
      const parsed = operation.response.safeParse(resolveExampleResponse(operation));
      expect(parsed.error?.issues ?? [], `${operation.operationId} response`).toEqual([]);

      const invalid = operation.invalidExample;
      if (operation.query || operation.body) expect(invalid, `${operation.operationId} needs an invalidExample`).toBeDefined();
      if (!invalid) continue;
      const schema = invalid.query !== undefined ? operation.query : operation.body;
      const refused = schema?.safeParse(invalid.query ?? invalid.body);
      expect(refused?.success, operation.operationId).toBe(false);
      expect(refused?.error?.issues[0]?.path.join("."), operation.operationId).toBe(invalid.parameter);
    }
  });
});
