import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { AppError } from "@/lib/errors";
import { FORM_MESSAGES } from "@/lib/form-action";
import { fieldErrorsOf } from "@/lib/forms";
import type { CurrentUser } from "@/lib/sessions/types";
import { calendarDateFor } from "@/lib/time-zone";
import { getExportDocument } from "./data";
import { buildCsvZip } from "./formats/csv";
import { downloadHeaders, exportFile } from "./formats/download";
import { buildFhirBundle } from "./formats/fhir";
import { derivedUuid } from "./formats/ids";
import { parseExportFile, serializeExportDocument } from "./formats/json";
import {
  checkPasswordAgain,
  errorResponse,
  readFormData,
  requireRequestUser,
} from "./http/requests";
import { importExportDocument } from "./mutations";
import {
  type ExportDocument,
  exportRequestSchema,
  importRequestSchema,
  MAX_IMPORT_BYTES,
} from "./schema";

// The route handlers' work (app/api/export, app/api/import): each answers a whole request, so
// that the routes stay one line and only this domain touches its data and mutations.

const IMPORT_TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one import takes. Export a JSON file from Backstory and import that.`;
// Room for the multipart framing and the password around the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * The answer to POST /api/export (form fields `format` = json | csv | fhir and `password`): the signed-in person's whole
 * journal as a download. Session first, then the password again; never cached.
 */
export async function exportJournalResponse(request: Request): Promise<Response> {
  const gate = await requireRequestUser(request);
  if ("response" in gate) return gate.response;
  const { user } = gate;
  const form = await request.formData().catch(() => new FormData());
  const parsed = exportRequestSchema.safeParse({
    format: form.get("format") ?? undefined,
    password: form.get("password") ?? undefined,
  });
  if (!parsed.success) return errorResponse(400, { fieldErrors: fieldErrorsOf(parsed.error) });
  const refused = await checkPasswordAgain({ request, user, password: parsed.data.password });
  if (refused) return refused;

  const now = new Date();
  const document = await getExportDocument({ userId: user.id, now });
  if (!document) return errorResponse(401, { message: FORM_MESSAGES.sessionEnded });
  const date = calendarDateFor(now, user.timeZone);
  const file = exportFile({ format: parsed.data.format, date });
  const headers = downloadHeaders(file);
  await recordAudit({
    userId: user.id,
    event: "EXPORTED",
    context: auditContextFrom(request.headers),
    detail: parsed.data.format,
  });
  switch (parsed.data.format) {
    case "json":
      return new Response(serializeExportDocument(document), { headers });
    case "csv":
      return new Response(buildCsvZip({ document, folder: `backstory-${date}` }), { headers });
    case "fhir": {
      const bundle = buildFhirBundle({
        document,
        patientId: derivedUuid(`patient:${user.id}`),
        timeZone: user.timeZone,
        generatedAt: now,
      });
      return new Response(`${JSON.stringify(bundle, null, 2)}\n`, { headers });
    }
  }
}

/**
 * The answer to POST /api/import (multipart: `file`, a JSON export, and `password`): restores the file into the signed-in
 * person's account, all or nothing, and answers with what was imported and what was already
 * there. Session first, then the password, then the file.
 */
export async function importJournalResponse(request: Request): Promise<Response> {
  const gate = await requireRequestUser(request);
  if ("response" in gate) return gate.response;
  const { user } = gate;
  const form = await readFormData(request, MAX_REQUEST_BYTES).catch(() => new FormData());
  if (!form) return errorResponse(413, { fieldErrors: { file: [IMPORT_TOO_LARGE] } });
  const parsed = importRequestSchema.safeParse({ password: form.get("password") ?? undefined });
  if (!parsed.success) return errorResponse(400, { fieldErrors: fieldErrorsOf(parsed.error) });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return errorResponse(400, {
      fieldErrors: { file: ["Choose a Backstory JSON export to import."] },
    });
  }
  if (file.size > MAX_IMPORT_BYTES)
    return errorResponse(413, { fieldErrors: { file: [IMPORT_TOO_LARGE] } });
  const refused = await checkPasswordAgain({ request, user, password: parsed.data.password });
  if (refused) return refused;

  const content = await parseExportFile(await file.text());
  if (!content.ok) {
    return errorResponse(422, {
      fieldErrors: { file: ["This file can't be imported. Nothing was changed."] },
      problems: content.problems,
      problemCount: content.problemCount,
    });
  }
  return importDocument({ request, user, document: content.document });
}

/**
 * Stores a checked document in the person's account, all or nothing, and logs it (a JSON backup
 * and a history import alike); a concurrent change answers 409 with nothing imported.
 */
export async function importDocument({
  request,
  user,
  document,
}: {
  request: Request;
  user: CurrentUser;
  document: ExportDocument;
}): Promise<Response> {
  try {
    const report = await importExportDocument({ userId: user.id, document });
    await recordAudit({
      userId: user.id,
      event: "IMPORTED",
      context: auditContextFrom(request.headers),
    });
    return Response.json({ ok: true, report }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return errorResponse(409, {
        message:
          "Something else changed your journal at the same moment. Nothing was imported; try again.",
      });
    }
    throw error;
  }
}
