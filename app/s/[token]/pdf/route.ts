import { openSharedSummary } from "@/lib/sharing/loaders";
import { pdfResponse } from "@/lib/sharing/render/pdf-response";
import { renderSummaryPdf } from "@/lib/sharing/render/summary-pdf";

/** The shared summary as a PDF; the same 404 as the page for links that do not open. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const summary = await openSharedSummary({ token, kind: "pdf" });
  if (!summary)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return pdfResponse({ pdf: await renderSummaryPdf(summary), summary });
}
