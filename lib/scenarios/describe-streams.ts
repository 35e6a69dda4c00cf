import type { BurnStream, IssuanceStream } from "./burn-stream-schema";
import { formatLargeNumber, formatPercent } from "./format-scenario-numbers";

/** "a", "a and b", "a, b and c". */
export function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
}

function describeBurn(burn: Exclude<BurnStream, { kind: "oneOff" }>, symbol: string): string {
  switch (burn.kind) {
    case "fixedDaily":
      return `${formatLargeNumber(burn.amountPerDay)} ${symbol} burned a day`;
    case "proportional":
      return `${formatPercent(burn.ratePerYear)} of supply burned a year`;
    case "tax":
      return `a ${formatPercent(burn.taxRate)} burn tax on ${formatLargeNumber(burn.dailyVolume)} ${symbol} traded a day`;
    case "batch":
      return `${formatLargeNumber(burn.amount)} ${symbol} burned every ${burn.everyDays === 1 ? "day" : `${burn.everyDays} days`}`;
  }
}

/**
 * One phrase per stream, in input order, each reading after "At …": "500 million LUNC burned a day". More than two
 * one-off burns are folded into one phrase so a long list of dates doesn't drown the sentence.
 */
export function describeBurnStreams(burns: readonly BurnStream[], symbol: string): string[] {
  const oneOffs = burns.filter((burn) => burn.kind === "oneOff");
  const phrases = burns.flatMap((burn) => (burn.kind === "oneOff" ? [] : [describeBurn(burn, symbol)]));
  if (oneOffs.length > 2) {
    const total = oneOffs.reduce((sum, burn) => sum + burn.amount, 0);
    phrases.push(`${oneOffs.length} one-off burns totalling ${formatLargeNumber(total)} ${symbol}`);
  } else {
    for (const burn of oneOffs) phrases.push(`a one-off burn of ${formatLargeNumber(burn.amount)} ${symbol} on ${burn.day}`);
  }
  return phrases;
}

/** "10.0 million LUNC issued a day", or null without issuance. */
export function describeIssuance(issuance: readonly IssuanceStream[], symbol: string): string | null {
  const perDay = issuance.reduce((sum, stream) => sum + stream.amountPerDay, 0);
  return perDay > 0 ? `${formatLargeNumber(perDay)} ${symbol} issued a day` : null;
}
