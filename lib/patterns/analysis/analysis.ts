import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { addDays } from "@/lib/time";
import { benjaminiHochberg } from "../stats/fdr";
import { calibratedAr1, type RegressionMethod } from "../stats/regressor-test";
import {
  type Comparison,
  type ComparisonFamily,
  type DayRecord,
  FAMILY_LEVELS,
  familyLevels,
  familyOf,
  type PatternAnalysis,
  type ReliefInfo,
  type TagInfo,
  type TestedComparison,
} from "../types";
import type { Draft } from "./compare";
import { draftsOf } from "./drafts";
import { daysWithin, LOOK_INTERVAL_DAYS } from "./window";

type Tested = Extract<Draft, { pValue: number }>;
type Verdict = { qValue: number; isSignificant: boolean; sign: number };

/** Benjamini–Hochberg within each family; significant also needs the interval to exclude 0. */
function verdicts(
  drafts: readonly Draft[],
  levels: Record<ComparisonFamily, number>,
): Map<string, Verdict> {
  const result = new Map<string, Verdict>();
  const tested = drafts.filter((draft): draft is Tested => "pValue" in draft);
  for (const family of Object.keys(FAMILY_LEVELS) as ComparisonFamily[]) {
    const members = tested.filter((draft) => familyOf(draft.kind) === family);
    const qValues = benjaminiHochberg(members.map((draft) => draft.pValue));
    members.forEach((draft, i) => {
      const qValue = qValues[i] ?? 1;
      const excludesZero = draft.ciLow > 0 || draft.ciHigh < 0;
      result.set(draft.key, {
        qValue,
        isSignificant: qValue <= levels[family] && excludesZero,
        sign: Math.sign(draft.difference),
      });
    });
  }
  return result;
}

/**
 * About how many more days until a 1.5-point difference would reach about 80% power at the
 * current level of people, places and feelings (the first of m comparisons under
 * Benjamini–Hochberg needs p ≤ level / m; 0.84 more standard errors give 80%), judging from the
 * smallest standard error among them and relief now (standard errors shrink with the square root
 * of the days).
 */
function moreDaysToTell(
  comparisons: readonly Comparison[],
  dayCount: number,
  level: number,
): number | null {
  const subjects = comparisons.filter(
    (c): c is TestedComparison =>
      c.status !== "not-enough-data" && (familyOf(c.kind) === "subjects" || c.kind === "relief"),
  );
  if (subjects.length === 0 || dayCount === 0) return null;
  const smallestError = Math.min(...subjects.map((c) => (c.ciHigh - c.ciLow) / (2 * 1.96)));
  const needed =
    dayCount *
    (((tQuantile(1 - level / (2 * subjects.length), 1e6) + 0.84) * smallestError) / 1.5) ** 2;
  return Math.max(0, Math.ceil(needed - dayCount));
}

/**
 * Every comparison the journal supports over `range`, each with its evidence. `days` may also
 * hold the week before `range.from`: the previous weekly look is the same window a week earlier,
 * and a comparison is "found" only when it passes its family's false-discovery control at both
 * looks, in the same direction. Comparisons below the minimums are shown as not-enough-data and
 * take no part in the correction. Subjects never recorded in the window are left out.
 */
export function analysePatterns({
  days,
  tags,
  reliefs,
  range,
  journalStart = null,
  regression = calibratedAr1,
}: {
  days: readonly DayRecord[];
  tags: readonly TagInfo[];
  reliefs: readonly ReliefInfo[];
  range: { from: string; to: string };
  /** The journal's first day: a young journal's looks use YOUNG_FAMILY_LEVELS (types.ts). */
  journalStart?: string | null;
  /** How regressors are tested; simulations pass an oracle to compare against. */
  regression?: RegressionMethod;
}): PatternAnalysis {
  const sorted = [...days].sort((x, y) => x.date.localeCompare(y.date));
  const current = daysWithin(sorted, range);
  const previous = daysWithin(sorted, {
    from: addDays(range.from, -LOOK_INTERVAL_DAYS),
    to: addDays(range.to, -LOOK_INTERVAL_DAYS),
  });
  const drafts = draftsOf(current, tags, reliefs, regression);
  const previousEnd = addDays(range.to, -LOOK_INTERVAL_DAYS);
  const levels = familyLevels({ journalStart, lookEnd: range.to });
  const now = verdicts(drafts, levels);
  const isRegressionSignificant = drafts.some(
    (draft) => draft.kind !== "partOfDay" && now.get(draft.key)?.isSignificant,
  );
  const before = verdicts(
    draftsOf(previous, tags, reliefs, regression, isRegressionSignificant),
    familyLevels({ journalStart, lookEnd: previousEnd }),
  );

  const comparisons = drafts.map((draft): Comparison => {
    if (!("pValue" in draft)) return draft;
    const verdict = now.get(draft.key) ?? { qValue: 1, isSignificant: false, sign: 0 };
    const earlier = before.get(draft.key);
    const isHeld = earlier?.isSignificant === true && earlier.sign === verdict.sign;
    const isFound = verdict.isSignificant && isHeld;
    const nearEnd = Math.min(Math.abs(draft.ciLow), Math.abs(draft.ciHigh));
    return {
      ...draft,
      qValue: verdict.qValue,
      status: isFound ? "found" : "no-clear-difference",
      isSeenThisWeekOnly: verdict.isSignificant && !isHeld,
      mayBeSmaller: isFound && nearEnd < Math.abs(draft.difference) / 2,
    };
  });
  const tested = comparisons.filter((c) => c.status !== "not-enough-data").length;
  const isNothingFound = !comparisons.some(
    (c) => c.status === "found" && c.kind !== "partOfDay" && c.kind !== "weekday",
  );
  return {
    comparisons,
    testedCount: tested,
    dayCount: current.length,
    moreDaysToTell: isNothingFound
      ? moreDaysToTell(comparisons, current.length, levels.subjects)
      : null,
  };
}
