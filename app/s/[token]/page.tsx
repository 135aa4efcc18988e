import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SummaryView } from "@/components/sharing/summary-view";
import { openSharedSummary } from "@/lib/sharing/loaders";

export const metadata: Metadata = {
  title: "Shared pain journal summary",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/** A summary shared through a link: no sign-in, read-only; unknown, expired and revoked links 404 alike. */
export default async function SharedSummaryPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const summary = await openSharedSummary({ token, kind: "page" });
  if (!summary) notFound();
  return (
    <>
      <h1>Pain journal summary</h1>
      <p className="lead">
        Shared by a Backstory user for {summary.period.from} to {summary.period.to}. Self-reported,
        read-only, not a diagnosis.
      </p>
      <p>
        <a className="button button--secondary" href={`/s/${token}/pdf`}>
          Download as PDF
        </a>
      </p>
      <SummaryView summary={summary} />
    </>
  );
}
