import "server-only";
import { exchangeBatchesFile, readExchangeBatchesFile, toExchangeBatchBurns } from "./exchange-burn-batches";
import type { LiveSource, SeriesJob } from "./live-ingest-run";

export const exchangeBatchesSource: LiveSource = {
  key: "lunc/exchange-batches",
  name: "Exchange burn batches (curated, reported)",
  url: null,
  trust: "low",
  notes: "prisma/curated/lunc-exchange-burn-batches.json: each batch keeps where it was reported and a trust note.",
};

/** The curated batch list as one chunk: a batch day stored by another source (the snapshot) is left as it is. */
export function planBatchesJob(tokenId: number, file: string = exchangeBatchesFile): SeriesJob {
  return {
    series: "lunc.burns.exchange_batch",
    tokenId,
    source: exchangeBatchesSource,
    plan: async () => ({
      notes: [],
      chunks: [{ label: "curated file", fetch: async () => ({ table: "burns" as const, kind: "exchange_batch", points: toExchangeBatchBurns(readExchangeBatchesFile(file)) }) }],
    }),
    countGapsLeft: async () => 0,
  };
}
