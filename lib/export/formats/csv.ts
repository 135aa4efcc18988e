import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { ExportDocument } from "../schema";
import { dayTables, joined } from "./csv-day-tables";

export type Cell = string | number | null | undefined;
export type Table = { columns: readonly string[]; rows: Cell[][] };

// A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell's text, made safe for spreadsheets: text that would start a formula gets a leading
 * single quote, which Excel, LibreOffice and Google Sheets show as text and never run.
 */
export function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * An RFC 4180 CSV file: a header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break. Starts with a UTF-8 byte order mark so spreadsheets read accents and
 * emoji correctly.
 */
export function toCsv({ columns, rows }: Table): string {
  return stringify(
    rows.map((row) => row.map(escapeCell)),
    {
      header: true,
      columns: [...columns],
      bom: true,
      record_delimiter: "\r\n",
      // csv-stringify stops quoting lone \n and \r once record_delimiter is set; spreadsheets
      // would split the row there.
      quote_record_delimiter: true,
    },
  );
}

const pegScore = (peg: { pain: number; enjoyment: number; activity: number }) =>
  Math.round(((peg.pain + peg.enjoyment + peg.activity) / 3) * 100) / 100;

/** The export as one table per record type, keyed by file name. */
export function buildCsvTables(document: ExportDocument): Record<string, Table> {
  const { account } = document;
  return {
    "account.csv": {
      columns: ["email", "timeZone", "createdAt", "painBeganOn", "flareBeganOn"],
      rows: account
        ? [
            [
              account.email,
              account.timeZone,
              account.createdAt,
              account.painBeganOn,
              account.flareBeganOn,
            ],
          ]
        : [],
    },
    "tags.csv": {
      columns: ["kind", "name", "createdAt"],
      rows: document.tags.map((tag) => [tag.kind, tag.name, tag.createdAt]),
    },
    "relief-items.csv": {
      columns: ["name", "builtinKey", "createdAt"],
      rows: document.reliefItems.map((item) => [item.name, item.builtinKey, item.createdAt]),
    },
    "medications.csv": {
      columns: ["name", "usualDose", "unit", "archivedAt", "createdAt"],
      rows: document.medications.map((item) => [
        item.name,
        item.usualDose,
        item.unit,
        item.archivedAt,
        item.createdAt,
      ]),
    },
    "check-ins.csv": {
      columns: [
        "date",
        "stress",
        "sittingHours",
        "sleepQuality",
        "sleepHours",
        "redFlags",
        "note",
        "createdAt",
        "updatedAt",
      ],
      rows: document.checkIns.map((checkIn) => [
        checkIn.date,
        checkIn.stress,
        checkIn.sittingHours,
        checkIn.sleepQuality,
        checkIn.sleepHours,
        joined(checkIn.redFlags),
        checkIn.note,
        checkIn.createdAt,
        checkIn.updatedAt,
      ]),
    },
    ...dayTables(document),
    "life-events.csv": {
      columns: ["date", "title", "category", "note", "createdAt"],
      rows: document.lifeEvents.map((event) => [
        event.date,
        event.title,
        event.category,
        event.note,
        event.createdAt,
      ]),
    },
    "peg-responses.csv": {
      columns: ["date", "pain", "enjoyment", "activity", "score", "createdAt"],
      rows: document.pegResponses.map((peg) => [
        peg.date,
        peg.pain,
        peg.enjoyment,
        peg.activity,
        pegScore(peg),
        peg.createdAt,
      ]),
    },
    "reflections.csv": {
      columns: [
        "weekStart",
        "promptKey",
        "promptText",
        "answer",
        "evidence",
        "createdAt",
        "updatedAt",
      ],
      rows: document.reflections.map((reflection) => [
        reflection.weekStart,
        reflection.promptKey,
        reflection.promptText,
        reflection.answer,
        reflection.evidence === null ? null : JSON.stringify(reflection.evidence),
        reflection.createdAt,
        reflection.updatedAt,
      ]),
    },
    "share-links.csv": {
      columns: [
        "label",
        "mode",
        "periodStart",
        "periodEnd",
        "createdAt",
        "expiresAt",
        "revokedAt",
        "timesOpened",
      ],
      rows: document.shareLinks.map((link) => [
        link.label,
        link.mode,
        link.periodStart,
        link.periodEnd,
        link.createdAt,
        link.expiresAt,
        link.revokedAt,
        link.accesses.length,
      ]),
    },
  };
}

const README = `Backstory export (CSV)

One file per kind of record, RFC 4180 CSV in UTF-8 with a header row.
Dates are local dates (YYYY-MM-DD) in your time zone; times are instants in UTC (ISO 8601).
Lists inside one cell (body areas, qualities, red flags) are separated by "; ".
Text that starts with = + - @ is prefixed with ' so that spreadsheets never run it as a formula.

These files include your private notes, reflections, your medications and the names of people
you tagged.
Keep them somewhere safe. To move your journal to another Backstory, use the JSON export:
it is the one that can be imported back.
`;

/** The CSV export: a zip with one folder holding a README and one CSV per record type. */
export function buildCsvZip({
  document,
  folder,
}: {
  document: ExportDocument;
  folder: string;
}): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = { [`${folder}/README.txt`]: strToU8(README) };
  for (const [name, table] of Object.entries(buildCsvTables(document))) {
    files[`${folder}/${name}`] = strToU8(toCsv(table));
  }
  return zipSync(files, { level: 6 });
}
