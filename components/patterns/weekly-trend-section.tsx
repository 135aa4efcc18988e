import Link from "next/link";
import { WeeklyTrendChart } from "@/components/charts/weekly-trend-chart";
import { LifeEventsTable } from "@/components/life-events/life-events-table";
import { TableScroll } from "@/components/ui/table-scroll";
import type { LifeEventMarker } from "@/lib/life-events/types";
import { formatPain } from "@/lib/pain-text";
import type { WeekSummary } from "@/lib/patterns/types";
import { addDays } from "@/lib/time";

/** The weekly trend, with each week's best and worst day linked to the journal. */
export function WeeklyTrendSection({
  weeks,
  events = [],
}: {
  weeks: WeekSummary[];
  /** Life events in the window, drawn as lines on the chart and listed below it. */
  events?: LifeEventMarker[];
}) {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const eventText =
    events.length > 0
      ? ` Life events marked: ${events.map((event) => `${event.title} (${event.date})`).join("; ")}.`
      : "";
  const summary =
    first && last
      ? `Weekly mean day pain from ${formatPain(first.meanPain)} in the week of ${first.weekStart} to ${formatPain(last.meanPain)} in the week of ${last.weekStart}, over ${weeks.length} weeks.${eventText}`
      : "No weeks with ratings yet.";
  return (
    <section aria-labelledby="trend-heading" className="card">
      <h2 id="trend-heading">How is it going week by week?</h2>
      {weeks.length === 0 ? (
        <p>No ratings in this window yet.</p>
      ) : (
        <>
          <WeeklyTrendChart weeks={weeks} summary={summary} events={events} />
          <details className="disclosure">
            <summary>The weekly numbers, with best and worst days</summary>
            <TableScroll label="Day pain per week">
              <table className="data-table">
                <caption>Day pain per week (Monday to Sunday)</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Days</th>
                    <th scope="col">Mean</th>
                    <th scope="col">Median</th>
                    <th scope="col">Best day</th>
                    <th scope="col">Worst day</th>
                  </tr>
                </thead>
                <tbody>
                  {[...weeks].reverse().map((week) => (
                    <tr key={week.weekStart}>
                      <th scope="row">
                        <Link
                          href={`/journal?from=${week.weekStart}&to=${addDays(week.weekStart, 6)}`}
                        >
                          {week.weekStart}
                        </Link>
                      </th>
                      <td>{week.days}</td>
                      <td>{formatPain(week.meanPain)}</td>
                      <td>{formatPain(week.medianPain)}</td>
                      <td>
                        {week.best.date} ({formatPain(week.best.pain)})
                      </td>
                      <td>
                        {week.worst.date} ({formatPain(week.worst.pain)})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
      <LifeEventsTable events={events} />
    </section>
  );
}
