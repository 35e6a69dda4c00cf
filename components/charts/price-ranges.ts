import { addDays } from "@/lib/days/utc-day";

export const priceRanges = ["7D", "30D", "90D", "1Y", "ALL"] as const;
export type PriceRange = (typeof priceRanges)[number];

const rangeDays: Record<Exclude<PriceRange, "ALL">, number> = { "7D": 7, "30D": 30, "90D": 90, "1Y": 365 };

/** The first day of a range that ends on the last stored day (the data may end long before today). */
export function rangeStartDay(range: PriceRange, lastDay: string): string | null {
  return range === "ALL" ? null : addDays(lastDay, -(rangeDays[range] - 1));
}
