import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatLongDate } from "@/lib/journal/format/dates";
import { SOON_ADVICE, URGENT_ADVICE } from "@/lib/journal/vocabulary/terms";
import type { RedFlagSummary } from "@/lib/safety/red-flags/summary";
import { daysBetween } from "@/lib/time";

/** Reported within this many days: the advice is repeated at the top, not only in the table. */
const RECENT_DAYS = 14;

/** The symptoms reported in check-ins, urgent first, with the days they were reported. */
export function RedFlagHistory({ summary, today }: { summary: RedFlagSummary[]; today: string }) {
  if (summary.length === 0) {
    return (
      <p>
        None of your check-ins so far report any of these symptoms. The nightly check-in asks about
        them every time; <Link href="/tonight">tonight&rsquo;s check-in</Link> is the place to tick
        one.
      </p>
    );
  }
  const isRecent = (row: RedFlagSummary) =>
    daysBetween(row.dates[0] ?? today, today) <= RECENT_DAYS;
  const urgent = summary.filter((row) => row.urgency === "urgent" && isRecent(row));
  const soon = summary.filter((row) => row.urgency === "soon" && isRecent(row));
  return (
    <>
      {urgent.length > 0 ? (
        <div className="alert-urgent">
          <strong>{URGENT_ADVICE.title}</strong>
          <p>
            In the last two weeks you reported a symptom that needs a doctor the same day. If it
            hasn&rsquo;t been checked yet, or it has come back:
          </p>
          <p>{URGENT_ADVICE.body}</p>
        </div>
      ) : null}
      {urgent.length === 0 && soon.length > 0 ? (
        <div className="notice--soon">
          <strong>{SOON_ADVICE.title}</strong>
          <p>{SOON_ADVICE.body}</p>
        </div>
      ) : null}
      <TableScroll label="Symptoms you reported">
        <table className="data-table">
          <caption>Symptoms you reported, urgent ones first</caption>
          <thead>
            <tr>
              <th scope="col">Symptom</th>
              <th scope="col">How soon</th>
              <th scope="col">Days reported</th>
              <th scope="col">Most recently</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((row) => (
              <tr key={row.flag} className={row.urgency === "urgent" ? "row-urgent" : undefined}>
                <th scope="row">{row.label}</th>
                <td>{row.urgency === "urgent" ? "Same day" : "In the next few days"}</td>
                <td>
                  {row.dates.length}
                  {row.dates.length > 1 ? (
                    <details>
                      <summary>
                        Dates<span className="visually-hidden"> for {row.label}</span>
                      </summary>
                      <ul>
                        {row.dates.map((date) => (
                          <li key={date}>
                            <Link href={`/journal?from=${date}&to=${date}`}>
                              {formatLongDate(date)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
                <td>{formatLongDate(row.dates[0] ?? "")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
