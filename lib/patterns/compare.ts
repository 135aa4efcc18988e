import { hodgesLehmannPaired, hodgesLehmannShift } from "./hodges-lehmann";
import { mannWhitneyU, median, wilcoxonSignedRank } from "./stats";
import {
  type ComparisonKind,
  MIN_DAYS_PER_SIDE,
  MIN_PAIRED_DAYS,
  type Outcome,
  type TestedComparison,
  type UntestedComparison,
} from "./types";

/** A comparison before the false-discovery correction decides its status. */
export type Draft = Omit<TestedComparison, "status" | "qValue"> | UntestedComparison;

type Labels = {
  key: string;
  kind: ComparisonKind;
  subjectId: string | null;
  outcome: Outcome;
  labelA: string;
  labelB: string;
};

const INDEPENDENT_METHOD =
  "Difference: Hodges–Lehmann estimate (median of every A-day minus B-day difference); p from " +
  "the Mann–Whitney U test, ties corrected; the 95% interval holds the shifts that test accepts.";

const PAIRED_METHOD =
  "Parts of the day, paired by day: Hodges–Lehmann estimate (median of Walsh averages); p from " +
  "the Wilcoxon signed-rank test, ties corrected; the 95% interval holds the shifts it accepts.";

/** Two separate groups of days, e.g. days with a tag vs days without it. */
export function compareIndependent({
  a,
  b,
  ...labels
}: Labels & { a: readonly number[]; b: readonly number[] }): Draft {
  const sides = { nA: a.length, nB: b.length, medianA: median(a), medianB: median(b) };
  const isEnough = a.length >= MIN_DAYS_PER_SIDE && b.length >= MIN_DAYS_PER_SIDE;
  const interval = isEnough ? hodgesLehmannShift(a, b) : null;
  if (!interval) {
    const moreDaysNeeded =
      Math.max(0, MIN_DAYS_PER_SIDE - a.length) + Math.max(0, MIN_DAYS_PER_SIDE - b.length);
    return {
      ...labels,
      ...sides,
      method: INDEPENDENT_METHOD,
      status: "not-enough-data",
      minimum: MIN_DAYS_PER_SIDE,
      moreDaysNeeded,
    };
  }
  return {
    ...labels,
    ...sides,
    method: INDEPENDENT_METHOD,
    difference: interval.estimate,
    ciLow: interval.low,
    ciHigh: interval.high,
    pValue: mannWhitneyU(a, b).pValue,
  };
}

/** Two measurements on the same days, e.g. morning and evening pain of each day with both. */
export function comparePaired({
  pairs,
  ...labels
}: Labels & { pairs: readonly { a: number; b: number }[] }): Draft {
  const n = pairs.length;
  const sides = {
    nA: n,
    nB: n,
    medianA: median(pairs.map((p) => p.a)),
    medianB: median(pairs.map((p) => p.b)),
  };
  const differences = pairs.map((p) => p.a - p.b);
  const interval = n >= MIN_PAIRED_DAYS ? hodgesLehmannPaired(differences) : null;
  if (!interval) {
    return {
      ...labels,
      ...sides,
      method: PAIRED_METHOD,
      status: "not-enough-data",
      minimum: MIN_PAIRED_DAYS,
      moreDaysNeeded: MIN_PAIRED_DAYS - n,
    };
  }
  return {
    ...labels,
    ...sides,
    method: PAIRED_METHOD,
    difference: interval.estimate,
    ciLow: interval.low,
    ciHigh: interval.high,
    pValue: wilcoxonSignedRank(differences).pValue,
  };
}
