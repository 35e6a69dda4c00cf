import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresAdminUrl } from "@/lib/db/throwaway-postgres";
import { buildRequest, createApiHarness, readProblem, signHeaders, type ApiHarness, type TestRoute } from "@/lib/testing/api-harness";
import { operationHandlers } from "@/lib/testing/operation-handlers";
import { createThrowawayPostgresStore, postgresSuitesSkipped, useAsAppStore } from "@/lib/testing/throwaway-store";
import { apiOperations } from "./contract/api-operations";

const base = "http://127.0.0.1:3100";

/** Runs SQL on the test server's admin database: what an operator (or an outage) does to the app's database. */
async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function routesFor(harness: ApiHarness) {
  return {
    listTokens: harness.route(operationHandlers.listTokens, apiOperations.listTokens),
    listKeys: harness.route(operationHandlers.listKeys, apiOperations.listKeys),
    createKey: harness.route(operationHandlers.createKey, apiOperations.createKey),
  };
}

async function createKeySigned(route: TestRoute, harness: ApiHarness, key: string, signingSecret: string, name: string): Promise<Response> {
  const url = `${base}/api/v1/keys`;
  const body = JSON.stringify({ name, scopes: ["prices:read"] });
  const headers = signHeaders(signingSecret, { method: "POST", url, body, timestamp: Math.floor(harness.now().getTime() / 1000) });
  return route(buildRequest(url, { method: "POST", key, body, headers }));
}

describe.skipIf(postgresSuitesSkipped)("PostgreSQL going away and coming back", () => {
  let harness: ApiHarness;
  let databaseName = "";
  let key = "";
  let signingSecret = "";

  beforeAll(async () => {
    const store = await createThrowawayPostgresStore();
    databaseName = new URL(store.url).pathname.slice(1);
    harness = await createApiHarness({ store });
    useAsAppStore(store.url);
    const issued = await harness.createKey({ scopes: ["prices:read", "keys:read", "keys:manage"], rateLimitPerMinute: 10_000 });
    key = issued.key;
    signingSecret = issued.signingSecret ?? "";
  });
  afterAll(async () => {
    await asAdmin(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await harness?.dispose();
  });

  it("answers 503 problem+json while the database is gone, writes nothing half-way, and recovers when it returns", async () => {
    const routes = routesFor(harness);
    expect((await routes.listTokens(buildRequest(`${base}/api/v1/tokens`, { key }))).status).toBe(200);

    await asAdmin(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS false`);
    await asAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}' AND pid <> pg_backend_pid()`);
    harness.services.keyCache.evict(key.split("_")[2] ?? "");

    harness.advance(1_000);
    const read = await routes.listTokens(buildRequest(`${base}/api/v1/tokens`, { key }));
    expect(read.status).toBe(503);
    expect(read.headers.get("content-type")).toBe("application/problem+json");
    expect(read.headers.get("retry-after")).toBe("5");
    const problem = await readProblem(read);
    expect(problem.detail).toMatch(/cannot reach its store/);
    expect(JSON.stringify(problem)).not.toMatch(/postgres|5432|\bat\s.+:\d+/i);

    harness.advance(1_000);
    expect((await createKeySigned(routes.createKey, harness, key, signingSecret, "made during the outage")).status).toBe(503);

    await asAdmin(`ALTER DATABASE "${databaseName}" WITH ALLOW_CONNECTIONS true`);
    harness.advance(1_000);
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt += 1) {
      recovered = (await routes.listTokens(buildRequest(`${base}/api/v1/tokens`, { key }))).status;
      harness.advance(1_000);
    }
    expect(recovered).toBe(200);
    const keys = (await (await routes.listKeys(buildRequest(`${base}/api/v1/keys`, { key }))).json()) as { data: { name: string }[] };
    expect(keys.data.map((entry) => entry.name)).not.toContain("made during the outage");
  }, 60_000);
});

describe("a locked or read-only SQLite file", () => {
  let harness: ApiHarness;
  let key = "";

  beforeAll(async () => {
    harness = await createApiHarness();
    useAsAppStore(harness.store.url);
    key = (await harness.createKey({ scopes: ["prices:read"], rateLimitPerMinute: 10_000 })).key;
  });
  afterAll(async () => harness?.dispose());

  it("says the store is busy while another program holds the write lock, then serves again", async () => {
    const route = routesFor(harness).listTokens;
    const other = new Database(harness.store.url.replace(/^file:/, ""));
    other.exec("BEGIN EXCLUSIVE");
    try {
      harness.advance(1_000);
      const response = await route(buildRequest(`${base}/api/v1/tokens`, { key }));
      expect(response.status).toBe(503);
      expect((await readProblem(response)).detail).toMatch(/busy with another writer/);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    harness.advance(1_000);
    expect((await route(buildRequest(`${base}/api/v1/tokens`, { key }))).status).toBe(200);
  }, 30_000);

  it("says the store is read-only when it cannot be written, then serves again", async () => {
    const route = routesFor(harness).listTokens;
    // As root, file permissions do not stop a write; query_only makes SQLite refuse writes the same way a read-only file does.
    await harness.setSqlitePragma("query_only = ON");
    try {
      harness.advance(1_000);
      const response = await route(buildRequest(`${base}/api/v1/tokens`, { key }));
      expect(response.status).toBe(503);
      expect((await readProblem(response)).detail).toMatch(/read-only/);
    } finally {
      await harness.setSqlitePragma("query_only = OFF");
    }
    harness.advance(1_000);
    expect((await route(buildRequest(`${base}/api/v1/tokens`, { key }))).status).toBe(200);
  });
});
