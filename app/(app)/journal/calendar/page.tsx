import type { Metadata } from "next";
import Link from "next/link";
import { MonthCalendar } from "@/components/calendar/month-calendar";
import { MonthSummary } from "@/components/calendar/month-summary";
import { PainLegend } from "@/components/calendar/pain-legend";
import { formatMonth } from "@/lib/calendar/grid/month";
import { loadCalendarMonth } from "@/lib/calendar/loaders";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const requested = typeof params.month === "string" ? params.month : undefined;
  const { month, days, previousMonth, nextMonth, currentMonth, isRequestedMonthIgnored } =
    await loadCalendarMonth(requested);
  const monthName = formatMonth(month);
  return (
    <>
      <h1>Calendar</h1>
      <p className="lead">
        Each day coloured by its pain (the average over the parts of the day you rated). Tap a day
        to open it; with a keyboard, the arrow keys move between days.
      </p>
      {isRequestedMonthIgnored ? (
        <p className="notice notice--warning">
          That month can&rsquo;t be shown (it is not a month, or it hasn&rsquo;t come yet), so here
          is this month.
        </p>
      ) : null}
      <nav aria-label="Months" className="cal-nav">
        {previousMonth ? (
          <Link
            href={`/journal/calendar?month=${previousMonth}`}
            className="button button--secondary"
          >
            <span aria-hidden="true">← </span>
            {formatMonth(previousMonth)}
          </Link>
        ) : null}
        {nextMonth ? (
          <Link href={`/journal/calendar?month=${nextMonth}`} className="button button--secondary">
            {formatMonth(nextMonth)}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <MonthCalendar caption={`Day pain in ${monthName}`} days={days} />
      <PainLegend />
      <MonthSummary monthName={monthName} days={days} />
      <form method="get" action="/journal/calendar" className="card cal-jump">
        <div className="field">
          <label htmlFor="calendar-month">Go to a month</label>
          <input
            id="calendar-month"
            name="month"
            type="month"
            min="1900-01"
            max={currentMonth}
            defaultValue={month}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Show
        </button>
      </form>
      <p>
        <Link href="/journal/find">Find a day by what you wrote</Link> ·{" "}
        <Link href="/journal">Back to the journal</Link>
      </p>
    </>
  );
}
