import { addDays } from "@/lib/days/utc-day";

export type BurnRow = { day: string; periodDays: number; amount: string };

/**
 * Burned per year over the last `windowDays` days up to the last covered day, from rows that each cover `periodDays`
 * days. Only rows wholly inside the window count, and the rate is scaled by the days they actually cover, so a
 * week of missing reports lowers nothing and inflates nothing.
 */
export function recentBurnRate(rows: BurnRow[], windowDays: number): { perYear: number; perDay: number; fromDay: string; toDay: string; coveredDays: number } | null {
  const last = rows[rows.length - 1];
  if (!last) return null;
  const toDay = addDays(last.day, last.periodDays - 1);
  const fromDay = addDays(toDay, -(windowDays - 1));
  let amount = 0;
  let coveredDays = 0;
  for (const row of rows) {
    if (row.day >= fromDay && addDays(row.day, row.periodDays - 1) <= toDay) {
      amount += Number(row.amount);
      coveredDays += row.periodDays;
    }
  }
  if (coveredDays === 0) return null;
  const perDay = amount / coveredDays;
  return { perYear: perDay * 365, perDay, fromDay, toDay, coveredDays };
}

/** Years until the supply falls to `target` if the same amount keeps being burned each year (nothing minted). */
export function yearsToReach(supply: number, target: number, perYear: number): number | null {
  if (target >= supply) return 0;
  if (perYear <= 0) return null;
  return (supply - target) / perYear;
}

/** Target supplies worth asking about: round steps below the current supply. */
export function defaultTargets(supply: number): number[] {
  const candidates = [6e12, 5e12, 1e12, 1e11, 1e10];
  return candidates.filter((target) => target < supply).slice(0, 4);
}

export type YearBurn = { year: string; amount: number; coveredDays: number; perYear: number };

/** Burned in each calendar year and the days its rows cover; the rate scales that to a whole year. */
export function burnsByYear(rows: BurnRow[]): YearBurn[] {
  const years = new Map<string, { amount: number; coveredDays: number }>();
  for (const row of rows) {
    const year = row.day.slice(0, 4);
    const entry = years.get(year) ?? { amount: 0, coveredDays: 0 };
    entry.amount += Number(row.amount);
    entry.coveredDays += row.periodDays;
    years.set(year, entry);
  }
  return [...years.entries()].map(([year, entry]) => ({ year, ...entry, perYear: (entry.amount / entry.coveredDays) * 365 }));
}
