import { addDays, JOURNAL_DAY_START_HOUR, type PartOfDay, partOfDayForHour } from "@/lib/time";
import { instantAt, localTimeLabel } from "@/lib/time-zone";

/**
 * When a dose was taken: a time on the person's clock, on a journal day. A journal day runs from
 * 4 a.m. to 4 a.m., so 01:30 on the day of 3 March is the night of 3 March, 4 March on the
 * calendar. A time that a DST change skips moves forward, as clocks do.
 */
export function doseMoment({
  date,
  time,
  timeZone,
}: {
  date: string;
  time: string;
  timeZone: string;
}): { takenAt: Date; partOfDay: PartOfDay } {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const calendarDate = hour < JOURNAL_DAY_START_HOUR ? addDays(date, 1) : date;
  return {
    takenAt: instantAt({ date: calendarDate, hour, minute, timeZone }),
    partOfDay: partOfDayForHour(hour),
  };
}

/** "08:30": the time of a dose on the person's clock. */
export function doseTime(takenAt: Date, timeZone: string): string {
  return localTimeLabel(takenAt, timeZone);
}
