import { z } from "zod";
import { dayToEpochMs, isUtcDay, toUtcDay } from "@/lib/days/utc-day";

/** Only USD is stored; other currencies are refused by name rather than answered wrongly. */
export const vsCurrencySchema = z.string().trim().toLowerCase().refine((value) => value === "usd", "only usd is available");

/** CoinGecko takes ISO dates, ISO date-times or Unix seconds for from/to. */
export const instantSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    if (/^\d{1,12}(\.\d+)?$/.test(value)) return Number(value) * 1000;
    const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
    if (Number.isNaN(parsed)) {
      context.addIssue({ code: "custom", message: "must be a Unix timestamp or an ISO date such as 2022-05-01" });
      return z.NEVER;
    }
    return parsed;
  });

/** `days`: a whole number or "max". */
export const daysSchema = z.union([z.literal("max"), z.coerce.number().int().min(1).max(100_000)]);

/** `date` for /history: YYYY-MM-DD (current clients) or dd-mm-yyyy (CoinGecko's older form). */
export const historyDateSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    const legacy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
    const day = legacy ? `${legacy[3]}-${legacy[2]}-${legacy[1]}` : value;
    if (!isUtcDay(day)) {
      context.addIssue({ code: "custom", message: "must be a date YYYY-MM-DD (or dd-mm-yyyy)" });
      return z.NEVER;
    }
    return day;
  });

/** The UTC days an instant range covers, inclusive of partial days at either end. */
export function daysOfRange(fromMs: number, toMs: number): { from: string; to: string } {
  return { from: toUtcDay(new Date(Math.ceil(fromMs / 86_400_000) * 86_400_000)), to: toUtcDay(new Date(toMs)) };
}

export function dayToUnixSeconds(day: string): number {
  return dayToEpochMs(day) / 1000;
}
