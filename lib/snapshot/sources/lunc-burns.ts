import { z } from "zod";
import type { BurnKind } from "@/lib/burns/burn-kinds";
import { addDays, assertUtcDay, isoWeekday } from "@/lib/days/utc-day";
import { addDecimalStrings, toDecimalString } from "@/lib/numbers/decimal";
import type { SnapshotBurnPoint } from "../snapshot-format";
import { readCsvRecords, requireColumns } from "./csv";

export type ParsedBurns = { points: SnapshotBurnPoint[]; quirksHandled: string[] };
type BurnAmount = Omit<SnapshotBurnPoint, "runningTotal" | "kind">;

/** Adds each point's running total, in day order, from the series' first point. */
export function withRunningTotals(kind: BurnKind, amounts: BurnAmount[]): SnapshotBurnPoint[] {
  let runningTotal = "0";
  return [...amounts]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((point) => {
      runningTotal = addDecimalStrings(runningTotal, point.amount);
      return { ...point, kind, runningTotal };
    });
}

const burnHistorySchema = z.object({
  daily: z.array(z.object({ date: z.string(), burn: z.number().int().nonnegative() })).min(1),
  source: z.string().optional(),
});

/**
 * The burn tracker's daily history. From 2025-03-24 it repeats one weekly figure on the seven days of each
 * Monday-to-Sunday week; such a week becomes one point of seven days holding the figure once, since summing the
 * repeats would count it seven times.
 */
export function parseBurnHistoryJson(text: string, file: string): ParsedBurns {
  const parsed = burnHistorySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? "unexpected shape"}`);
  const byDay = new Map(parsed.data.daily.map((entry) => [assertUtcDay(entry.date), entry.burn]));
  const days = [...byDay.keys()].sort();
  const amounts: BurnAmount[] = [];
  let weeks = 0;
  for (let index = 0; index < days.length; ) {
    const day = days[index] as string;
    const value = byDay.get(day) as number;
    const week = Array.from({ length: 7 }, (_, offset) => byDay.get(addDays(day, offset)));
    if (isoWeekday(day) === 1 && week.every((repeat) => repeat === value)) {
      amounts.push({ day, periodDays: 7, amount: toDecimalString(value), note: "weekly figure (the source repeats it on each day of the week)" });
      weeks++;
      index += 7;
    } else {
      amounts.push({ day, periodDays: 1, amount: toDecimalString(value), note: null });
      index += 1;
    }
  }
  const quirksHandled = [
    "amounts in whole LUNC, every kind of burn together",
    `${weeks} Monday-to-Sunday weeks repeat one weekly figure on each day: stored once per week (periodDays 7), not summed as daily`,
    "the `hourly` list (last hours only) is not imported",
  ];
  return { points: withRunningTotals("total", amounts), quirksHandled };
}

/** Exchange burn batches as reported (date, amount, the author's note); the note says how far each is verified. */
export function parseExchangeBatchesCsv(text: string, file: string): ParsedBurns {
  const records = readCsvRecords(text);
  requireColumns(records, ["date", "amount_lunc", "annotation_in_source"], file);
  const amounts = records.map((record) => ({
    day: assertUtcDay(record.date ?? ""),
    periodDays: 1,
    amount: toDecimalString(record.amount_lunc ?? ""),
    note: `Reported: ${record.annotation_in_source ?? ""}`.trim(),
  }));
  return {
    points: withRunningTotals("exchange_batch", amounts),
    quirksHandled: [
      "reported figures of low trust: each keeps the source's own note (VERIFIED or estimated)",
      "these batches went to the burn wallet, so they are already inside the `total` series: never add them to it",
    ],
  };
}
