import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { readResidentMegabytes } from "../lib/bench/process-memory";
import { prepareStore, startAppServer } from "./support/app-servers";
import { createKeyWithCli } from "./support/operator-cli";

const LOAD_SECONDS = 8;
const CONNECTIONS = 50;

// The short form of the load test (the bench runs the long one): keyed reads at 50 connections get only 200, 304
// or 429, never a 5xx or a dropped connection, and the server's memory levels off instead of growing with the load.
test("keyed reads under load answer only 200, 304 or 429, and the server's memory stays bounded", async () => {
  test.setTimeout(120_000);
  const databaseUrl = `file:${path.join(tmpdir(), "burnwatch-e2e", `load-${process.pid}-${Date.now()}.db`)}`;
  const port = Number(process.env.E2E_PORT ?? 3100) + 500;
  prepareStore(databaseUrl, port);
  const server = await startAppServer(databaseUrl, port);
  try {
    const { key } = createKeyWithCli(["--client", "e2e-load", "--scopes", "prices:read", "--rate-limit", "3000"], databaseUrl);
    const url = `${server.url}/api/v1/tokens/lunc/prices?from=2022-01-01&to=2022-12-31`;
    const etag = (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).headers.get("etag") ?? "";

    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(readResidentMegabytes(server.pid)), 250);
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      // Every other request revalidates with the ETag, as a polling client does.
      requests: [{ headers: { authorization: `Bearer ${key}` } }, { headers: { authorization: `Bearer ${key}`, "if-none-match": etag } }],
    });
    clearInterval(sampler);

    const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number).sort();
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect([200, 304, 429]).toContain(status);
    expect(result.statusCodeStats?.["200" as never]?.count ?? 0).toBeGreaterThan(0);
    expect(result.statusCodeStats?.["429" as never]?.count ?? 0).toBeGreaterThan(0); // the limit held under load

    const warm = samples[Math.floor(samples.length / 3)] ?? 0;
    const end = samples[samples.length - 1] ?? 0;
    test.info().annotations.push({ type: "load", description: `${result.requests.total} requests, statuses ${statuses.join("/")}, RSS warm ${warm.toFixed(0)} MB, peak ${Math.max(...samples).toFixed(0)} MB, end ${end.toFixed(0)} MB` });
    expect(Math.max(...samples)).toBeLessThan(1024);
    expect(end).toBeLessThan(warm * 1.5 + 50);
  } finally {
    await server.stop();
  }
});
