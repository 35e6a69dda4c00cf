import { z } from "zod";
import { assertUtcDay } from "@/lib/days/utc-day";
import { toDecimalString } from "@/lib/numbers/decimal";
import type { ParsedBurns } from "./lunc-burns";
import { withRunningTotals } from "./lunc-burns";
import type { ParsedSupply } from "./lunc-supply";

const publishedPointsSchema = z.object({
  supply: z.array(z.object({ day: z.string(), total: z.string(), circulating: z.string(), citation: z.string().min(1) })),
  oneOffBurns: z.array(z.object({ day: z.string(), amount: z.string(), citation: z.string().min(1) })),
});

function readPublishedPoints(text: string, file: string) {
  const parsed = publishedPointsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? "unexpected shape"}`);
  return parsed.data;
}

export function parsePublishedSupply(text: string, file: string): ParsedSupply {
  const points = readPublishedPoints(text, file).supply.map((point) => ({
    day: assertUtcDay(point.day),
    total: toDecimalString(point.total),
    circulating: toDecimalString(point.circulating),
  }));
  return { points, quirksHandled: ["published figures are rounded as published (for example 6.824T)"] };
}

export function parsePublishedOneOffBurns(text: string, file: string): ParsedBurns {
  const amounts = readPublishedPoints(text, file).oneOffBurns.map((point) => ({
    day: assertUtcDay(point.day),
    periodDays: 1,
    amount: toDecimalString(point.amount),
    note: point.citation,
  }));
  return {
    points: withRunningTotals("one_off", amounts),
    quirksHandled: ["rounded as published; already part of the `total` series on its day"],
  };
}
