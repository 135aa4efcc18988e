/**
 * What the experiment page, the shared summary and the PDF say about an experiment, so all three
 * say the same (pure).
 */

import { formatLongDate } from "@/lib/journal/format/dates";
import { MIN_PAIRS_FOR_VERDICT, SIGNIFICANCE } from "../design/analysis";
import { type ExperimentDetailDTO, OUTCOME_LABELS } from "../types";

const points = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toFixed(1);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
};

const pValue = (p: number) => (p < 0.001 ? "below 0.001" : p.toFixed(3));

type Detail = Pick<
  ExperimentDetailDTO,
  | "change"
  | "outcome"
  | "status"
  | "analysis"
  | "progress"
  | "stoppedOn"
  | "pairs"
  | "blockDays"
  | "outcomeDays"
>;

/** The one-sentence answer, in plain words; null while the experiment still runs. */
export function verdictText(experiment: Detail): string | null {
  const { analysis } = experiment;
  if (!analysis) return null;
  const outcome = OUTCOME_LABELS[experiment.outcome];
  const size = analysis.test ? points(analysis.test.estimate).replace(/^[+−]/, "") : "";
  switch (analysis.verdict) {
    case "helps":
      return `It seems to help: after “on” nights your ${outcome} was lower, by about ${size} points.`;
    case "higher":
      return `It did not help: after “on” nights your ${outcome} was higher, by about ${size} points.`;
    case "unclear":
      return `No clear difference: your ${outcome} was about the same after “on” and “off” nights, or the difference could be chance.`;
    default:
      return `Too little to tell: ${analysis.usablePairs} complete pair${analysis.usablePairs === 1 ? "" : "s"} of blocks with ratings, and at least ${MIN_PAIRS_FOR_VERDICT} are needed for any answer.`;
  }
}

/** The figures behind the verdict: difference, interval, p-value and what it means. */
export function evidenceText(experiment: Detail): string | null {
  const test = experiment.analysis?.test;
  if (!test) return null;
  const { low, high } = test.interval;
  const interval =
    low === null || high === null
      ? "too few pairs for a 95% interval"
      : `95% interval ${points(low)} to ${points(high)}`;
  return `On minus off: ${points(test.estimate)} points (${interval}), over ${test.pairs} pairs of blocks. p = ${pValue(test.pLower)}: the share of the ${test.orders.toLocaleString("en")} orders the draw could have made that give a difference this low; “helps” needs ${SIGNIFICANCE} or less.`;
}

/** How closely the plan was followed. */
export function adherenceText(experiment: Pick<Detail, "progress">): string {
  const p = experiment.progress;
  const unanswered = p.nightsUnrecorded
    ? ` ${p.nightsUnrecorded} night${p.nightsUnrecorded === 1 ? "" : "s"} had no answer.`
    : "";
  return `Done on ${p.onNightsDone} of ${p.onNights} “on” nights, and on ${p.offNightsDone} of ${p.offNights} “off” nights.${unanswered}`;
}

/** What the reader must keep in mind, always shown with the result. */
export function caveats(experiment: Detail): string[] {
  const outcome = OUTCOME_LABELS[experiment.outcome];
  const list: string[] = [];
  if (experiment.status === "stopped" && experiment.stoppedOn) {
    const used = experiment.analysis?.pairs.length ?? 0;
    list.push(
      `Stopped early, on ${formatLongDate(experiment.stoppedOn)}: this uses the ${used} complete pair${used === 1 ? "" : "s"} of blocks before it, of ${experiment.pairs} planned. If you stopped because of how it was going, the p-value is too hopeful.`,
    );
  }
  list.push(
    "You knew which nights were “on”: expecting something to help can ease pain by itself, and this comparison cannot tell the two apart.",
    `If the change works for longer than a night, it spills into the next “off” block (blocks here are ${experiment.blockDays} night${experiment.blockDays === 1 ? "" : "s"}), and the difference looks smaller than it is.`,
    "Nights are compared as planned, done or not: nights not done as planned make a real difference look smaller.",
  );
  const { expected, recorded } = experiment.outcomeDays;
  if (expected > recorded) {
    list.push(
      `${expected - recorded} of ${expected} days had no rating of your ${outcome}. If you missed more days after one kind of night, the comparison leans.`,
    );
  }
  list.push(
    "This is about you over these weeks, not a cause or a diagnosis: pain changes for many reasons.",
  );
  return list;
}
