import { formatMonthYear } from "@/lib/journal/format/dates";
import { addDays, weekdayOf } from "@/lib/time";

/*
 * Pure helpers for the month calendar. Months are "YYYY-MM"; dates "YYYY-MM-DD" (local dates in
 * the person's zone: the journal stores them so).
 */

export const PAIN_LEVELS = ["none", "mild", "moderate", "severe", "not-rated", "no-entry"] as const;
export type PainLevel = (typeof PAIN_LEVELS)[number];

/** What each level means, for the legend and for the words read out in each day. */
export const PAIN_LEVEL_LABELS: Record<PainLevel, string> = {
  none: "no pain (0)",
  mild: "mild (1–3)",
  moderate: "moderate (4–6)",
  severe: "severe (7–10)",
  "not-rated": "checked in, no rating",
  "no-entry": "no check-in",
};

/** The word read out after a day's number. */
export const PAIN_LEVEL_WORDS: Record<PainLevel, string> = {
  none: "no pain",
  mild: "mild",
  moderate: "moderate",
  severe: "severe",
  "not-rated": "checked in, no rating",
  "no-entry": "no check-in",
};

/**
 * The usual bands of the 0–10 rating scale, applied to the day pain rounded to a whole point (as
 * the calendar shows it): 0 none, 1–3 mild, 4–6 moderate, 7–10 severe.
 */
export function painLevelOf({
  dayPain,
  hasCheckIn,
}: {
  dayPain: number | null;
  hasCheckIn: boolean;
}): PainLevel {
  if (dayPain === null) return hasCheckIn ? "not-rated" : "no-entry";
  const rounded = Math.round(dayPain);
  if (rounded === 0) return "none";
  if (rounded <= 3) return "mild";
  if (rounded <= 6) return "moderate";
  return "severe";
}

/** Day pain as printed in a day: one decimal, without a trailing ".0" ("4.5", "7"). */
export function formatDayPain(dayPain: number): string {
  return String(Math.round(dayPain * 10) / 10);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first and last date of a month. */
export function monthBounds(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from, to: `${month}-${String(last).padStart(2, "0")}` };
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, monthNumber - 1 + count, 1));
  return shifted.toISOString().slice(0, 7);
}

export function datesOfMonth(month: string): string[] {
  const { from, to } = monthBounds(month);
  const dates = [from];
  while (dates.at(-1) !== to) dates.push(addDays(dates.at(-1) as string, 1));
  return dates;
}

/**
 * The month laid out in weeks from Monday to Sunday (the journal's weeks start on Monday), with
 * null for the places before the first and after the last date.
 */
export function weeksOf<T extends { date: string }>(days: T[]): (T | null)[][] {
  const first = days[0];
  if (!first) return [];
  const lead = (weekdayOf(first.date) + 6) % 7;
  const cells: (T | null)[] = [...Array.from({ length: lead }, () => null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (T | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** "March 2026" */
export function formatMonth(month: string): string {
  return formatMonthYear(`${month}-01`);
}
