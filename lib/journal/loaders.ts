import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { isIsoDate } from "@/lib/time";
import { calendarDateFor, journalDateFor, journalSlotFor } from "@/lib/time-zone";
import { getCheckInFormData } from "./data";
import { quickLogTime } from "./format/times";
import { getJournalPage } from "./history/data";
import { getQuickLogFormData } from "./quick-log/data";
import { journalFiltersSchema } from "./schema";
import { EARLIEST_DATE } from "./vocabulary/limits";

/** Where "today" is for the signed-in person: the date tonight's check-in files under by default. */
function journalToday(timeZone: string, now: Date) {
  return { today: journalDateFor(now, timeZone), latestDate: calendarDateFor(now, timeZone) };
}

/**
 * The nightly check-in for the signed-in person (redirects to sign-in otherwise). Opens
 * `requestedDate` when it is a real date up to today, else the default date: today, or
 * yesterday between midnight and 4 a.m.
 */
export const loadCheckInForm = cache(async (requestedDate?: string) => {
  const user = await requireUser();
  const { today, latestDate } = journalToday(user.timeZone, new Date());
  const isUsable =
    isIsoDate(requestedDate) && requestedDate >= EARLIEST_DATE && requestedDate <= latestDate;
  const date = isUsable ? requestedDate : today;
  const form = await getCheckInFormData({ userId: user.id, date });
  return {
    ...form,
    // The phone's first load carries no time-zone code: the quick logs' local times come from here.
    quickLogTimes: Object.fromEntries(
      form.quickLogs.map((log) => [log.id, quickLogTime(log.occurredAt, user.timeZone)]),
    ),
    today,
    latestDate,
    timeZone: user.timeZone,
    isRequestedDateIgnored: requestedDate !== undefined && !isUsable,
  };
});

/**
 * One page of the signed-in person's journal (redirects to sign-in otherwise), filtered by the
 * URL's search parameters; unreadable filters are ignored.
 */
export const loadJournalPage = cache(
  async (searchParams: Record<string, string | string[] | undefined>) => {
    const user = await requireUser();
    const first = (value: string | string[] | undefined) =>
      Array.isArray(value) ? value[0] : value || undefined;
    const filters = journalFiltersSchema.parse({
      from: first(searchParams.from),
      to: first(searchParams.to),
      tag: first(searchParams.tag),
      before: first(searchParams.before),
    });
    const page = await getJournalPage({ userId: user.id, filters });
    return {
      ...page,
      filters,
      timeZone: user.timeZone,
      ...journalToday(user.timeZone, new Date()),
    };
  },
);

/** The quick-log form for the signed-in person (redirects to sign-in otherwise). */
export const loadQuickLogForm = cache(async () => {
  const user = await requireUser();
  const form = await getQuickLogFormData({ userId: user.id });
  const now = new Date();
  return { ...form, timeZone: user.timeZone, now: journalSlotFor(now, user.timeZone) };
});
