import type { Metadata } from "next";
import Link from "next/link";
import { HistoryImportForm } from "@/components/import/history-import-form";
import { requireUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Bring your history in" };

export default async function ImportHistoryPage() {
  const user = await requireUser();
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Bring your history in</h1>
      <section aria-labelledby="how-heading" className="card">
        <h2 id="how-heading">What happens to your file</h2>
        <ul>
          <li>
            <strong>Daylio:</strong> each entry's mood becomes a feeling, its activities places and
            activities, and its note the day's private note, in the part of the day of its time.
            Daylio has no pain ratings, so these days get none: they show in your journal, and count
            in your patterns once you rate the pain of a day.
          </li>
          <li>
            <strong>A spreadsheet:</strong> you say which column holds the date, the time, the pain
            rating (and its scale), tags and notes. A rating with a time becomes a quick log at that
            moment; a rating without one is the day's rating for the part of the day you choose.
          </li>
          <li>
            Dates and times are read in your time zone, {user.timeZone.replaceAll("_", " ")}; a time
            between midnight and 4 a.m. belongs to the night before, as in the journal.
          </li>
          <li>
            You see what it will add before anything is saved. It all goes in or nothing does; a day
            that already has a check-in keeps it, so importing the same file twice adds nothing.
          </li>
        </ul>
      </section>
      <section className="card">
        <HistoryImportForm />
      </section>
    </>
  );
}
