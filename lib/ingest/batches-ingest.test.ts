import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createThrowawaySqliteStore, type ThrowawayStore } from "@/lib/testing/throwaway-store";
import { planBatchesJob } from "./batches-ingest";
import { readExchangeBatchesFile, toExchangeBatchBurns } from "./exchange-burn-batches";
import { runLiveIngest } from "./live-ingest-run";
import { importSnapshot } from "./snapshot";
import { upsertTokens } from "./upsert-tokens";

describe("the curated exchange burn batches", () => {
  it("reads every batch with its source and trust note, and sums them exactly", () => {
    const burns = toExchangeBatchBurns(readExchangeBatchesFile());
    expect(burns).toHaveLength(43);
    expect(burns[0]).toEqual({
      day: "2022-10-03",
      periodDays: 1,
      kind: "exchange_batch",
      amount: "5570000000",
      runningTotal: "5570000000",
      note: "Binance, low trust: reported; the list's author marks it verified: Batch 1 VERIFIED (~5.57B) (Baydashaaa/lunc-anonymous-signal @ 0e62aeda, assets/js/app.js (HISTORICAL_BURNS))",
    });
    // The snapshot's series from the same list ends on the same running total.
    expect(burns.at(-1)).toMatchObject({ day: "2026-03-01", runningTotal: "80262662825" });
  });

  it("refuses two batches on one day and an entry without a trust note", () => {
    const batch = { day: "2023-01-02", amount: "1", exchange: "X", source: "s", trust: "low", trustNote: "n" };
    expect(() => toExchangeBatchBurns({ about: "", batches: [batch, batch] } as never)).toThrow(/Two exchange batches on 2023-01-02/);
    const dir = mkdtempSync(path.join(tmpdir(), "burnwatch-batches-"));
    try {
      const file = path.join(dir, "batches.json");
      writeFileSync(file, JSON.stringify({ about: "", batches: [{ ...batch, trustNote: "" }] }));
      expect(() => readExchangeBatchesFile(file)).toThrow(/batches\.0\.trustNote/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("batches ingest", () => {
  let store: ThrowawayStore;
  beforeEach(async () => {
    store = await createThrowawaySqliteStore();
  });
  afterEach(async () => store?.dispose());

  async function ingest() {
    const ids = await upsertTokens(store.db);
    return runLiveIngest(store.db, { source: "batches", jobs: [planBatchesJob(ids.get("LUNC")!)] });
  }

  it("adds every batch once; a second run changes nothing", async () => {
    expect((await ingest()).counts).toEqual({ added: 43, updated: 0, unchanged: 0 });
    expect((await ingest()).counts).toEqual({ added: 0, updated: 0, unchanged: 43 });
    expect(await store.db.burn.count({ where: { kind: "exchange_batch" } })).toBe(43);
  });

  it("leaves the batches the snapshot already holds as they are", async () => {
    await importSnapshot(store.db);
    const result = await ingest();
    expect(result.counts).toEqual({ added: 0, updated: 0, unchanged: 43 });
    expect(await store.db.burn.count({ where: { kind: "exchange_batch", source: { key: "lunc/binance-batches" } } })).toBe(43);
  });
});
