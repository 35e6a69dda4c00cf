import { addDays, assertUtcDay, toUtcDay } from "@/lib/days/utc-day";
import { toDecimalString } from "@/lib/numbers/decimal";
import type { SnapshotSupplyPoint } from "../snapshot-format";
import { readCsvRecords, requireColumns } from "./csv";

export type ParsedSupply = { points: SnapshotSupplyPoint[]; quirksHandled: string[] };

/**
 * lana-tm's daily LUNC file: `Date,Price,Volume,CirSupply,…`. Its day d is the end-of-day value (its price equals
 * CoinGecko's d+1 point), so each row is moved to d+1 to mean "at 00:00 UTC". Only the circulating supply is
 * taken: prices come from CoinGecko, and Volume is in LUNC, not USD.
 */
export function parseLanaDailySupplyCsv(text: string, file: string): ParsedSupply {
  const records = readCsvRecords(text);
  requireColumns(records, ["Date", "CirSupply"], file);
  const points = records.map((record) => ({
    day: addDays(assertUtcDay(record.Date ?? ""), 1),
    total: null,
    circulating: toDecimalString(record.CirSupply ?? ""),
  }));
  return {
    points,
    quirksHandled: [
      "byte-order mark at the start of the file ignored",
      "end-of-day values: day d stored as d+1 00:00 UTC (its price equals CoinGecko's d+1 point)",
      "only circulating supply imported; Volume is in LUNC and Velocity/Valuation are the author's own derived columns",
    ],
  };
}

/**
 * CoinMarketCap quotes about every hour, with total and circulating supply written as doubles (6.906229037364156E12).
 * The first quote of each UTC day stands for that day (the nearest to 00:00 UTC); the figures are expanded exactly.
 */
export function parseCmcHourlySupplyTsv(text: string, file: string): ParsedSupply {
  const records = readCsvRecords(text, "\t");
  requireColumns(records, ["total_supply", "circulating_supply", "last_updated_ts"], file);
  const firstOfDay = new Map<string, { ts: number; record: Record<string, string> }>();
  for (const record of records) {
    const ts = Number(record.last_updated_ts);
    if (!Number.isFinite(ts)) throw new Error(`${file}: bad last_updated_ts "${record.last_updated_ts}"`);
    const day = toUtcDay(new Date(ts));
    const seen = firstOfDay.get(day);
    if (!seen || ts < seen.ts) firstOfDay.set(day, { ts, record });
  }
  const points = [...firstOfDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, { record }]) => ({
      day,
      total: toDecimalString(record.total_supply ?? ""),
      circulating: toDecimalString(record.circulating_supply ?? ""),
    }));
  return {
    points,
    quirksHandled: [
      `about hourly quotes (${records.length}) reduced to the first quote of each UTC day`,
      "supplies written in exponent notation expanded to exact decimals",
      "timestamps in EDT read through last_updated_ts (Unix milliseconds)",
    ],
  };
}
