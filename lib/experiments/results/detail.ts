/** Turns a stored experiment, its answered nights and its outcome days into what pages show. */

import { addDays } from "@/lib/time";
import type { ExperimentRecord } from "../data";
import { analyseExperiment } from "../design/analysis";
import type { OutcomeDay } from "../design/outcome";
import { blocksOf, lastNight, pairCount } from "../design/schedule";
import type { ExperimentDetailDTO, ExperimentSummaryDTO, NightRecord } from "../types";
import { analysisEndsBefore, progressOf, statusOf } from "./progress";

export function toSummary(
  record: ExperimentRecord,
  today: string,
  timeZoneDate: (d: Date) => string,
): ExperimentSummaryDTO {
  const { reliefItemId: _relief, createdAt, ...rest } = record;
  return {
    ...rest,
    pairs: pairCount(record),
    lastNight: lastNight(record),
    status: statusOf(record, today),
    createdOn: timeZoneDate(createdAt),
  };
}

/** The outcome days an experiment's analysis reads: the day after each of its nights. */
export function outcomeRange(record: ExperimentRecord): { from: string; to: string } {
  return { from: addDays(record.startDate, 1), to: addDays(lastNight(record), 1) };
}

export function toDetail({
  summary,
  nights,
  days,
  today,
}: {
  summary: ExperimentSummaryDTO;
  nights: NightRecord[];
  days: OutcomeDay[];
  today: string;
}): ExperimentDetailDTO {
  const isOver = summary.status === "finished" || summary.status === "stopped";
  const analysis = isOver
    ? analyseExperiment({
        design: summary,
        days,
        outcome: summary.outcome,
        endsBefore: analysisEndsBefore(summary),
      })
    : null;
  const blocksUsed = analysis?.pairs.flatMap((pair) => [pair.on, pair.off]) ?? [];
  return {
    ...summary,
    blocks: blocksOf(summary),
    nights,
    progress: progressOf(summary, nights, today),
    analysis,
    outcomeDays: {
      expected: blocksUsed.length * summary.blockDays,
      recorded: blocksUsed.reduce((sum, block) => sum + block.recordedDays, 0),
    },
  };
}
