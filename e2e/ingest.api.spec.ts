import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runIngestCli } from "../lib/ingest/cli-process";
import { readFixture } from "../lib/ingest/fixtures/read-fixture";
import { startRecordedResponseServer, type RecordedResponseServer } from "../lib/ingest/http/recorded-response-server";
import { prepareStore, startAppServer } from "./support/app-servers";
import { createKeyWithCli } from "./support/operator-cli";

// lib/ingest/providers/terra-lcd.ts terraBurnAddress (that module is server-only).
const terraBurnAddress = "terra1sk06e3dyexuq4shw77y3dsv480xv42mq73anxu";
const port = Number(process.env.E2E_PORT ?? 3100) + 50;

// Live ingestion end to end, on a store of its own (the shared e2e store keeps the snapshot's gaps other specs check):
// the CLI against a CoinGecko stand-in, then a production server that shows the result on /data and through the API,
// and whose opt-in scheduler records today's supply from an LCD stand-in.
test.describe("live ingestion", () => {
  test.setTimeout(180_000);
  const dir = path.join(tmpdir(), "burnwatch-e2e", `ingest-${process.pid}-${Date.now()}`);
  const databaseUrl = `file:${path.join(dir, "store.db")}`;
  let coingecko: RecordedResponseServer;
  let lcd: RecordedResponseServer;
  let server: Awaited<ReturnType<typeof startAppServer>> | null = null;

  test.beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    coingecko = await startRecordedResponseServer({ "/coins/terra-luna/market_chart/range": { body: readFixture("coingecko-market-chart-lunc-2023-09-01-to-05-hourly.json") } });
    lcd = await startRecordedResponseServer({
      "/cosmos/bank/v1beta1/supply/by_denom": { body: readFixture("lcd-supply-by-denom-uluna.json") },
      "/cosmos/bank/v1beta1/supply/uusd": { body: readFixture("lcd-supply-by-denom-uusd.json") },
      [`/cosmos/bank/v1beta1/balances/${terraBurnAddress}/by_denom`]: { body: readFixture("lcd-balance-by-denom-burn-wallet-uluna.json") },
      "/terra/tax/v1beta1/params": { body: readFixture("lcd-tax-params.json") },
      "/terra/treasury/v1beta1/params": { body: readFixture("lcd-treasury-params.json") },
    });
    prepareStore(databaseUrl, port);
  });

  test.afterAll(async () => {
    await server?.stop();
    await Promise.allSettled([coingecko?.close(), lcd?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test("the CLI stores what the stand-in serves; the API, /data and the in-app scheduler show it", async () => {
    // Not spawnSync: the stand-in lives in this process and must keep answering while the CLI runs.
    const cli = await runIngestCli(["--source", "coingecko", "--token", "lunc", "--from", "2023-09-01", "--to", "2023-09-05"], { DATABASE_URL: databaseUrl, COINGECKO_BASE_URL: coingecko.baseUrl });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/lunc\.prices\s+coingecko\/api-v3\s+5\s+0\s+0\s+0\s+succeeded/);

    // startAppServer passes its own environment on: the scheduler's settings go through it.
    const saved = { ...process.env };
    Object.assign(process.env, { BURNWATCH_INGEST_INTERVAL: "1h", BURNWATCH_INGEST_SOURCES: "lcd", TERRA_LCD_URLS: lcd.baseUrl });
    try {
      server = await startAppServer(databaseUrl, port);
    } finally {
      process.env = saved;
    }

    const { key } = createKeyWithCli(["--client", "ingest-e2e", "--scopes", "prices:read,supply:read"], databaseUrl);
    const prices = await fetch(`${server.url}/api/v1/tokens/lunc/prices?from=2023-09-01&to=2023-09-05`, { headers: { authorization: `Bearer ${key}` } });
    expect(prices.status).toBe(200);
    const body = (await prices.json()) as { data: { date: string; price_usd: number; source: string }[] };
    expect(body.data.map((row) => row.date)).toEqual(["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04", "2023-09-05"]);
    expect(body.data[0]).toMatchObject({ price_usd: 6e-5, source: "coingecko/api-v3" });

    // The scheduler runs once at start-up: wait for today's supply.
    await expect
      .poll(async () => (await (await fetch(`${server!.url}/api/v1/tokens/ustc/supply`, { headers: { authorization: `Bearer ${key}` } })).json()) as { data: { total: string }[] }, { timeout: 30_000 })
      .toMatchObject({ data: [{ total: "9976853716.462157" }] });

    const html = await (await fetch(`${server.url}/data`)).text();
    expect(html).toContain('data-series="lunc.prices"');
    expect(html).toContain("CoinGecko API v3 (market_chart/range)");
    // LUNC prices now reach into the snapshot's gap: 2023-09-06 to 2024-06-08 is still missing.
    expect(html).toMatch(/Missing days/);
    expect(html).toMatch(/data-series="lunc\.prices"[^]*?data-status="succeeded" data-source="coingecko"/);
    expect(html).toMatch(/data-series="ustc\.supply"[^]*?data-status="succeeded" data-source="lcd"/);
    expect(html).toMatch(/data-series="lunc\.reading\.burn-wallet"[^]*?data-status="succeeded" data-source="lcd"/);
    expect(html).toContain("Recent ingest runs");
  });
});
