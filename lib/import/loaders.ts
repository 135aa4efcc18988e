import "server-only";
import {
  checkPasswordAgain,
  errorResponse,
  readFormData,
  requireRequestUser,
} from "@/lib/export/http/requests";
import { importDocument } from "@/lib/export/loaders";
import { planExportDocumentImport } from "@/lib/export/mutations";
import { MAX_IMPORT_BYTES } from "@/lib/export/schema";
import { fieldErrorsOf } from "@/lib/forms";
import { readHistoryFile } from "./readers/read";
import { historyImportPasswordSchema, historyRequestSchema, mappingFromForm } from "./schema";

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const TOO_LARGE = `This file is larger than ${MAX_MB} MB, the most one import takes. Split it into smaller files.`;
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
const noStore = { headers: { "Cache-Control": "no-store" } };

/**
 * The answer to POST /api/import/history (multipart: `source` daylio|spreadsheet, `intent` preview|import, `file` a CSV, the
 * spreadsheet mapping's fields, and `password` to import): a preview of what the file will
 * create, or the import itself, all or nothing, through the same import as a JSON backup.
 * Session first, then the password (import only), then the file.
 */
export async function importHistoryResponse(request: Request): Promise<Response> {
  const gate = await requireRequestUser(request);
  if ("response" in gate) return gate.response;
  const { user } = gate;
  const form = await readFormData(request, MAX_REQUEST_BYTES).catch(() => new FormData());
  if (!form) return errorResponse(413, { fieldErrors: { file: [TOO_LARGE] } });
  const parsed = historyRequestSchema.safeParse({
    source: form.get("source") ?? undefined,
    intent: form.get("intent") ?? undefined,
  });
  if (!parsed.success) return errorResponse(400, { fieldErrors: fieldErrorsOf(parsed.error) });
  const { source, intent } = parsed.data;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return errorResponse(400, { fieldErrors: { file: ["Choose a CSV file to import."] } });
  }
  if (file.size > MAX_IMPORT_BYTES)
    return errorResponse(413, { fieldErrors: { file: [TOO_LARGE] } });
  const mapping = source === "spreadsheet" ? mappingFromForm(form) : null;
  if (mapping && !mapping.success) {
    return errorResponse(400, { fieldErrors: fieldErrorsOf(mapping.error) });
  }
  if (intent === "import") {
    const password = historyImportPasswordSchema.safeParse({
      password: form.get("password") ?? undefined,
    });
    if (!password.success) {
      return errorResponse(400, { fieldErrors: fieldErrorsOf(password.error) });
    }
    const refused = await checkPasswordAgain({ request, user, password: password.data.password });
    if (refused) return refused;
  }

  const read = await readHistoryFile({
    text: await file.text(),
    source,
    mapping: mapping?.data ?? null,
    timeZone: user.timeZone,
  });
  if (!read.ok) {
    return errorResponse(422, {
      fieldErrors: { file: ["This file can't be imported. Nothing was changed."] },
      problems: read.problems,
      problemCount: read.problemCount,
    });
  }
  if (intent === "preview") {
    const report = await planExportDocumentImport({ userId: user.id, document: read.document });
    return Response.json(
      {
        ok: true,
        preview: {
          rows: read.preview,
          rowCount: read.rowCount,
          repeatedRows: read.repeatedRows,
          report,
        },
      },
      noStore,
    );
  }
  return importDocument({ request, user, document: read.document });
}
