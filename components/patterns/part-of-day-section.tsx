import { PartOfDayChart } from "@/components/charts/part-of-day-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { formatPain } from "@/lib/pain-text";
import type { PartDistribution } from "@/lib/patterns/types";
import { PARTS_OF_DAY } from "@/lib/time";

/** "Is it worse in the morning or the evening?": the spread of ratings per part of day. */
export function PartOfDaySection({ distribution }: { distribution: PartDistribution[] }) {
  const rows = PARTS_OF_DAY.flatMap((part) => {
    const found = distribution.find((row) => row.partOfDay === part);
    return found ? [{ ...found, label: PART_OF_DAY_LABELS[part].label }] : [];
  });
  const summary = rows
    .map(
      (row) =>
        `${row.label}: median ${formatPain(row.median)}, middle half ${formatPain(row.q1)}–${formatPain(row.q3)}`,
    )
    .join("; ");
  return (
    <section aria-labelledby="parts-heading" className="card">
      <h2 id="parts-heading">Is it worse in the morning, afternoon, evening or night?</h2>
      {rows.length === 0 ? (
        <p>No ratings in this window yet.</p>
      ) : (
        <>
          <PartOfDayChart rows={rows} summary={`Pain by part of day. ${summary}.`} />
          <details className="disclosure">
            <summary>The numbers by part of day</summary>
            <TableScroll label="Ratings by part of day">
              <table className="data-table">
                <caption>
                  Ratings by part of day: the median and the middle half (quartiles)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Part of day</th>
                    <th scope="col">Median</th>
                    <th scope="col">Middle half</th>
                    <th scope="col">Range</th>
                    <th scope="col">Ratings</th>
                    <th scope="col">Days</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.partOfDay}>
                      <th scope="row">{row.label}</th>
                      <td>{formatPain(row.median)}</td>
                      <td>
                        {formatPain(row.q1)}–{formatPain(row.q3)}
                      </td>
                      <td>
                        {formatPain(row.min)}–{formatPain(row.max)}
                      </td>
                      <td>{row.entries}</td>
                      <td>{row.days}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </section>
  );
}
