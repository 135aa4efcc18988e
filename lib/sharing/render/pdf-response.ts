import type { ShareSummary } from "../types";

/** A PDF download that no cache or referrer keeps. */
export function pdfResponse({ pdf, summary }: { pdf: Buffer; summary: ShareSummary }) {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="backstory-summary-${summary.period.from}-to-${summary.period.to}.pdf"`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
}
