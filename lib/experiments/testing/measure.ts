/** Runs many simulated people through the real analysis and counts the verdicts. */

import { mulberry32 } from "@/lib/random";
import { addDays } from "@/lib/time";
import { analyseExperiment } from "../design/analysis";
import type { ExperimentOutcome } from "../design/outcome";
import { drawBlockOrder, type ExperimentDesign, lastNight } from "../design/schedule";
import { type ExperimentModel, simulateExperimentJournal } from "./experiment-model";

export type DesignChoice = { blockDays: number; pairs: number; outcome: ExperimentOutcome };

/** Share of `people` simulated people whose experiment reads "helps". */
export function helpsRate({
  choice,
  model,
  people,
  seed,
}: {
  choice: DesignChoice;
  model: ExperimentModel;
  people: number;
  seed: number;
}): number {
  const coin = mulberry32(seed);
  let helps = 0;
  for (let person = 0; person < people; person++) {
    const design: ExperimentDesign = {
      startDate: "2026-01-05",
      blockDays: choice.blockDays,
      blockOrder: drawBlockOrder({ pairs: choice.pairs, flip: () => coin() < 0.5 }),
    };
    const days = simulateExperimentJournal({ seed: seed * 7919 + person, design, model });
    const analysis = analyseExperiment({
      design,
      days,
      outcome: choice.outcome,
      endsBefore: addDays(lastNight(design), 1),
    });
    if (analysis.verdict === "helps") helps++;
  }
  return helps / people;
}

export const percent = (rate: number) => `${(100 * rate).toFixed(1)}%`;
