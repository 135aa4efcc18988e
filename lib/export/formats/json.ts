import type { z } from "zod";
import {
  EXPORT_FORMAT,
  EXPORT_LISTS,
  type ExportDocument,
  exportDocumentSchema,
  exportReferencesSchema,
  SCHEMA_VERSION,
} from "../schema";
import { fileHeadOf, readJsonOffThread } from "./parse-json";

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
 * Validation runs a slice of records at a time and lets other requests in between, so a large
 * or hostile file never holds the server for long (README "Your data").
 */
export async function parseExportFile(text: string): Promise<ParsedExportFile> {
  // Parsed, and checked against the caps, in a worker: a 20 MB file takes the main thread
  // no longer than copying back what passed the caps.
  const read = await readJsonOffThread(text);
  if (read.kind === "syntax") {
    return fail([`This file is not valid JSON${read.detail ? ` (${read.detail})` : ""}.`]);
  }
  if (read.kind === "unreadable") return fail([read.problem]);
  const { isObject, format, schemaVersion } =
    read.kind === "value" ? fileHeadOf(read.value) : read.head;
  if (!isObject) {
    return fail(["This file is not a Backstory export: it should hold one JSON object."]);
  }
  if (format !== EXPORT_FORMAT) {
    return fail([`This file is not a Backstory export (it has no "format": "${EXPORT_FORMAT}").`]);
  }
  if (typeof schemaVersion === "number" && schemaVersion > SCHEMA_VERSION) {
    return fail([
      `This file was made by a newer Backstory (schema version ${schemaVersion}); this one reads version ${SCHEMA_VERSION}. Update Backstory, then import it.`,
    ]);
  }
  if (read.kind === "refused") return fail([read.problem]);
  return validateInSlices(read.value as Record<string, unknown>);
}

/** Records validated between two turns of the event loop (a few milliseconds' work). */
const SLICE = 500;
/** Lets other requests in before the next piece of work. */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The same checks as `exportDocumentSchema`, in pieces: the document with its lists emptied,
 * then each list a slice at a time, then the references between records.
 */
export async function validateInSlices(raw: Record<string, unknown>): Promise<ParsedExportFile> {
  const lists = EXPORT_LISTS.filter((key) => Array.isArray(raw[key]));
  const shell = exportDocumentSchema.safeParse({
    ...raw,
    ...Object.fromEntries(lists.map((key) => [key, []])),
  });
  const problems = shell.success ? [] : shell.error.issues.map(describeIssue);
  const document = (shell.success ? shell.data : {}) as Record<string, unknown[]>;
  for (const key of lists) {
    const items = raw[key] as unknown[];
    const listSchema = exportDocumentSchema.shape[key];
    const parsed: unknown[] = [];
    for (let start = 0; start < items.length; start += SLICE) {
      await nextTurn();
      const slice = listSchema.safeParse(items.slice(start, start + SLICE));
      if (slice.success) parsed.push(...slice.data);
      else {
        for (const issue of slice.error.issues) {
          const [index, ...rest] = issue.path;
          problems.push(describeIssue({ ...issue, path: [key, start + Number(index), ...rest] }));
        }
      }
    }
    document[key] = parsed;
  }
  if (problems.length > 0) return fail(problems);
  await nextTurn();
  const references = exportReferencesSchema.safeParse(document);
  if (!references.success) return fail(references.error.issues.map(describeIssue));
  return { ok: true, document: references.data };
}

function fail(problems: string[]): ParsedExportFile {
  return {
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN),
    problemCount: problems.length,
  };
}
