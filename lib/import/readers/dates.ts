import { EARLIEST_DATE } from "@/lib/journal/vocabulary/limits";
import { isIsoDate, type PartOfDay } from "@/lib/time";
import { instantAt, journalSlotFor, latestPossibleDate, localClock } from "@/lib/time-zone";

/**
 * Dates and times as people write them in spreadsheets, read into the journal's terms: a local
 * date (YYYY-MM-DD) and, when there is one, a local clock time in the person's zone. A date
 * with a UTC offset ("2026-03-01T07:30:00Z") is an instant and is moved into the person's zone.
 */

/** How to read a date whose day and month are both numbers (01/03/2026). */
export const DATE_ORDERS = ["DMY", "MDY"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export type LocalTime = { hour: number; minute: number };
export type ReadDate = { date: string; time: LocalTime | null };

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:[ T,]+(.+))?$/;
const NAMED_MONTH_FIRST = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:[ T,]+(.+))?$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]{3,9})\.?,? (\d{4})(?:[ T,]+(.+))?$/i;
const WEEKDAY_PREFIX = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const isoOf = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return index === -1 ? null : index + 1;
}

/** "20:30", "8:30 pm", "8 PM", "08.30", "20:30:15" → a clock time; null when it is none. */
export function readTime(text: string): LocalTime | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[4]?.toLowerCase().replaceAll(".", "");
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  } else if (match[2] === undefined) {
    return null; // A bare number ("8") is not a time.
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function withTime(date: string, rest: string | undefined): ReadDate | null {
  if (!isIsoDate(date)) return null;
  if (rest === undefined) return { date, time: null };
  const time = readTime(rest);
  return time ? { date, time } : null;
}

/**
 * A date cell in any of the common spellings: 2026-03-01, 2026-03-01 08:30, 01/03/2026 (or
 * 03/01/2026 with "MDY"), 1.3.26, March 1, 2026, 1 Mar 2026, Sun, 1 March 2026. An ISO date-time
 * with an offset or Z is an instant, read on the clock of `timeZone`. Null when it is not a
 * real date.
 */
export function readDate({
  text,
  order,
  timeZone,
}: {
  text: string;
  order: DateOrder;
  timeZone: string;
}): ReadDate | null {
  const trimmed = text.trim().replace(WEEKDAY_PREFIX, "");
  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso) {
    const date = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!isIsoDate(date)) return null;
    if (iso[4] === undefined) return { date, time: null };
    const time = { hour: Number(iso[4]), minute: Number(iso[5]) };
    if (time.hour > 23 || time.minute > 59) return null;
    if (!iso[7]) return { date, time };
    const instant = new Date(trimmed.replace(" ", "T"));
    if (Number.isNaN(instant.getTime())) return null;
    const clock = localClock(instant, timeZone);
    return { date: clock.date, time: { hour: clock.hour, minute: clock.minute } };
  }
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const year = numeric[3]?.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const [day, month] = order === "DMY" ? [first, second] : [second, first];
    return withTime(isoOf(year, month, day), numeric[4]);
  }
  const monthFirst = NAMED_MONTH_FIRST.exec(trimmed);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? "");
    if (month === null) return null;
    return withTime(isoOf(Number(monthFirst[3]), month, Number(monthFirst[2])), monthFirst[4]);
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? "");
    if (month === null) return null;
    return withTime(isoOf(Number(dayFirst[3]), month, Number(dayFirst[1])), dayFirst[4]);
  }
  return null;
}

/** Why a date the journal cannot hold is refused, or null when it can hold it. */
export function dateRangeProblem(date: string): string | null {
  if (date < EARLIEST_DATE) return "is before 1900";
  if (date > latestPossibleDate()) return "hasn't happened yet";
  return null;
}

/**
 * Where a moment written as a local date and clock time files, exactly as a quick log made then
 * would: its instant in the person's zone, its journal date (00:00–03:59 belongs to the day
 * before) and its part of day.
 */
export function slotAt({
  date,
  time,
  timeZone,
}: {
  date: string;
  time: LocalTime;
  timeZone: string;
}): { occurredAt: string; localDate: string; partOfDay: PartOfDay } {
  const instant = instantAt({ date, hour: time.hour, minute: time.minute, timeZone });
  return { occurredAt: instant.toISOString(), ...journalSlotFor(instant, timeZone) };
}

/** "08:05" */
export const timeLabel = (time: LocalTime) => `${pad(time.hour)}:${pad(time.minute)}`;
