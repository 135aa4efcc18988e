import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { calendarDateFor } from "@/lib/time-zone";
import { listCalendarDays } from "./data";
import { addMonths, monthOf } from "./grid/month";
import { calendarMonthSchema } from "./schema";
import type { CalendarMonthDTO } from "./types";

/** The oldest month the calendar goes back to (the journal's earliest date). */
const FIRST_MONTH = "1900-01";

/**
 * The month calendar of the signed-in person (redirects to sign-in otherwise). `requested` is
 * the URL's `month`; an unreadable or future month shows the person's current month instead.
 */
export const loadCalendarMonth = cache(async (requested: string | undefined) => {
  const user = await requireUser();
  const today = calendarDateFor(new Date(), user.timeZone);
  const currentMonth = monthOf(today);
  const parsed = calendarMonthSchema.safeParse(requested);
  const isUsable = parsed.success && parsed.data <= currentMonth;
  const month = isUsable ? parsed.data : currentMonth;
  const days = await listCalendarDays({ userId: user.id, month, today });
  return {
    month,
    days,
    currentMonth,
    previousMonth: month > FIRST_MONTH ? addMonths(month, -1) : null,
    nextMonth: month < currentMonth ? addMonths(month, 1) : null,
    isRequestedMonthIgnored: requested !== undefined && !isUsable,
  } satisfies CalendarMonthDTO & { isRequestedMonthIgnored: boolean };
});
