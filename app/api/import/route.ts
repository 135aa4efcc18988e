import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
import { parseExportFile } from "@/lib/export/json";
import { importExportDocument } from "@/lib/export/mutations";
import {
  checkPasswordAgain,
  errorResponse,
  readFormData,
  requireRequestUser,
} from "@/lib/export/requests";
import { importRequestSchema, MAX_IMPORT_BYTES } from "@/lib/export/schema";
import { fieldErrorsOf } from "@/lib/forms";

const TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one import takes. Export a JSON file from Backstory and import that.`;
// Room for the multipart framing and the password around the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * POST (multipart: `file`, a JSON export, and `password`): restores the file into the signed-in
 * person's account, all or nothing, and answers with what was imported and what was already
 * there. Session first, then the password, then the file.
 */
export async function POST(request: Request) {
  const gate = await requireRequestUser(request);
  if ("response" in gate) return gate.response;
  const { user } = gate;
  const form = await readFormData(request, MAX_REQUEST_BYTES).catch(() => new FormData());
  if (!form) return errorResponse(413, { fieldErrors: { file: [TOO_LARGE] } });
  const parsed = importRequestSchema.safeParse({ password: form.get("password") ?? undefined });
  if (!parsed.success) return errorResponse(400, { fieldErrors: fieldErrorsOf(parsed.error) });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return errorResponse(400, {
      fieldErrors: { file: ["Choose a Backstory JSON export to import."] },
    });
  }
  if (file.size > MAX_IMPORT_BYTES)
    return errorResponse(413, { fieldErrors: { file: [TOO_LARGE] } });
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
  try {
    const report = await importExportDocument({ userId: user.id, document: content.document });
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
