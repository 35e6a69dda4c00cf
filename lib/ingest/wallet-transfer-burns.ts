import { addDays } from "@/lib/days/utc-day";
import { addDecimalStrings, subtractDecimalStrings } from "@/lib/numbers/decimal";
import type { SnapshotBurnPoint } from "@/lib/snapshot/snapshot-format";

export type WalletReading = { day: string; value: string };

/**
 * LUNC sent to the burn wallet counts as burned (the wallet is swept into the chain's burn now and then), so the day's
 * burn-wallet transfers are what its balance gained since the day before. A balance lower than yesterday's means a
 * sweep came in between: then at least today's whole balance arrived since, and the row says it is a lower bound.
 * Without yesterday's reading nothing can be said, and no row is made.
 */
export function deriveWalletTransferBurn(yesterday: WalletReading | null, today: WalletReading, runningTotalBefore: string | null): { point: SnapshotBurnPoint | null; note: string } {
  if (!yesterday || yesterday.day !== addDays(today.day, -1)) {
    return { point: null, note: `no burn-wallet reading for ${addDays(today.day, -1)}: the day's transfers need the balance of the day before` };
  }
  const gained = subtractDecimalStrings(today.value, yesterday.value);
  const swept = gained.startsWith("-");
  const amount = swept ? today.value : gained;
  const note = swept
    ? `the wallet was swept since ${yesterday.day} (balance ${yesterday.value} → ${today.value}); at least today's balance was sent to it`
    : `the burn wallet's balance rose from ${yesterday.value} to ${today.value}`;
  return { point: { day: today.day, periodDays: 1, kind: "wallet_transfer", amount, runningTotal: addDecimalStrings(runningTotalBefore ?? "0", amount), note }, note };
}
