import Link from "next/link";
import { type ExperimentSummaryDTO, OUTCOME_LABELS } from "@/lib/experiments/types";
import { formatLongDate } from "@/lib/journal/format/dates";
import { statusLabel } from "./status-label";

/** The person's experiments, newest first, each a link to its page. */
export function ExperimentList({ experiments }: { experiments: ExperimentSummaryDTO[] }) {
  if (experiments.length === 0) {
    return <p className="muted">No experiments yet.</p>;
  }
  return (
    <ul className="more-list">
      {experiments.map((experiment) => (
        <li key={experiment.id}>
          <Link href={`/experiments/${experiment.id}`}>
            <span className="more-list__label">{experiment.change}</span>
            <span className="more-list__about">
              {statusLabel(experiment)} · {OUTCOME_LABELS[experiment.outcome]} · from{" "}
              {formatLongDate(experiment.startDate)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
