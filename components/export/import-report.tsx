import { TableScroll } from "@/components/ui/table-scroll";
import { IMPORT_RECORD_KINDS, IMPORT_RECORD_LABELS, type ImportReport } from "@/lib/export/types";

/** What an import added and what it found already there, record type by record type. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const imported = IMPORT_RECORD_KINDS.reduce((sum, kind) => sum + report.counts[kind].imported, 0);
  const present = IMPORT_RECORD_KINDS.reduce(
    (sum, kind) => sum + report.counts[kind].alreadyPresent,
    0,
  );
  return (
    <section aria-labelledby="import-report-heading">
      <h4 id="import-report-heading">What was imported</h4>
      <p>
        {imported} {imported === 1 ? "record" : "records"} imported
        {present > 0 ? `, ${present} already in your journal and left as they were` : ""}.
      </p>
      <TableScroll label="What was imported">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Imported</th>
              <th scope="col">Already there</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_RECORD_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{IMPORT_RECORD_LABELS[kind]}</th>
                <td>{report.counts[kind].imported}</td>
                <td>{report.counts[kind].alreadyPresent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ul>
        {report.onsetDates === "set" ? (
          <li>The dates your pain and your flare began were taken from the file.</li>
        ) : null}
        {report.onsetDates === "kept" ? (
          <li>Your own dates for when the pain and the flare began were kept.</li>
        ) : null}
        {report.otherTimeZone ? (
          <li>
            The file was made in the time zone {report.otherTimeZone}; its dates and parts of the
            day were kept as they were written.
          </li>
        ) : null}
        {report.shareLinksNotImported > 0 ? (
          <li>
            Share links are never imported ({report.shareLinksNotImported} in the file): make new
            ones on the Share page.
          </li>
        ) : null}
      </ul>
    </section>
  );
}
