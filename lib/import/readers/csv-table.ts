import Papa from "papaparse";

/**
 * A CSV file as a table: its header and its data rows. Row numbers in every message are the
 * row numbers a spreadsheet app shows (the header is row 1), counting a note that runs over
 * several lines inside quotes as one row.
 */
export type CsvTable = { header: string[]; rows: { number: number; cells: string[] }[] };

/** Something refused, with the row and column it is about (row 0: the file as a whole). */
export type ImportProblem = { row: number; column: string | null; message: string };

/** More rows than this are refused (a decade of entries several times a day fits). */
export const MAX_CSV_ROWS = 50_000;

export type ReadCsv = { ok: true; table: CsvTable } | { ok: false; problems: ImportProblem[] };

/**
 * Reads CSV text (comma, semicolon or tab separated; a leading byte-order mark is ignored).
 * Blank rows are skipped. Never throws: an unreadable file comes back as problems. Runs in the
 * browser (the mapping step) and, for the import itself, in a worker (./csv-worker.ts).
 */
export function readCsv(text: string, { previewRows }: { previewRows?: number } = {}): ReadCsv {
  return csvTableOf(Papa, text, { maxRows: MAX_CSV_ROWS, previewRows });
}

/**
 * readCsv's work, given papaparse. It also runs in the parsing worker from its source text, so it
 * refers to nothing outside itself but its arguments.
 */
export function csvTableOf(
  papa: typeof Papa,
  text: string,
  { maxRows, previewRows }: { maxRows: number; previewRows?: number | undefined },
): ReadCsv {
  const fileProblem = (message: string): ReadCsv => ({
    ok: false,
    problems: [{ row: 0, column: null, message }],
  });
  const tooMany = `The file has more than ${maxRows.toLocaleString("en")} rows; one import takes at most ${maxRows.toLocaleString("en")}. Split it into smaller files.`;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fileProblem("The file is empty.");
  // Text files never hold NUL; spreadsheet files (.xlsx, .ods) and other binaries do.
  if (body.includes("\u0000")) {
    return fileProblem(
      "This is not a CSV file (it looks like a spreadsheet app's own format). Save it as CSV, then choose that file.",
    );
  }
  // The separator is guessed on the first rows without blank ones (they would spoil the guess).
  const { delimiter } = papa.parse<string[]>(body, {
    skipEmptyLines: "greedy",
    preview: 50,
    delimitersToGuess: [",", ";", "\t"],
  }).meta;
  // The row cap stops the parser itself: a file with more rows is never read to its end. Room
  // is left for the header and as many blank rows as rows (blank rows are dropped below).
  const parsed = papa.parse<string[]>(body, {
    delimiter,
    preview: previewRows === undefined ? 2 * maxRows + 2 : previewRows + 1,
  });
  if (previewRows === undefined && parsed.meta.truncated) return fileProblem(tooMany);
  // A file with one column has no delimiter to find; that is not a problem.
  const errors = parsed.errors.filter((error) => error.code !== "UndetectableDelimiter");
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.slice(0, 5).map((error) => ({
        row: error.row === undefined ? 0 : error.row + 1,
        column: null,
        message:
          error.code === "MissingQuotes"
            ? 'a quoted cell is never closed (a " is missing)'
            : error.message,
      })),
    };
  }
  // Blank rows are dropped only after numbering, so numbers match the spreadsheet's rows.
  const [header, ...records] = parsed.data;
  if (!header) return fileProblem("The file is empty.");
  const data = records
    .map((cells, index) => ({ number: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  if (data.length > maxRows) {
    return fileProblem(
      `The file has ${data.length.toLocaleString("en")} rows; one import takes at most ${maxRows.toLocaleString("en")}. Split it into smaller files.`,
    );
  }
  return {
    ok: true,
    table: {
      header: header.map((name) => name.trim()),
      rows: data,
    },
  };
}

/** "Row 4, column “time”: …" */
export function describeProblem(problem: ImportProblem): string {
  if (problem.row === 0) return problem.message;
  const where =
    problem.column === null
      ? `Row ${problem.row}`
      : `Row ${problem.row}, column “${problem.column}”`;
  return `${where}: ${problem.message}`;
}
