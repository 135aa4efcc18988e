/**
 * The analysis fixed before the first night (shown on every experiment as such): the pairs'
 * on − off differences of the chosen outcome, an exact randomisation test over the design's
 * orders at one-sided 5% for "helps" (and, separately, for "pain was higher"), the mean
 * difference with its exact 95% interval. Nothing here looks at how the nights were done: that
 * is reported beside it (adherence), never used to choose what is compared.
 */

import {
  type ExperimentOutcome,
  type OutcomeDay,
  type PairDifference,
  pairDifferences,
} from "./outcome";
import { MAX_PAIRS, type RandomisationResult, randomisationTest } from "./randomisation-test";
import type { ExperimentDesign } from "./schedule";

export const SIGNIFICANCE = 0.05;
/** With fewer usable pairs the smallest possible p-value (1/2^pairs) is above 5%. */
export const MIN_PAIRS_FOR_VERDICT = 5;

export type Verdict = "helps" | "higher" | "unclear" | "too-few-pairs";

export type ExperimentAnalysis = {
  pairs: PairDifference[];
  usablePairs: number;
  test: RandomisationResult | null;
  verdict: Verdict;
};

export function verdictOf(test: RandomisationResult | null): Verdict {
  if (!test || test.pairs < MIN_PAIRS_FOR_VERDICT) return "too-few-pairs";
  if (test.pLower <= SIGNIFICANCE) return "helps";
  if (test.pHigher <= SIGNIFICANCE) return "higher";
  return "unclear";
}

export function analyseExperiment(options: {
  design: ExperimentDesign;
  days: readonly OutcomeDay[];
  outcome: ExperimentOutcome;
  endsBefore: string;
}): ExperimentAnalysis {
  const pairs = pairDifferences(options);
  const differences = pairs.flatMap((pair) => (pair.difference === null ? [] : [pair.difference]));
  const test =
    differences.length > 0 && differences.length <= MAX_PAIRS
      ? randomisationTest(differences)
      : null;
  return { pairs, usablePairs: differences.length, test, verdict: verdictOf(test) };
}
