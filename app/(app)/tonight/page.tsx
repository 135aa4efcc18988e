import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/journal/check-in-form";
import { SampleDataButton } from "@/components/journal/sample-data-button";
import { loadCheckInForm } from "@/lib/journal/loaders";

export const metadata: Metadata = { title: "Tonight" };

export default async function TonightPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const form = await loadCheckInForm(typeof params.date === "string" ? params.date : undefined);
  const { isRequestedDateIgnored, isJournalEmpty, ...formProps } = form;
  const isTonight = form.date === form.today;
  return (
    <>
      <h1>{isTonight ? "Tonight" : "Check-in"}</h1>
      <p className="lead">
        {form.checkIn
          ? "You already checked in for this day: change anything and save again."
          : "About a minute: how much it hurt in each part of the day, what was going on, and what helped."}
      </p>
      {isRequestedDateIgnored ? (
        <p className="notice notice--warning">
          That date can&rsquo;t be opened (it is not a real date, or it hasn&rsquo;t happened yet),
          so here is tonight&rsquo;s check-in.
        </p>
      ) : null}
      {isJournalEmpty ? (
        <section aria-labelledby="welcome-heading" className="card">
          <h2 id="welcome-heading">Welcome to your journal</h2>
          <p>
            Fill in tonight&rsquo;s check-in below. Want to look around first? Add twelve weeks of
            made-up entries to see the journal and its patterns; you can delete them all later on
            the Journal page.
          </p>
          <SampleDataButton />
        </section>
      ) : null}
      <p>
        <Link href="/quick-log">Hurting right now? Log it in three taps</Link>
      </p>
      <CheckInForm key={form.date} {...formProps} />
    </>
  );
}
