import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { LIFE_EVENT_CATEGORY_LABELS, type LifeEventMarker } from "@/lib/life-events/types";

/** The life events marked on the weekly trend, as text: the chart's lines in words. */
export function LifeEventsTable({ events }: { events: readonly LifeEventMarker[] }) {
  if (events.length === 0) {
    return (
      <p className="muted">
        <Link href="/reflect/onset">Add life events</Link> (a new job, a move, a loss) to see them
        on this timeline.
      </p>
    );
  }
  return (
    <>
      <TableScroll label="Life events marked on the chart">
        <table className="data-table">
          <caption>Life events marked on the chart</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={`${event.date}-${event.title}`}>
                <td>{event.date}</td>
                <th scope="row">{event.title}</th>
                <td>{LIFE_EVENT_CATEGORY_LABELS[event.category]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        <Link href="/reflect/onset">Add or change life events</Link>
      </p>
    </>
  );
}
