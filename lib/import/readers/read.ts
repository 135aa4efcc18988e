import { MAX_PROBLEMS_SHOWN, validateInSlices } from "@/lib/export/formats/json";
import type { ExportDocument } from "@/lib/export/schema";
import type { HistorySource, SpreadsheetMapping } from "../schema";
import { describeProblem } from "./csv-table";
import { readCsvOffThread } from "./csv-worker";
import { readDaylio } from "./daylio";
import type { PreviewRow } from "./journal-draft";
import { readSpreadsheet } from "./spreadsheet";

/** How many rows the preview shows, as they will be saved. */
export const PREVIEW_ROWS = 10;

export type ReadHistoryFile =
  | {
      ok: true;
      document: ExportDocument;
      preview: PreviewRow[];
      rowCount: number;
      /** Rows that repeat an earlier row cell for cell: the same entry twice, read once. */
      repeatedRows: number[];
    }
  | { ok: false; problems: string[]; problemCount: number };

/**
 * Reads an uploaded Daylio or spreadsheet CSV into a Backstory export document, ready for the
 * import every JSON backup goes through: the CSV parsed in a worker thread, then a slice of rows
 * at a time with other requests let in between. Never throws: refusals come back as problems, each with
 * its row and column ("Row 4, column “time”: …"), at most MAX_PROBLEMS_SHOWN of them.
 */
export async function readHistoryFile({
  text,
  source,
  mapping,
  timeZone,
}: {
  text: string;
  source: HistorySource;
  mapping: SpreadsheetMapping | null;
  timeZone: string;
}): Promise<ReadHistoryFile> {
  // Parsed, capped and freed of repeated rows in a worker; rows are read here, in slices.
  const csv = await readCsvOffThread(text);
  if (!csv.ok) return refuse(csv.problems.map(describeProblem));
  const { table, repeatedRows } = csv;
  const read =
    source === "daylio" || mapping === null
      ? await readDaylio({ table, timeZone })
      : await readSpreadsheet({ table, mapping, timeZone });
  if (!read.ok) return refuse(read.problems.map(describeProblem));
  // The same checks as a JSON backup, a slice at a time: what passes is what the import stores.
  const checked = await validateInSlices(read.document);
  if (!checked.ok) return checked;
  return {
    ok: true,
    document: checked.document,
    preview: read.preview.slice(0, PREVIEW_ROWS),
    rowCount: read.rowCount + repeatedRows.length,
    repeatedRows,
  };
}

function refuse(problems: string[]): ReadHistoryFile {
  return {
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS_SHOWN),
    problemCount: problems.length,
  };
}
