import type { Metadata } from "next";
import Link from "next/link";
import { ClearJournalForm } from "@/components/journal/clear-journal-form";
import { JournalDay } from "@/components/journal/journal-day";
import { JournalFilters } from "@/components/journal/journal-filters";
import { formatLongDate } from "@/lib/journal/format/dates";
import { loadJournalPage } from "@/lib/journal/loaders";

export const metadata: Metadata = { title: "Journal" };

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const page = await loadJournalPage(params);
  const { filters, days, nextBefore, tags, latestDate, timeZone } = page;
  const isFiltered = Boolean(filters.from || filters.to || filters.tag || filters.before);
  // One date, as the calendar and search open it.
  const isOneDay = Boolean(filters.from && filters.from === filters.to && !filters.tag);
  const olderLink = new URLSearchParams(
    Object.entries({ ...filters, before: nextBefore ?? "" }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
  return (
    <>
      <h1>Journal</h1>
      <p className="lead">Your days, newest first. Open one to change it.</p>
      {params.sample === "1" ? (
        <p className="notice notice--success" role="status">
          Twelve weeks of sample entries were added. They are made up, with a few patterns planted
          in them. Delete them all at the bottom of this page when you are ready to start.
        </p>
      ) : null}
      {/* No prefetch for these four: the pages are rendered per person, so a prefetch brings
          back an empty shell, and its eight requests competed with this page's own load. */}
      <div className="button-row">
        <Link href="/tonight" prefetch={false} className="button">
          Tonight&rsquo;s check-in
        </Link>
        <Link href="/quick-log" prefetch={false} className="button button--secondary">
          Log pain now
        </Link>
      </div>
      <nav aria-label="Find a day" className="button-row journal-find">
        <Link href="/journal/calendar" prefetch={false} className="button button--secondary">
          Calendar
        </Link>
        <Link href="/journal/find" prefetch={false} className="button button--secondary">
          Search
        </Link>
      </nav>
      {days.length === 0 && !isFiltered ? (
        <section className="card empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">Nothing here yet</h2>
          <p>
            Your first check-in takes about a minute: how much it hurt in the morning, afternoon,
            evening and night, and what was going on. After a couple of weeks, patterns start to
            show.
          </p>
          <Link href="/tonight" className="button">
            Start your first check-in
          </Link>
        </section>
      ) : (
        <>
          <JournalFilters filters={filters} tags={tags} latestDate={latestDate} />
          {days.length === 0 && isOneDay ? (
            <p className="card">
              Nothing recorded on {formatLongDate(filters.from as string)}.{" "}
              <Link href={`/tonight?date=${filters.from}`}>Add a check-in for that day</Link> or{" "}
              <Link href="/journal">show all days</Link>.
            </p>
          ) : days.length === 0 ? (
            <p className="card">
              No days match these filters. <Link href="/journal">Show all days</Link>
            </p>
          ) : (
            <ul className="day-list">
              {days.map((day) => (
                <JournalDay key={day.date} day={day} today={latestDate} timeZone={timeZone} />
              ))}
            </ul>
          )}
          <nav aria-label="Pages" className="button-row">
            {filters.before ? <Link href="/journal">Newest days</Link> : null}
            {nextBefore ? <Link href={`/journal?${olderLink}`}>Older days</Link> : null}
          </nav>
        </>
      )}
      <p>
        <Link href="/journal/relief">The relief library: stretches, strength and more</Link>
      </p>
      {days.length > 0 && !isFiltered ? (
        <details className="card">
          <summary>Delete all entries</summary>
          <ClearJournalForm />
        </details>
      ) : null}
    </>
  );
}
