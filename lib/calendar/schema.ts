import { z } from "zod";

/** A calendar month as the URL carries it: "2026-03". Years before 1900 are not journal years. */
export const calendarMonthSchema = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, {
  error: "Enter the month as year-month, e.g. 2026-03.",
});

export type CalendarMonth = z.infer<typeof calendarMonthSchema>;
