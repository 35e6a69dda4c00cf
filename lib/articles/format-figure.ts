import { formatCompactUsd, formatUsdPrice } from "@/lib/format/numbers";

const words: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** A token amount for prose: "6.53 trillion LUNC", "352.6 million LUNC", "12,345 LUNC". */
export function formatTokenAmount(value: number, symbol = "LUNC"): string {
  const size = Math.abs(value);
  for (const [scale, word] of words) {
    if (size >= scale) return `${trimNumber(value / scale, 4)} ${word} ${symbol}`;
  }
  return `${Math.round(value).toLocaleString("en-US")} ${symbol}`;
}

/** A USD amount for prose: prices with significant digits, large sums in words ("$363.05 million"). */
export function formatUsdAmount(value: number): string {
  const size = Math.abs(value);
  for (const [scale, word] of words) {
    if (size >= scale) return `$${trimNumber(value / scale, 3)} ${word}`;
  }
  if (size >= 1000) return formatCompactUsd(value);
  return formatUsdPrice(value);
}

export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  const size = Math.abs(percent);
  let digits = size >= 10 ? 1 : size >= 1 ? 2 : 3;
  // A fall of 99.9998% must not read as 100%: near 100 keep as many decimals as it takes to show it is not all.
  while (size < 100 && digits < 8 && Number(size.toFixed(digits)) >= 100) digits += 1;
  return `${trimNumber(percent, digits, true)}%`;
}

export function formatYears(years: number): string {
  if (years >= 100) return `${Math.round(years).toLocaleString("en-US")} years`;
  return `${trimNumber(years, 1, true)} years`;
}

export function formatMultiple(ratio: number): string {
  return ratio >= 100 ? `${Math.round(ratio).toLocaleString("en-US")}×` : `${trimNumber(ratio, 1, true)}×`;
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** Significant digits for values above 1 in words; fixed decimals when `fixed`. */
function trimNumber(value: number, digits: number, fixed = false): string {
  if (fixed) return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return value.toLocaleString("en-US", { maximumSignificantDigits: Math.max(digits, String(Math.trunc(Math.abs(value))).length), minimumSignificantDigits: 1 });
}
