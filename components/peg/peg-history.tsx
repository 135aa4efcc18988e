import { PegTrendChart } from "@/components/charts/peg-trend-chart";
import { DeleteButton } from "@/components/ui/delete-button";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatPain } from "@/lib/pain-text";
import { deletePegAction } from "@/lib/peg/actions";
import { formatChangePercent, PEG_LEVEL_LABELS } from "@/lib/peg/questionnaire/score";
import type { PegPoint } from "@/lib/peg/types";

function chartSummary(trend: readonly PegPoint[]): string {
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!first || !last) return "No weekly checks yet.";
  if (first === last)
    return `One weekly check so far: a score of ${formatPain(first.score)} on ${first.date}.`;
  return `PEG score from ${formatPain(first.score)} on ${first.date} (the baseline) to ${formatPain(last.score)} on ${last.date}: ${PEG_LEVEL_LABELS[last.level].toLowerCase()}, over ${trend.length} weekly checks.`;
}

/** Every weekly PEG: a small chart of the score and a table with each answer and the change. */
export function PegHistory({ trend }: { trend: PegPoint[] }) {
  if (trend.length === 0) {
    return <p className="muted">No answers yet. Your first becomes the baseline.</p>;
  }
  return (
    <>
      <PegTrendChart
        points={trend.map((point) => ({ date: point.date, score: point.score }))}
        summary={chartSummary(trend)}
      />
      <TableScroll label="Your weekly checks">
        <table className="data-table">
          <caption>Your weekly checks (score = the mean of the three answers)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Pain</th>
              <th scope="col">Enjoyment</th>
              <th scope="col">Activities</th>
              <th scope="col">Score</th>
              <th scope="col">Change from first</th>
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...trend].reverse().map((point) => (
              <tr key={point.id}>
                <th scope="row">{point.date}</th>
                <td>{point.pain}</td>
                <td>{point.enjoyment}</td>
                <td>{point.activity}</td>
                <td>{formatPain(point.score)}</td>
                <td>
                  {point.level === "baseline"
                    ? PEG_LEVEL_LABELS.baseline
                    : `${formatChangePercent(point.changePercent)}: ${PEG_LEVEL_LABELS[point.level]}`}
                </td>
                <td>
                  <DeleteButton
                    action={deletePegAction}
                    fields={{ id: point.id }}
                    label={
                      <>
                        Delete<span className="visually-hidden"> the check of {point.date}</span>
                      </>
                    }
                    confirmText={`Delete the weekly check of ${point.date}? This can't be undone.`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
