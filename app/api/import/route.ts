import { importJournalResponse } from "@/lib/export/loaders";

/**
 * POST (multipart: `file`, a JSON export, and `password`): restores the file into the signed-in
 * person's account, all or nothing, and answers with what was imported and what was already
 * there. Session first, then the password, then the file.
 */
export async function POST(request: Request) {
  return importJournalResponse(request);
}
