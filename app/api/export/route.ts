import { exportJournalResponse } from "@/lib/export/loaders";

/**
 * POST (form fields `format` = json | csv | fhir and `password`): the signed-in person's whole
 * journal as a download. Session first, then the password again; never cached.
 */
export async function POST(request: Request) {
  return exportJournalResponse(request);
}
