import type { Metadata } from "next";
import { CreateLinkForm } from "@/components/sharing/create-link-form";
import { ShareLinksList } from "@/components/sharing/share-links-list";
import { ShareOptionsForm } from "@/components/sharing/share-options-form";
import { SummaryView } from "@/components/sharing/summary-view";
import { loadSharePage } from "@/lib/sharing/loaders";

export const metadata: Metadata = { title: "Share" };

export default async function SharePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const view = await loadSharePage({
    from: query.from,
    to: query.to,
    includeNotes: query.includeNotes,
    includeReflections: query.includeReflections,
    includeExperiments: query.includeExperiments,
    showNames: query.showNames,
    includeMedications: query.includeMedications,
  });
  const pdfQuery = new URLSearchParams({
    from: view.options.from,
    to: view.options.to,
    ...(view.options.includeNotes ? { includeNotes: "1" } : {}),
    ...(view.options.includeReflections ? { includeReflections: "1" } : {}),
    ...(view.options.includeExperiments ? { includeExperiments: "1" } : {}),
    ...(view.options.showNames ? { showNames: "1" } : {}),
    ...(view.options.includeMedications ? { includeMedications: "1" } : {}),
  });
  return (
    <>
      <h1>Share a summary</h1>
      <p className="lead">
        A read-only summary for your therapist, physiotherapist or doctor: as a link that expires
        and that you can revoke, or as a PDF. You see exactly what they will see before you create
        it.
      </p>
      <ShareOptionsForm options={view.options} errors={view.optionErrors} />
      <section aria-labelledby="preview-heading" className="preview">
        <h2 id="preview-heading">2. Preview: exactly what the recipient sees</h2>
        <p>
          <a className="button button--secondary" href={`/api/share/pdf?${pdfQuery}`}>
            Download this as a PDF
          </a>
        </p>
        <SummaryView summary={view.preview} headingLevel={3} />
      </section>
      <CreateLinkForm options={view.options} requestId={crypto.randomUUID()} />
      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Your links</h2>
        <ShareLinksList links={view.links} now={Date.now()} />
      </section>
    </>
  );
}
