import { importHistoryResponse } from "@/lib/import/loaders";

/**
 * POST (multipart: `source` daylio|spreadsheet, `intent` preview|import, `file` a CSV, the
 * spreadsheet mapping's fields, and `password` to import): a preview of what the file will
 * create, or the import itself, all or nothing, through the same import as a JSON backup.
 * Session first, then the password (import only), then the file.
 */
export async function POST(request: Request) {
  return importHistoryResponse(request);
}
