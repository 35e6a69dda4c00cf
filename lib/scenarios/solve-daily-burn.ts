import { daysBetween } from "@/lib/days/utc-day";

export type DailyBurnQuestion = {
  startingSupply: number;
  startDay: string;
  /** The price must be reached at the end of this day. */
  targetDay: string;
  targetPriceUsd: number;
  /** The market cap expected on `targetDay`. */
  marketCapUsd: number;
  /** New tokens per day that the burn must also remove. */
  issuancePerDay: number;
};

export type DailyBurnAnswer =
  | { status: "burnNeeded"; dailyBurn: number; supplyNeeded: number; days: number }
  | { status: "alreadyThere"; dailyBurn: 0; supplyNeeded: number; days: number }
  | { status: "impossible"; reason: "supplyNeededNotPositive" | "targetDayNotAfterStart"; message: string };

/**
 * The constant daily burn that brings supply to S* = market cap / target price on the target day: (S0 − S*) / days,
 * plus the daily issuance it must also cancel. With supply falling in a straight line from S0 to S* > 0 the burn never
 * hits the zero-supply cap, so simulating it lands on S* exactly. "alreadyThere" when supply, issuance included, is at
 * or below S* on the day without burning.
 */
export function solveDailyBurnForPrice(question: DailyBurnQuestion): DailyBurnAnswer {
  const days = daysBetween(question.startDay, question.targetDay);
  if (days < 1) return { status: "impossible", reason: "targetDayNotAfterStart", message: "The target day must come after the start day." };
  const supplyNeeded = question.marketCapUsd / question.targetPriceUsd;
  if (!(supplyNeeded > 0 && Number.isFinite(supplyNeeded))) {
    return { status: "impossible", reason: "supplyNeededNotPositive", message: "That price at that market cap needs a supply of zero or less." };
  }
  const excess = question.startingSupply + question.issuancePerDay * days - supplyNeeded;
  if (excess <= 0) return { status: "alreadyThere", dailyBurn: 0, supplyNeeded, days };
  return { status: "burnNeeded", dailyBurn: excess / days, supplyNeeded, days };
}
