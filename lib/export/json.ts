import type { z } from "zod";
import { importShapeProblem } from "./limits";
import { EXPORT_FORMAT, type ExportDocument, exportDocumentSchema, SCHEMA_VERSION } from "./schema";

/** At most this many problems are listed for a bad file (with a count of the rest). */
export const MAX_PROBLEMS_SHOWN = 20;

export type ParsedExportFile =
  | { ok: true; document: ExportDocument }
  | { ok: false; problems: string[]; problemCount: number };

/** The export file's text: pretty-printed, so people can read their own data. */
export function serializeExportDocument(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "checkIns[3].pain[0].intensity" for a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let formatted = "";
  for (const segment of path) {
    if (typeof segment === "number") formatted += `[${segment}]`;
    else formatted += formatted ? `.${String(segment)}` : String(segment);
  }
  return formatted || "(the file)";
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatIssuePath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    return `${where}: ${keys} ${issue.keys.length === 1 ? "is not a field" : "are not fields"} here`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * Reads an uploaded export. Never throws: a bad file comes back as a list of problems, each
 * naming the record and field ("checkIns[3].date: expected a real date written YYYY-MM-DD").
 */
export function parseExportFile(text: string): ParsedExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return fail([`This file is not valid JSON${detail}.`]);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail(["This file is not a Backstory export: it should hold one JSON object."]);
  }
  const { format, schemaVersion } = raw as { format?: unknown; schemaVersion?: unknown };
  if (format !== EXPORT_FORMAT) {
    return fail([`This file is not a Backstory export (it has no "format": "${EXPORT_FORMAT}").`]);
  }
  if (typeof schemaVersion === "number" && schemaVersion > SCHEMA_VERSION) {
    return fail([
      `This file was made by a newer Backstory (schema version ${schemaVersion}); this one reads version ${SCHEMA_VERSION}. Update Backstory, then import it.`,
    ]);
  }
  const tooBig = importShapeProblem(raw);
  if (tooBig) return fail([tooBig]);
  const parsed = exportDocumentSchema.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data };
  return fail(parsed.error.issues.map(describeIssue));
}

function fail(problems: string[]): ParsedExportFile {
  return {
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN),
    problemCount: problems.length,
  };
}
