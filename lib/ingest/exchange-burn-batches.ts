import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { isUtcDay } from "@/lib/days/utc-day";
import { addDecimalStrings } from "@/lib/numbers/decimal";
import type { SnapshotBurnPoint } from "@/lib/snapshot/snapshot-format";

export const exchangeBatchesFile = path.join(process.cwd(), "prisma", "curated", "lunc-exchange-burn-batches.json");

const batchSchema = z.object({
  day: z.string().refine(isUtcDay, "must be a UTC day YYYY-MM-DD"),
  amount: z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal string of whole LUNC"),
  exchange: z.string().min(1),
  source: z.string().min(1),
  trust: z.enum(["low", "medium", "high"]),
  trustNote: z.string().min(1),
});

export const exchangeBatchesFileSchema = z.object({ about: z.string(), batches: z.array(batchSchema).min(1) });
export type ExchangeBatchesFile = z.infer<typeof exchangeBatchesFileSchema>;

export function readExchangeBatchesFile(file: string = exchangeBatchesFile): ExchangeBatchesFile {
  const parsed = exchangeBatchesFileSchema.safeParse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid batch list: ${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

/** Burn rows of kind exchange_batch, oldest first, with the running total of the batches; two batches on one day are refused. */
export function toExchangeBatchBurns(file: ExchangeBatchesFile): SnapshotBurnPoint[] {
  const sorted = [...file.batches].sort((a, b) => a.day.localeCompare(b.day));
  let runningTotal = "0";
  return sorted.map((batch, index) => {
    if (index > 0 && sorted[index - 1]!.day === batch.day) throw new Error(`Two exchange batches on ${batch.day}: add them up into one entry`);
    runningTotal = addDecimalStrings(runningTotal, batch.amount);
    return { day: batch.day, periodDays: 1, kind: "exchange_batch", amount: batch.amount, runningTotal, note: `${batch.exchange}, ${batch.trust} trust: ${batch.trustNote} (${batch.source})` };
  });
}
