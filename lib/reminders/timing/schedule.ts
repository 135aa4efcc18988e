import { addDays } from "@/lib/time";
import { instantAt, journalDateFor } from "@/lib/time-zone";

/** A reminder missed by a stopped server is still sent this long after its time, never later. */
export const CATCH_UP_MINUTES = 120;
export const DEFAULT_DAILY_MINUTE = 21 * 60;
const JOURNAL_DAY_START_MINUTE = 4 * 60;

/** "21:05" for 1265 minutes after midnight. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/**
 * The instant of the reminder for journal date `date`: its local time on that date, or on the
 * next calendar date for a time before 04:00 (after midnight still belongs to the day before).
 */
export function reminderInstant({
  date,
  dailyMinute,
  timeZone,
}: {
  date: string;
  dailyMinute: number;
  timeZone: string;
}): Date {
  return instantAt({
    date: dailyMinute < JOURNAL_DAY_START_MINUTE ? addDays(date, 1) : date,
    hour: Math.floor(dailyMinute / 60),
    minute: dailyMinute % 60,
    timeZone,
  });
}

/**
 * The journal date whose reminder is due at `now` (its time has come, less than
 * CATCH_UP_MINUTES ago), or null. Computed in the person's zone, so it follows DST.
 */
export function dueReminderDate({
  now,
  dailyMinute,
  timeZone,
}: {
  now: Date;
  dailyMinute: number;
  timeZone: string;
}): string | null {
  const today = journalDateFor(now, timeZone);
  for (const date of [today, addDays(today, -1)]) {
    const at = reminderInstant({ date, dailyMinute, timeZone }).getTime();
    if (at <= now.getTime() && now.getTime() < at + CATCH_UP_MINUTES * 60_000) return date;
  }
  return null;
}
