import "server-only";
import { listCheckInDates } from "@/lib/journal/data";
import { listDayRecords } from "@/lib/patterns/data";
import { datesOfMonth, monthBounds, painLevelOf } from "./grid/month";
import type { CalendarDayDTO } from "./types";

/**
 * Every date of `month` for the person, with its day pain and whether they checked in. Day pain
 * comes from the same SQL as the Patterns page (lib/patterns/data.ts `listDayRecords`: each part
 * of day's median over check-in ratings and quick logs, then their mean), over the local dates
 * the journal files entries under in the person's zone, so the calendar, the journal and the
 * patterns always agree on a day. Both reads are scoped to the person.
 */
export async function listCalendarDays({
  userId,
  month,
  today,
}: {
  userId: string;
  month: string;
  /** The person's latest date (their calendar date now): later dates are marked future. */
  today: string;
}): Promise<CalendarDayDTO[]> {
  const range = monthBounds(month);
  const [records, checkInDates] = await Promise.all([
    listDayRecords({ userId, ...range }),
    listCheckInDates({ userId, ...range }),
  ]);
  const painByDate = new Map(records.map((record) => [record.date, record.dayPain]));
  const checkedIn = new Set(checkInDates);
  return datesOfMonth(month).map((date) => {
    const dayPain = painByDate.get(date) ?? null;
    const hasCheckIn = checkedIn.has(date);
    return {
      date,
      dayPain,
      hasCheckIn,
      level: painLevelOf({ dayPain, hasCheckIn }),
      isFuture: date > today,
    };
  });
}
