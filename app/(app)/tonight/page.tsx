import type { Metadata } from "next";
import { TonightExperimentCard } from "@/components/experiments/tonight-experiment-card";
import { CheckInForm } from "@/components/journal/check-in-form";
import { SampleDataButton } from "@/components/journal/sample-data-button";
import { loadTonightExperiment } from "@/lib/experiments/loaders";
import { loadCheckInForm } from "@/lib/journal/loaders";
import { requireUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Tonight" };

export default async function TonightPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await requireUser();
  const [form, experiment] = await Promise.all([
    loadCheckInForm(typeof params.date === "string" ? params.date : undefined),
    loadTonightExperiment(),
  ]);
  const { isRequestedDateIgnored, isJournalEmpty, ...formProps } = form;
  const isTonight = form.date === form.today;
  return (
    <>
      <h1>{isTonight ? "Tonight" : "Check-in"}</h1>
      {form.checkIn ? (
        <p className="muted">
          You already checked in for this day: change anything and save again.
        </p>
      ) : null}
      {isRequestedDateIgnored ? (
        <p className="notice notice--warning">
          That date can&rsquo;t be opened (it is not a real date, or it hasn&rsquo;t happened yet),
          so here is tonight&rsquo;s check-in.
        </p>
      ) : null}
      <CheckInForm
        key={form.date}
        {...formProps}
        userId={user.id}
        keptRequestId={typeof params.kept === "string" ? params.kept : null}
      />
      {/* After the form: the four ratings keep the first screen. */}
      {experiment && experiment.date === form.date ? (
        <TonightExperimentCard experiment={experiment} />
      ) : null}
      {isJournalEmpty ? (
        <section aria-labelledby="welcome-heading" className="card">
          <h2 id="welcome-heading">Welcome to your journal</h2>
          <p>
            Want to look around before your first check-in? Add twelve weeks of made-up entries to
            see the journal and its patterns; you can delete them all later on the Journal page.
          </p>
          <SampleDataButton />
        </section>
      ) : null}
    </>
  );
}
