import type { Metadata } from "next";
import Link from "next/link";
import { QuickLogForm } from "@/components/journal/quick-log-form";
import { formatShortDate, partOfDayLabel } from "@/lib/journal/format/dates";
import { quickLogTime } from "@/lib/journal/format/times";
import { loadQuickLogForm } from "@/lib/journal/loaders";
import { intensityText } from "@/lib/journal/vocabulary/terms";
import { doseLine } from "@/lib/medications/doses/format";

export const metadata: Metadata = { title: "Quick log" };

export default async function QuickLogPage() {
  const { tagSuggestions, recent, medications, timeZone, now } = await loadQuickLogForm();
  return (
    <>
      <h1>Log pain now</h1>
      <p className="lead">
        It counts for the {partOfDayLabel(now.partOfDay).toLowerCase()} of{" "}
        {formatShortDate(now.localDate)}, by your clock ({timeZone.replaceAll("_", " ")}).
      </p>
      <QuickLogForm tagSuggestions={tagSuggestions} medications={medications} />
      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Your latest quick logs</h2>
          <ul>
            {recent.map((log) => (
              <li key={log.id}>
                {formatShortDate(log.localDate)}, {quickLogTime(log.occurredAt, timeZone)} (
                {partOfDayLabel(log.partOfDay).toLowerCase()}): {intensityText(log.intensity)}
                {log.medications.length ? `; took ${log.medications.map(doseLine).join("; ")}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/tonight">Go to tonight&rsquo;s check-in</Link>
      </p>
    </>
  );
}
