import { runOffThread } from "@/lib/export/formats/off-thread";
import { type CsvTable, csvTableOf, type ImportProblem, MAX_CSV_ROWS } from "./csv-table";

export type ReadCsvOffThread =
  | { ok: true; table: CsvTable; repeatedRows: number[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * The table without rows that repeat an earlier row exactly (an export saved twice into one
 * file, or a row pasted twice): read once, they add what one row adds, and a note is not
 * doubled in the day's note. Also runs in the worker from its source text: it refers to nothing
 * but its argument.
 */
export function withoutRepeats(table: CsvTable): { table: CsvTable; repeatedRows: number[] } {
  const seen = new Set<string>();
  const repeatedRows: number[] = [];
  const rows = table.rows.filter(({ number, cells }) => {
    const key = JSON.stringify(cells.map((cell) => cell.trim()));
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    repeatedRows.push(number);
    return false;
  });
  return { table: { ...table, rows }, repeatedRows };
}

/** Rows per message from the worker: each is copied into the main thread in its own turn. */
const ROWS_PER_PART = 1000;

// The worker parses the whole file (papaparse, synchronous: seconds for 16 MB on a busy
// machine), stops at the row cap, and drops repeated rows; only a table within the cap comes
// back, its rows in parts, one part per turn of the main thread's loop (copying 50,000 rows
// back in one message held that loop for 0.3–0.9 s).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Papa = require("papaparse");
const tableOf = ${csvTableOf.toString()};
const withoutRepeats = ${withoutRepeats.toString()};
const csv = tableOf(Papa, workerData.text, workerData.limits);
if (csv.ok) {
  const { table, repeatedRows } = withoutRepeats(csv.table);
  let start = 0;
  const send = () => {
    if (start < table.rows.length) {
      parentPort.postMessage({ part: table.rows.slice(start, start + ${ROWS_PER_PART}) });
      start += ${ROWS_PER_PART};
    } else {
      parentPort.postMessage({ ok: true, table: { header: table.header, rows: [] }, repeatedRows });
    }
  };
  parentPort.on("message", send);
  send();
} else {
  parentPort.postMessage(csv);
}
`;

const UNREADABLE: ReadCsvOffThread = {
  ok: false,
  problems: [
    {
      row: 0,
      column: null,
      message: "This file could not be read: it is too large or too complex to import.",
    },
  ],
};

/**
 * Reads an uploaded CSV off the main thread, with the row cap checked while parsing, so a large
 * or hostile file never holds up anyone else's request (docs/import-history.md).
 */
export async function readCsvOffThread(text: string): Promise<ReadCsvOffThread> {
  const rows: CsvTable["rows"] = [];
  const read = await runOffThread<ReadCsvOffThread>({
    source: WORKER_SOURCE,
    workerData: { text, limits: { maxRows: MAX_CSV_ROWS } },
    failed: UNREADABLE,
    onPart: (part) => {
      for (const row of part as CsvTable["rows"]) rows.push(row);
    },
  });
  return read.ok ? { ...read, table: { header: read.table.header, rows } } : read;
}
