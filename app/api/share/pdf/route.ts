import { ownSummaryPdfResponse } from "@/lib/sharing/loaders";

/** The signed-in person's own summary as a PDF, for the options on the Share page. */
export async function GET(request: Request) {
  return ownSummaryPdfResponse(request);
}
