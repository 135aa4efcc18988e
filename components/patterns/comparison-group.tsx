import { ForestPlot } from "@/components/charts/forest-plot";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatPain } from "@/lib/charts";
import {
  describeComparison,
  differenceText,
  intervalText,
  KIND_HEADINGS,
  statusText,
} from "@/lib/patterns/describe";
import type { Comparison, ComparisonKind, TestedComparison } from "@/lib/patterns/types";

/** One kind of comparison (people, contexts, relief…): a forest plot and the full evidence table. */
export function ComparisonGroup({
  kind,
  comparisons,
}: {
  kind: ComparisonKind;
  comparisons: Comparison[];
}) {
  const tested = comparisons.filter(
    (comparison): comparison is TestedComparison => comparison.status !== "not-enough-data",
  );
  const found = tested.filter((comparison) => comparison.status === "found");
  const headingId = `group-${kind}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h3 id={headingId}>{KIND_HEADINGS[kind]}</h3>
      {found.length > 0 ? (
        <ul className="findings">
          {found.map((comparison) => (
            <li key={comparison.key}>{describeComparison(comparison)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No clear pattern here yet.</p>
      )}
      {tested.length > 0 ? (
        <ForestPlot
          rows={tested.map((comparison) => ({
            label: comparison.labelA,
            difference: comparison.difference,
            low: comparison.ciLow,
            high: comparison.ciHigh,
            isFound: comparison.status === "found",
          }))}
          summary={`${KIND_HEADINGS[kind]}: differences in pain with 95% intervals. ${tested
            .map(
              (comparison) =>
                `${comparison.labelA}: ${differenceText(comparison)} (${intervalText(comparison)})`,
            )
            .join("; ")}.`}
        />
      ) : null}
      <TableScroll label={`${KIND_HEADINGS[kind]}: every comparison`}>
        <table className="data-table">
          <caption>{KIND_HEADINGS[kind]}: every comparison with its evidence</caption>
          <thead>
            <tr>
              <th scope="col">Compared</th>
              <th scope="col">Days</th>
              <th scope="col">Medians</th>
              <th scope="col">Difference</th>
              <th scope="col">95% interval</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {comparisons.map((comparison) => (
              <tr key={comparison.key}>
                <th scope="row">
                  {comparison.labelA}{" "}
                  <span className="muted">vs {comparison.labelB.toLowerCase()}</span>
                </th>
                <td>
                  {comparison.nA} vs {comparison.nB}
                </td>
                <td>
                  {formatPain(comparison.medianA)} vs {formatPain(comparison.medianB)}
                </td>
                <td>{differenceText(comparison)}</td>
                <td>{intervalText(comparison)}</td>
                <td>{statusText(comparison)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
