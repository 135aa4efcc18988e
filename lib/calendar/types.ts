import type { PainLevel } from "./grid/month";

/** One local date of the calendar month. */
export type CalendarDayDTO = {
  date: string;
  /** Day pain as the journal and Patterns compute it (mean of each part of day's median), or null. */
  dayPain: number | null;
  level: PainLevel;
  hasCheckIn: boolean;
  /** After the person's today: nothing to open yet. */
  isFuture: boolean;
};

export type CalendarMonthDTO = {
  month: string;
  /** Every date of the month, in order. */
  days: CalendarDayDTO[];
  previousMonth: string | null;
  nextMonth: string | null;
  currentMonth: string;
};
