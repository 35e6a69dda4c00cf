import { z } from "zod";

/**
 * `total` is every burn together, as the burn trackers count it; the other kinds are parts of it that a source
 * reports on its own, so they must never be added to `total`.
 */
export const burnKinds = ["total", "tax", "wallet_transfer", "exchange_batch", "one_off"] as const;
export const burnKindSchema = z.enum(burnKinds);
export type BurnKind = z.infer<typeof burnKindSchema>;

export const burnKindLabels: Record<BurnKind, string> = {
  total: "All burns",
  tax: "On-chain burn tax",
  wallet_transfer: "Burn-wallet transfers",
  exchange_batch: "Reported exchange batches",
  one_off: "One-off burns",
};
