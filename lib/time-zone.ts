import { TZDate } from "@date-fns/tz";
import {
  addDays,
  JOURNAL_DAY_START_HOUR,
  type PartOfDay,
  parseIsoDate,
  partOfDayForHour,
} from "./time";

/**
 * Time-zone rules of the journal. Instants are stored in UTC; the local date and part of day are
 * computed in the person's zone at the time of the entry (the day's rules: lib/time.ts). Kept
 * apart from lib/time.ts because the zone library has no place in a page's first load.
 */

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

/**
 * The latest calendar date anywhere on Earth right now (UTC+14): no one can have lived a later
 * day, whatever their zone.
 */
export function latestPossibleDate(now: Date = new Date()): string {
  return calendarDateFor(now, "Pacific/Kiritimati");
}
