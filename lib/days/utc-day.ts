// A day is a "YYYY-MM-DD" string naming a UTC calendar day: it sorts, compares and stores the same everywhere.
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const msPerDay = 86_400_000;

export function isUtcDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && toUtcDay(date) === value;
}

export function assertUtcDay(value: string): string {
  if (!isUtcDay(value)) throw new Error(`Not a UTC day (YYYY-MM-DD): "${value}"`);
  return value;
}

export function toUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dayToEpochMs(day: string): number {
  return Date.parse(`${assertUtcDay(day)}T00:00:00Z`);
}

export function addDays(day: string, count: number): string {
  return toUtcDay(new Date(dayToEpochMs(day) + count * msPerDay));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToEpochMs(to) - dayToEpochMs(from)) / msPerDay);
}

/** ISO weekday, 1 for Monday to 7 for Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(dayToEpochMs(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export type DayRange = { from: string; to: string };

/** The days between `first` and `last` (inclusive) that `present` lacks, folded into ranges. */
export function findMissingRanges(present: Iterable<string>, first: string, last: string): DayRange[] {
  const have = new Set(present);
  const ranges: DayRange[] = [];
  let open: DayRange | null = null;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (have.has(day)) {
      if (open) ranges.push(open);
      open = null;
    } else if (open) {
      open.to = day;
    } else {
      open = { from: day, to: day };
    }
  }
  if (open) ranges.push(open);
  return ranges;
}

export function countDays(ranges: DayRange[]): number {
  return ranges.reduce((total, range) => total + daysBetween(range.from, range.to) + 1, 0);
}
