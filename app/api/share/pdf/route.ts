import { getCurrentUser } from "@/lib/sessions/loaders";
import { pdfResponse } from "@/lib/sharing/render/pdf-response";
import { renderSummaryPdf } from "@/lib/sharing/render/summary-pdf";
import { summaryOptionsSchema } from "@/lib/sharing/schema";
import { buildSummary } from "@/lib/sharing/summary/data";

/** The signed-in person's own summary as a PDF, for the options on the Share page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "UNAUTHORIZED" }, { status: 401 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = summaryOptionsSchema.safeParse(query);
  if (!parsed.success) {
    return Response.json(
      { error: "INVALID_OPTIONS", issues: parsed.error.issues.map((issue) => issue.message) },
      { status: 400 },
    );
  }
  const summary = await buildSummary({ userId: user.id, options: parsed.data });
  return pdfResponse({ pdf: await renderSummaryPdf(summary), summary });
}
