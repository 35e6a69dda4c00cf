import { assertUtcDay } from "@/lib/days/utc-day";
import type { ParsedPrices } from "./coingecko-daily";
import { readCsvRecords, readOptionalNumber, requireColumns } from "./csv";

/**
 * Yahoo Finance daily OHLCV for a crypto pair (UTC days). Our price of day d is the price at 00:00 UTC, which is
 * Yahoo's Open of d; rows of "null" are days Yahoo has no data for and become gaps.
 */
export function parseYahooDailyCsv(text: string, file: string): ParsedPrices {
  const records = readCsvRecords(text);
  requireColumns(records, ["Date", "Open", "Close", "Volume"], file);
  const points: ParsedPrices["points"] = [];
  let nullRows = 0;
  for (const record of records) {
    const priceUsd = readOptionalNumber(record.Open, true);
    if (priceUsd === null) {
      nullRows++;
      continue;
    }
    points.push({ day: assertUtcDay(record.Date ?? ""), priceUsd, marketCapUsd: null, volumeUsd: readOptionalNumber(record.Volume, false) });
  }
  const quirksHandled = [
    "price is the day's Open (00:00 UTC), the same instant as CoinGecko's daily point; volume is the day's USD volume",
    "no market cap in this source",
  ];
  if (nullRows > 0) quirksHandled.push(`${nullRows} rows of null (no data) left as gaps`);
  return { points, quirksHandled };
}
