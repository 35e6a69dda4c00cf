import { dayToEpochMs, daysBetween, toUtcDay } from "@/lib/days/utc-day";

export type Resolution = "daily" | "monthly";

/**
 * The day offsets (1 … horizonDays after the start day) that a result reports. Monthly output reports the last day of
 * each month, plus the horizon's last day when it falls mid-month, so the end state is always shown.
 */
export function listOutputDays(startDay: string, horizonDays: number, resolution: Resolution): number[] {
  if (resolution === "daily") {
    // A plain loop: Array.from with a callback costs about a millisecond over a century of days.
    const every: number[] = new Array<number>(horizonDays);
    for (let index = 0; index < horizonDays; index += 1) every[index] = index + 1;
    return every;
  }
  const start = new Date(dayToEpochMs(startDay));
  const days: number[] = [];
  for (let monthsAhead = 0; ; monthsAhead += 1) {
    // Day 0 of the following month is the last day of this one.
    const monthEnd = toUtcDay(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + monthsAhead + 1, 0)));
    const offset = daysBetween(startDay, monthEnd);
    if (offset > horizonDays) break;
    if (offset >= 1) days.push(offset);
  }
  if (days.at(-1) !== horizonDays) days.push(horizonDays);
  return days;
}
