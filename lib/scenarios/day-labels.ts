import { dayToEpochMs } from "@/lib/days/utc-day";

const msPerDay = 86_400_000;
const twoDigits = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, "0"));

type CivilDay = { year: number; month: number; day: number };

/** Days since 1970-01-01 to a calendar date, by Howard Hinnant's civil-from-days arithmetic (proleptic Gregorian). */
function toCivilDay(epochDay: number): CivilDay {
  const shifted = epochDay + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function countDaysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Labels for many offsets from one start day: `label(k)` equals `addDays(startDay, k)`. It remembers the month of the
 * last label, so a run of nearby days costs one short string concatenation each: a century of daily labels takes about
 * a millisecond instead of the tens that a Date and an ISO string per day take. Years 1000 to 9999, as day strings are.
 */
export function createDayLabeller(startDay: string): (offset: number) => string {
  const startEpochDay = Math.round(dayToEpochMs(startDay) / msPerDay);
  let monthFirst = 1;
  let monthLast = 0;
  let prefix = "";
  return (offset) => {
    const epochDay = startEpochDay + offset;
    if (epochDay < monthFirst || epochDay > monthLast) {
      const civil = toCivilDay(epochDay);
      monthFirst = epochDay - civil.day + 1;
      monthLast = monthFirst + countDaysInMonth(civil.year, civil.month) - 1;
      prefix = `${civil.year}-${twoDigits[civil.month]}-`;
    }
    return prefix + twoDigits[epochDay - monthFirst + 1];
  };
}
