import { ForestPlot } from "@/components/charts/forest-plot";
import { TableScroll } from "@/components/ui/table-scroll";
import type { Comparison, ComparisonKind, TestedComparison } from "@/lib/patterns/types";
import {
  describeComparison,
  differenceText,
  intervalText,
  KIND_HEADINGS,
} from "@/lib/patterns/wording/describe";
import { comparedLabel, differenceWithInterval, resultText } from "@/lib/patterns/wording/wording";

/**
 * One kind of comparison (people, places, relief…) over what the person logged: the patterns
 * found, a forest plot of the tested ones, and every comparison's evidence behind a disclosure.
 */
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
  const heading = KIND_HEADINGS[kind];
  return (
    <section aria-labelledby={headingId} className="card">
      <h3 id={headingId}>{heading}</h3>
      {found.length > 0 ? (
        <ul className="findings">
          {found.map((comparison) => (
            <li key={comparison.key}>{describeComparison(comparison)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {tested.length > 0 ? "No clear pattern here yet." : "Not enough days to compare yet."}
        </p>
      )}
      {tested.length > 0 ? (
        <ForestPlot
          rows={tested.map((comparison) => ({
            label: comparedLabel(comparison),
            difference: comparison.difference,
            low: comparison.ciLow,
            high: comparison.ciHigh,
            isFound: comparison.status === "found",
          }))}
          summary={`${heading}: differences in pain with 95% intervals. ${tested
            .map(
              (comparison) =>
                `${comparedLabel(comparison)}: ${differenceText(comparison)} (${intervalText(comparison)})`,
            )
            .join("; ")}.`}
        />
      ) : null}
      <details className="disclosure">
        <summary>
          Show every comparison
          <span className="visually-hidden"> about {heading.toLowerCase()}</span>
        </summary>
        <TableScroll label={`${heading}: every comparison`}>
          <table className="data-table comparison-table">
            <caption>{heading}: every comparison with its evidence</caption>
            <thead>
              <tr>
                <th scope="col">Compared</th>
                <th scope="col">Days</th>
                <th scope="col">Difference (95% interval)</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map((comparison) => (
                <tr key={comparison.key}>
                  <th scope="row">{comparedLabel(comparison)}</th>
                  <td>
                    {comparison.nA} vs {comparison.nB}
                  </td>
                  <td>{differenceWithInterval(comparison)}</td>
                  <td>{resultText(comparison)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
