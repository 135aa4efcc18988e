import { daysBetween, type PartOfDay, toDbDate } from "@/lib/time";
import { PART_OF_DAY_LABELS } from "../vocabulary/terms";

/**
 * Display formatting. Dates are civil dates spelled out from fixed English names rather than
 * Intl, whose punctuation differs between ICU versions: the server and every browser print the
 * same words (no hydration mismatch).
 */
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateParts(date: string) {
  const utc = toDbDate(date);
  return {
    weekday: WEEKDAYS[utc.getUTCDay()] ?? "",
    day: utc.getUTCDate(),
    month: MONTHS[utc.getUTCMonth()] ?? "",
    year: utc.getUTCFullYear(),
  };
}

/** "Tuesday 24 November 2026" */
export function formatLongDate(date: string): string {
  const { weekday, day, month, year } = dateParts(date);
  return `${weekday} ${day} ${month} ${year}`;
}

/** "November 2026" */
export function formatMonthYear(date: string): string {
  const { month, year } = dateParts(date);
  return `${month} ${year}`;
}

/** "Tue 24 Nov" */
export function formatShortDate(date: string): string {
  const { weekday, day, month } = dateParts(date);
  return `${weekday.slice(0, 3)} ${day} ${month.slice(0, 3)}`;
}

/** "today", "yesterday", "tomorrow" or null, relative to the person's journal date `today`. */
export function relativeDayName(date: string, today: string): string | null {
  const offset = daysBetween(today, date);
  if (offset === 0) return "today";
  if (offset === -1) return "yesterday";
  if (offset === 1) return "tomorrow";
  return null;
}

/** "Tuesday 24 November 2026 (yesterday)" */
export function formatDateWithRelative(date: string, today: string): string {
  const relative = relativeDayName(date, today);
  return relative ? `${formatLongDate(date)} (${relative})` : formatLongDate(date);
}

export function partOfDayLabel(partOfDay: PartOfDay | null): string {
  return partOfDay ? PART_OF_DAY_LABELS[partOfDay].label : "Whole day";
}
