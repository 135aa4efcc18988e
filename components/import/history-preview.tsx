import { TableScroll } from "@/components/ui/table-scroll";
import type { ImportReport } from "@/lib/export/types";
import type { PreviewRow } from "@/lib/import/readers/journal-draft";
import { formatLongDate, partOfDayLabel } from "@/lib/journal/format/dates";
import { TAG_KIND_LABELS } from "@/lib/journal/vocabulary/terms";

export type HistoryPreviewData = {
  rows: PreviewRow[];
  rowCount: number;
  repeatedRows: number[];
  report: ImportReport;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const NOTE_SHOWN = 80;

const BECOMES: Record<PreviewRow["becomes"], string> = {
  "check-in": "Part of the day's check-in",
  "quick log": "A quick log",
  nothing: "Nothing (no rating, tag or note)",
};

/** What the file will create, before anything is saved: the counts, then the first rows. */
export function HistoryPreview({ preview }: { preview: HistoryPreviewData }) {
  const { counts } = preview.report;
  return (
    <section aria-labelledby="history-preview-heading">
      <h3 id="history-preview-heading">Preview: nothing is saved yet</h3>
      <p>{plural(preview.rowCount, "row", "rows")} read. Importing will add:</p>
      <ul>
        <li>{plural(counts.checkIns.imported, "day to the journal", "days to the journal")}</li>
        <li>
          {plural(
            counts.painRatings.imported,
            "pain rating in check-ins",
            "pain ratings in check-ins",
          )}
        </li>
        <li>{plural(counts.quickLogs.imported, "quick log", "quick logs")}</li>
        <li>{plural(counts.tags.imported, "new tag", "new tags")}</li>
      </ul>
      {preview.repeatedRows.length > 0 ? (
        <p>
          {plural(preview.repeatedRows.length, "row repeats", "rows repeat")} an earlier row exactly
          and {preview.repeatedRows.length === 1 ? "is" : "are"} read once (row
          {preview.repeatedRows.length === 1 ? "" : "s"}{" "}
          {preview.repeatedRows.slice(0, 10).join(", ")}
          {preview.repeatedRows.length > 10 ? ", …" : ""}).
        </p>
      ) : null}
      {counts.checkIns.alreadyPresent + counts.quickLogs.alreadyPresent > 0 ? (
        <p>
          Already in your journal, left as they are:{" "}
          {plural(counts.checkIns.alreadyPresent, "day", "days")} (a day that already has a check-in
          keeps it) and {plural(counts.quickLogs.alreadyPresent, "quick log", "quick logs")}.
        </p>
      ) : null}
      <TableScroll label={`The first ${preview.rows.length} rows as they will be saved`}>
        <table className="data-table">
          <caption>
            The first {plural(preview.rows.length, "row", "rows")} as they will be saved
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Day</th>
              <th scope="col">When</th>
              <th scope="col">Pain (0–10)</th>
              <th scope="col">Becomes</th>
              <th scope="col">Tags</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{formatLongDate(row.date)}</td>
                <td>
                  {partOfDayLabel(row.partOfDay)}
                  {row.time ? `, ${row.time}` : ""}
                </td>
                <td>{row.pain ?? "—"}</td>
                <td>{BECOMES[row.becomes]}</td>
                <td>
                  {row.tags.length > 0
                    ? row.tags
                        .map((tag) => `${TAG_KIND_LABELS[tag.kind].label}: ${tag.name}`)
                        .join("; ")
                    : "—"}
                </td>
                <td>
                  {row.note
                    ? row.note.length > NOTE_SHOWN
                      ? `${row.note.slice(0, NOTE_SHOWN)}…`
                      : row.note
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
