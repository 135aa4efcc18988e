import { hodgesLehmannPaired } from "../stats/hodges-lehmann";
import { median, wilcoxonSignedRank } from "../stats/rank-tests";
import type { RegressorResult, RegressorTester } from "../stats/regressor-test";
import {
  type ComparisonBase,
  MIN_DAYS_PER_SIDE,
  MIN_PAIRED_DAYS,
  type TestedComparison,
  type UntestedComparison,
} from "../types";

/** A comparison before its family's false-discovery control and the repeated-look rule. */
export type Draft =
  | Omit<TestedComparison, "status" | "qValue" | "isSeenThisWeekOnly" | "mayBeSmaller">
  | UntestedComparison;

/** What a comparison is about, as the caller names it; the rest comes from the data. */
type Labels = Pick<ComparisonBase, "key" | "kind" | "subjectId" | "outcome" | "labelA" | "labelB">;

const PAIRED_METHOD =
  "Parts of the day, paired by day: Hodges–Lehmann estimate (median of Walsh averages); p from " +
  "the Wilcoxon signed-rank test, ties corrected; the 95% interval holds the shifts it accepts.";

/**
 * About how many more logged days would bring every side to `minimum`, if each side keeps
 * occurring at the rate it has so far: a tag seen on 2 of 40 days needs about 160 more days for
 * 8 more, not 8.
 */
export function moreDaysFor({
  counts,
  total,
  minimum,
}: {
  counts: readonly number[];
  total: number;
  minimum: number;
}): number {
  return Math.max(
    0,
    ...counts.map((count) => {
      if (count >= minimum) return 0;
      if (count === 0 || total === 0) return minimum;
      return Math.ceil(((minimum - count) * total) / count);
    }),
  );
}

/** Two measurements on the same days, e.g. morning and evening pain of each day with both. */
export function comparePaired({
  pairs,
  dayCount,
  ...labels
}: Labels & { pairs: readonly { a: number; b: number }[]; dayCount: number }): Draft {
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
      moreDaysNeeded: moreDaysFor({ counts: [n], total: dayCount, minimum: MIN_PAIRED_DAYS }),
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

type RegressorComparison = Labels & { x: readonly number[] };

/**
 * Comparisons of rows of one daily series split by 0/1 regressors (A = 1), tested together by
 * `test` (regressor-test.ts calibrates them as a set). The difference is the regression
 * coefficient; `y` holds the series' values for the medians shown on each side. A comparison
 * with fewer than MIN_DAYS_PER_SIDE rows on a side is not tested.
 */
export function compareRegressors({
  test,
  y,
  method,
  comparisons,
}: {
  test: RegressorTester;
  y: readonly number[];
  method: string;
  comparisons: readonly RegressorComparison[];
}): Draft[] {
  const sides = comparisons.map(({ x }) => {
    const a = y.filter((_, i) => x[i] === 1);
    const b = y.filter((_, i) => x[i] !== 1);
    return { a, b, isEnough: a.length >= MIN_DAYS_PER_SIDE && b.length >= MIN_DAYS_PER_SIDE };
  });
  const testable = comparisons.filter((_, i) => sides[i]?.isEnough);
  const results = new Map<RegressorComparison, RegressorResult | null>();
  test(testable.map(({ x }) => x)).forEach((result, i) => {
    const comparison = testable[i];
    if (comparison) results.set(comparison, result);
  });
  return comparisons.map((comparison, i): Draft => {
    const { x: _x, ...labels } = comparison;
    const { a, b } = sides[i] ?? { a: [], b: [] };
    const shown = { nA: a.length, nB: b.length, medianA: median(a), medianB: median(b) };
    const result = results.get(comparison);
    if (!result) {
      return {
        ...labels,
        ...shown,
        method,
        status: "not-enough-data",
        minimum: MIN_DAYS_PER_SIDE,
        moreDaysNeeded: moreDaysFor({
          counts: [a.length, b.length],
          total: y.length,
          minimum: MIN_DAYS_PER_SIDE,
        }),
      };
    }
    return {
      ...labels,
      ...shown,
      method,
      difference: result.estimate,
      ciLow: result.ciLow,
      ciHigh: result.ciHigh,
      pValue: result.pValue,
    };
  });
}
