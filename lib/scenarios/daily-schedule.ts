import { daysBetween } from "@/lib/days/utc-day";
import type { ScenarioInput } from "./scenario-input-schema";
import { portablePow } from "./portable-math";
import { DAYS_PER_YEAR } from "./scenario-limits";

/**
 * The burn and issuance streams folded into a few numbers and one array, so a simulated day costs the same however
 * many streams there are. Day k is `startDay + k`; day 0 is the start, when supply is `startingSupply`.
 */
export type DailySchedule = {
  horizonDays: number;
  /** Share of the day's opening supply that proportional burns leave: Π (1 − rate)^(1/365). */
  keptFractionPerDay: number;
  /** Fixed-daily burns plus tax × volume: the part Monte Carlo runs scale by a random daily factor. */
  flowPerDay: number;
  issuancePerDay: number;
  /** Batch and one-off burns by day; index 0 (the start day) stays 0. */
  scheduledByDay: Float64Array;
};

export function compileDailySchedule(input: ScenarioInput): DailySchedule {
  const horizonDays = input.horizonDays;
  const scheduledByDay = new Float64Array(horizonDays + 1);
  let keptPerDay = 1;
  let flowPerDay = 0;
  for (const burn of input.burns) {
    switch (burn.kind) {
      case "fixedDaily":
        flowPerDay += burn.amountPerDay;
        break;
      case "tax":
        flowPerDay += burn.taxRate * burn.dailyVolume;
        break;
      case "proportional":
        keptPerDay *= portablePow(1 - burn.ratePerYear, 1 / DAYS_PER_YEAR);
        break;
      case "batch": {
        const first = burn.firstDay === undefined ? burn.everyDays : daysBetween(input.startDay, burn.firstDay);
        for (let day = first; day <= horizonDays; day += burn.everyDays) {
          if (day >= 1) scheduledByDay[day]! += burn.amount;
        }
        break;
      }
      case "oneOff": {
        const day = daysBetween(input.startDay, burn.day);
        if (day >= 1 && day <= horizonDays) scheduledByDay[day]! += burn.amount;
        break;
      }
    }
  }
  const issuancePerDay = input.issuance.reduce((total, stream) => total + stream.amountPerDay, 0);
  return { horizonDays, keptFractionPerDay: keptPerDay, flowPerDay, issuancePerDay, scheduledByDay };
}

/**
 * Supply at the end of `day`, given the supply it opens with. Issuance lands, proportional burns keep their share, then
 * the day's other burns come off; a result at or below zero means everything was burned, so supply is exactly 0.
 * Written as one increasing expression minus one burn term so that, even in floating point, a larger opening supply
 * never gives a smaller closing one and a larger burn never gives a larger one. Tokens burned that day are
 * `supply + issuancePerDay − result`.
 */
export function advanceDay(schedule: DailySchedule, supply: number, day: number, flowMultiplier: number): number {
  const remaining = supply * schedule.keptFractionPerDay + schedule.issuancePerDay - (schedule.flowPerDay * flowMultiplier + schedule.scheduledByDay[day]!);
  return remaining > 0 ? remaining : 0;
}
