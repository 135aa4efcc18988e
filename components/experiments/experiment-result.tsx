import { TableScroll } from "@/components/ui/table-scroll";
import {
  adherenceText,
  caveats,
  evidenceText,
  verdictText,
} from "@/lib/experiments/results/wording";
import type { ExperimentDetailDTO } from "@/lib/experiments/types";
import { formatShortDate } from "@/lib/journal/format/dates";

const mean = (value: number | null) => (value === null ? "no ratings" : value.toFixed(1));

/** The result of a finished or stopped experiment: the answer first, the figures beneath. */
export function ExperimentResult({ experiment }: { experiment: ExperimentDetailDTO }) {
  const verdict = verdictText(experiment);
  if (!experiment.analysis || !verdict) return null;
  const evidence = evidenceText(experiment);
  return (
    <section aria-labelledby="result-heading" className="card">
      <h2 id="result-heading">Result{experiment.status === "stopped" ? " (stopped early)" : ""}</h2>
      <p className="experiment-verdict">
        <strong>{verdict}</strong>
      </p>
      {evidence ? <p>{evidence}</p> : null}
      <p>{adherenceText(experiment)}</p>
      <h3>Keep in mind</h3>
      <ul>
        {caveats(experiment).map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      {experiment.analysis.pairs.length ? (
        <details className="disclosure">
          <summary>Each pair of blocks</summary>
          <TableScroll label="Each pair of blocks">
            <table>
              <caption className="visually-hidden">
                Mean outcome after the on and off block of each pair
              </caption>
              <thead>
                <tr>
                  <th scope="col">Pair</th>
                  <th scope="col">On (from)</th>
                  <th scope="col">On</th>
                  <th scope="col">Off</th>
                  <th scope="col">On − off</th>
                </tr>
              </thead>
              <tbody>
                {experiment.analysis.pairs.map((pair) => (
                  <tr key={pair.pair}>
                    <td>{pair.pair + 1}</td>
                    <td>{formatShortDate(pair.on.from)}</td>
                    <td>{mean(pair.on.mean)}</td>
                    <td>{mean(pair.off.mean)}</td>
                    <td>{pair.difference === null ? "—" : pair.difference.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </section>
  );
}
