import { advanceDay, compileDailySchedule } from "./daily-schedule";
import type { ScenarioInput } from "./scenario-input-schema";

/** Day-by-day arrays indexed by day offset: index 0 is the start day, index k is `startDay + k`. */
export type DailySupplyPath = {
  /** Supply at the end of each day. */
  supply: Float64Array;
  /** Tokens burned on each day (0 on the start day). */
  burned: Float64Array;
  cumulativeBurned: Float64Array;
  issuancePerDay: number;
};

/** The deterministic path: every stream at its stated size, every day of the horizon. */
export function simulateDailySupply(input: ScenarioInput): DailySupplyPath {
  const schedule = compileDailySchedule(input);
  const length = input.horizonDays + 1;
  const supply = new Float64Array(length);
  const burned = new Float64Array(length);
  const cumulativeBurned = new Float64Array(length);
  let current = input.startingSupply;
  let total = 0;
  supply[0] = current;
  for (let day = 1; day < length; day += 1) {
    const next = advanceDay(schedule, current, day, 1);
    const dayBurn = current + schedule.issuancePerDay - next;
    current = next;
    total += dayBurn;
    supply[day] = current;
    burned[day] = dayBurn;
    cumulativeBurned[day] = total;
  }
  return { supply, burned, cumulativeBurned, issuancePerDay: schedule.issuancePerDay };
}
