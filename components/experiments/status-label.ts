import type { ExperimentSummaryDTO } from "@/lib/experiments/types";
import { formatLongDate } from "@/lib/journal/format/dates";

/** "Running until 3 March", "Stopped early on 2 March"… */
export function statusLabel(
  experiment: Pick<ExperimentSummaryDTO, "status" | "startDate" | "lastNight" | "stoppedOn">,
): string {
  switch (experiment.status) {
    case "planned":
      return `Starts on ${formatLongDate(experiment.startDate)}`;
    case "running":
      return `Running until ${formatLongDate(experiment.lastNight)}`;
    case "waiting":
      return "Last night done: the result comes after tonight's check-in";
    case "finished":
      return "Finished: the result is ready";
    default:
      return `Stopped early on ${formatLongDate(experiment.stoppedOn ?? experiment.lastNight)}`;
  }
}
