import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { buildCsvZip } from "@/lib/export/csv";
import { getExportDocument } from "@/lib/export/data";
import { downloadHeaders, exportFile } from "@/lib/export/download";
import { buildFhirBundle } from "@/lib/export/fhir";
import { derivedUuid } from "@/lib/export/ids";
import { serializeExportDocument } from "@/lib/export/json";
import {
  checkPasswordAgain,
  errorResponse,
  requireRequestUser,
  SESSION_ENDED,
} from "@/lib/export/requests";
import { exportRequestSchema } from "@/lib/export/schema";
import { fieldErrorsOf } from "@/lib/forms";
import { calendarDateFor } from "@/lib/time";

/**
 * POST (form fields `format` = json | csv | fhir and `password`): the signed-in person's whole
 * journal as a download. Session first, then the password again; never cached.
 */
export async function POST(request: Request) {
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
  if (!document) return errorResponse(401, { message: SESSION_ENDED });
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
