const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a local calendar date. Dates are civil dates, so UTC arithmetic is
 * exact and independent of the machine's time zone and its DST changes.
 */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY);
}

export function dateFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, like `DayRecord.weekday`. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(n: number): { label: string; monday: number } {
  const monday = n - ((weekdayOf(n) + 6) % 7);
  const thursday = monday + 3;
  const year = Number(dateFromDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return { label: `${year}-W${String(week).padStart(2, "0")}`, monday };
}
