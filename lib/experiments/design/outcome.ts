/**
 * From a journal to the pairs' differences: each night's outcome is read from the day after it
 * (the change is made tonight; its effect is looked for tomorrow), a block's outcome is the mean
 * over its recorded days, and a pair counts when it is complete and both its blocks have at least
 * one recorded day. Nights are compared as planned, done or not (intention to treat): that keeps
 * the randomisation test valid whatever the adherence (Kravitz & Duan 2014, ch. 7).
 */

import { daysBetween } from "@/lib/time";
import { type Block, blocksOf, type ExperimentDesign } from "./schedule";

export const EXPERIMENT_OUTCOMES = ["MORNING", "AFTERNOON", "EVENING", "NIGHT", "DAY"] as const;
/** The next day's pain in one part of the day, or the whole day's (mean of its rated parts). */
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

/** What the analysis needs of a journal day (a subset of the patterns' DayRecord). */
export type OutcomeDay = {
  date: string;
  parts: Partial<Record<Exclude<ExperimentOutcome, "DAY">, number>>;
  dayPain: number;
};

export type BlockOutcome = Block & { recordedDays: number; mean: number | null };

export type PairDifference = {
  pair: number;
  on: BlockOutcome;
  off: BlockOutcome;
  /** On-block mean minus off-block mean; null when a block has no recorded day. */
  difference: number | null;
};

export function outcomeOf(day: OutcomeDay, outcome: ExperimentOutcome): number | null {
  return outcome === "DAY" ? day.dayPain : (day.parts[outcome] ?? null);
}

/**
 * Every pair whose nights all fall before `endsBefore` (the first night not in the experiment:
 * the night it was stopped, or the night after its last), with its blocks' means.
 */
export function pairDifferences({
  design,
  days,
  outcome,
  endsBefore,
}: {
  design: ExperimentDesign;
  days: readonly OutcomeDay[];
  outcome: ExperimentOutcome;
  endsBefore: string;
}): PairDifference[] {
  // Day k after the first night is the outcome day of night k − 1.
  const byDay = new Map(days.map((day) => [daysBetween(design.startDate, day.date), day]));
  const measure = (block: Block): BlockOutcome => {
    const values: number[] = [];
    const first = block.index * design.blockDays + 1;
    for (let k = first; k < first + design.blockDays; k++) {
      const day = byDay.get(k);
      const value = day ? outcomeOf(day, outcome) : null;
      if (value !== null) values.push(value);
    }
    const mean = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
    return { ...block, recordedDays: values.length, mean };
  };
  const complete = blocksOf(design).filter((block) => block.to < endsBefore);
  const pairs: PairDifference[] = [];
  for (let i = 0; i + 1 < complete.length; i += 2) {
    const [first, second] = [complete[i], complete[i + 1]];
    if (!first || !second || first.pair !== second.pair) continue;
    const [on, off] = (first.isOn ? [first, second] : [second, first]).map(measure) as [
      BlockOutcome,
      BlockOutcome,
    ];
    const difference = on.mean === null || off.mean === null ? null : on.mean - off.mean;
    pairs.push({ pair: first.pair, on, off, difference });
  }
  return pairs;
}
