import { TZDate } from "@date-fns/tz";

/**
 * Time-zone rules of the journal. Instants are stored in UTC; the local date and part of day are
 * computed in the person's zone at the time of the entry. A journal day runs 04:00 → 04:00 local:
 * MORNING 04:00–11:59, AFTERNOON 12:00–16:59, EVENING 17:00–21:59, NIGHT 22:00–03:59, and a time
 * between 00:00 and 03:59 is the NIGHT of the previous date.
 */

/** The parts of a journal day, in order. */
export const PARTS_OF_DAY = ["MORNING", "AFTERNOON", "EVENING", "NIGHT"] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Local hour at which a journal day begins; earlier times belong to the day before. */
export const JOURNAL_DAY_START_HOUR = 4;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The wall-clock date (YYYY-MM-DD), hour and minute of an instant in a time zone. */
export function localClock(instant: Date, timeZone: string) {
  const local = new TZDate(instant.getTime(), timeZone);
  const date = [
    String(local.getFullYear()).padStart(4, "0"),
    String(local.getMonth() + 1).padStart(2, "0"),
    String(local.getDate()).padStart(2, "0"),
  ].join("-");
  return { date, hour: local.getHours(), minute: local.getMinutes() };
}

/** The part of day of a local hour (0–23). */
export function partOfDayForHour(hour: number): PartOfDay {
  if (hour >= JOURNAL_DAY_START_HOUR && hour < 12) return "MORNING";
  if (hour >= 12 && hour < 17) return "AFTERNOON";
  if (hour >= 17 && hour < 22) return "EVENING";
  return "NIGHT";
}

/** The part of day an instant falls in, on the person's local clock. */
export function partOfDayFor(instant: Date, timeZone: string): PartOfDay {
  return partOfDayForHour(localClock(instant, timeZone).hour);
}

/** The calendar date of an instant in a zone (midnight to midnight). */
export function calendarDateFor(instant: Date, timeZone: string): string {
  return localClock(instant, timeZone).date;
}

/**
 * The journal date an instant belongs to: its local date, or the date before when it falls
 * between 00:00 and 03:59 local time. It is also the date a nightly check-in opens on.
 */
export function journalDateFor(instant: Date, timeZone: string): string {
  const { date, hour } = localClock(instant, timeZone);
  return hour < JOURNAL_DAY_START_HOUR ? addDays(date, -1) : date;
}

/** Where a quick log made at `instant` files: its journal date and part of day. */
export function journalSlotFor(instant: Date, timeZone: string) {
  const { date, hour } = localClock(instant, timeZone);
  return {
    localDate: hour < JOURNAL_DAY_START_HOUR ? addDays(date, -1) : date,
    partOfDay: partOfDayForHour(hour),
  };
}

/** The instant of a wall-clock time in a zone (a time skipped by DST moves forward, as clocks do). */
export function instantAt({
  date,
  hour,
  minute = 0,
  timeZone,
}: {
  date: string;
  hour: number;
  minute?: number;
  timeZone: string;
}): Date {
  const [year, month, day] = parseIsoDate(date);
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}

/** "14:05", the local time of an instant. */
export function localTimeLabel(instant: Date, timeZone: string): string {
  const { hour, minute } = localClock(instant, timeZone);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
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

function parseIsoDate(date: string): [number, number, number] {
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

/**
 * The latest calendar date anywhere on Earth right now (UTC+14): no one can have lived a later
 * day, whatever their zone.
 */
export function latestPossibleDate(now: Date = new Date()): string {
  return calendarDateFor(now, "Pacific/Kiritimati");
}
