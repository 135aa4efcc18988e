/**
 * The journal's calendar: parts of the day and arithmetic on YYYY-MM-DD dates, none of which
 * depends on a time zone. A journal day runs 04:00 → 04:00 local: MORNING 04:00–11:59,
 * AFTERNOON 12:00–16:59, EVENING 17:00–21:59, NIGHT 22:00–03:59, and a time between 00:00 and
 * 03:59 is the NIGHT of the previous date. What needs the person's zone (an instant's local date,
 * hour or part of day) is in lib/time-zone.ts, so the browser's first load of Tonight and Log
 * pain, which needs only this file, carries no time-zone library.
 */

/** The parts of a journal day, in order. */
export const PARTS_OF_DAY = ["MORNING", "AFTERNOON", "EVENING", "NIGHT"] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Local hour at which a journal day begins; earlier times belong to the day before. */
export const JOURNAL_DAY_START_HOUR = 4;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The part of day of a local hour (0–23). */
export function partOfDayForHour(hour: number): PartOfDay {
  if (hour >= JOURNAL_DAY_START_HOUR && hour < 12) return "MORNING";
  if (hour >= 12 && hour < 17) return "AFTERNOON";
  if (hour >= 17 && hour < 22) return "EVENING";
  return "NIGHT";
}

/** True for a real calendar date written YYYY-MM-DD (no 2026-02-30, no 2026-2-3). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

/** [year, month, day] of a YYYY-MM-DD date (throws on anything else). */
export function parseIsoDate(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A calendar date as the Date that Prisma reads and writes for a `@db.Date` column. */
export function toDbDate(date: string): Date {
  const [year, month, day] = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

/** The YYYY-MM-DD of a `@db.Date` value read through Prisma (UTC midnight). */
export function fromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Calendar arithmetic on YYYY-MM-DD dates; independent of any zone and its DST changes. */
export function addDays(date: string, days: number): string {
  return fromDbDate(new Date(toDbDate(date).getTime() + days * MS_PER_DAY));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday for a calendar date. */
export function weekdayOf(date: string): number {
  return toDbDate(date).getUTCDay();
}
