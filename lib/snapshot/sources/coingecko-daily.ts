import { assertUtcDay } from "@/lib/days/utc-day";
import type { SnapshotPricePoint } from "../snapshot-format";
import { readCsvRecords, readOptionalNumber, requireColumns } from "./csv";

export type ParsedPrices = { points: SnapshotPricePoint[]; quirksHandled: string[] };

/**
 * CoinGecko daily points at 00:00 UTC: `date,price,total_volume,market_cap,coin_name`. Dates carry a time part in
 * some files; a market cap of 0 (or empty) means unknown, never zero.
 */
export function parseCoingeckoDailyCsv(text: string, file: string): ParsedPrices {
  const records = readCsvRecords(text);
  requireColumns(records, ["date", "price", "total_volume", "market_cap"], file);
  let unknownMarketCaps = 0;
  let droppedTimeParts = 0;
  const points = records.map((record): SnapshotPricePoint => {
    const rawDate = record.date ?? "";
    if (rawDate.length > 10) droppedTimeParts++;
    const priceUsd = readOptionalNumber(record.price, true);
    if (priceUsd === null) throw new Error(`${file}: no price on ${rawDate}`);
    const marketCapUsd = readOptionalNumber(record.market_cap, true);
    if (marketCapUsd === null) unknownMarketCaps++;
    return { day: assertUtcDay(rawDate.slice(0, 10)), priceUsd, marketCapUsd, volumeUsd: readOptionalNumber(record.total_volume, false) };
  });
  const quirksHandled = [];
  if (unknownMarketCaps > 0) quirksHandled.push(`market_cap 0 or empty means unknown: stored as null on ${unknownMarketCaps} days`);
  if (droppedTimeParts > 0) quirksHandled.push(`dates carry a 00:00:00.000 time part: read as the UTC day (${droppedTimeParts} rows)`);
  return { points, quirksHandled };
}

/** A price-only CoinGecko export: `timestamp,price`, one row per UTC day. */
export function parseCoingeckoPriceOnlyCsv(text: string, file: string): ParsedPrices {
  const records = readCsvRecords(text);
  requireColumns(records, ["timestamp", "price"], file);
  const points = records.map((record): SnapshotPricePoint => {
    const priceUsd = readOptionalNumber(record.price, true);
    if (priceUsd === null) throw new Error(`${file}: no price on ${record.timestamp}`);
    return { day: assertUtcDay((record.timestamp ?? "").slice(0, 10)), priceUsd, marketCapUsd: null, volumeUsd: null };
  });
  return { points, quirksHandled: ["price only: market cap and volume are unknown in this source"] };
}
