import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { addDays, PARTS_OF_DAY, type PartOfDay } from "@/lib/time";
import { comparePaired, compareRegressors, type Draft } from "./compare";
import { dayNumber } from "./dates";
import { dayFactorDrafts } from "./day-factors";
import { benjaminiHochberg } from "./fdr";
import { calibratedAr1, type RegressionMethod } from "./stats/regressor-test";
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
} from "./types";
import { daysWithin, LOOK_INTERVAL_DAYS } from "./window";

const PART_LABELS: Record<PartOfDay, string> = {
  MORNING: "Morning",
  AFTERNOON: "Afternoon",
  EVENING: "Evening",
  NIGHT: "Night",
};

const TAG_KINDS = { PERSON: "person", CONTEXT: "context", EMOTION: "emotion" } as const;

const DAY_PAIN_METHOD =
  "Difference in day pain from a regression on whether the day had it, with errors that carry " +
  "over from day to day (AR(1)) plus each day's own rating noise, averaged over how strongly, " +
  "weighted by their likelihood; p from a t test made stricter when the same test on the tag " +
  "shifted by a week or more spreads wider than chance allows. The 95% interval uses the same " +
  "standard error.";

const RELIEF_METHOD =
  "Difference in the next morning's pain after days with it, adjusted for that day's own pain " +
  "(relief is often taken on bad days): the same regression with carry-over errors and the same " +
  "shift check as for people, places and feelings.";

function partDrafts(days: readonly DayRecord[]): Draft[] {
  const rated = (part: PartOfDay) => days.some((day) => day.parts[part] !== undefined);
  const drafts: Draft[] = [];
  PARTS_OF_DAY.forEach((partA, i) => {
    for (const partB of PARTS_OF_DAY.slice(i + 1)) {
      if (!rated(partA) || !rated(partB)) continue;
      const pairs = days.flatMap(({ parts }) => {
        const a = parts[partA];
        const b = parts[partB];
        return a === undefined || b === undefined ? [] : [{ a, b }];
      });
      drafts.push(
        comparePaired({
          key: `part:${partA}-vs-${partB}`,
          kind: "partOfDay",
          subjectId: null,
          outcome: "part-pain",
          labelA: PART_LABELS[partA],
          labelB: PART_LABELS[partB],
          pairs,
          dayCount: days.length,
        }),
      );
    }
  });
  return drafts;
}

/**
 * Day pain against the weekend, and against each tag seen in the window. The weekend is tested
 * on its own: its shifts line weekdays up with the weekly rhythm of pain, which says nothing
 * about the tags.
 */
function dayPainDrafts(
  days: readonly DayRecord[],
  tags: readonly TagInfo[],
  regression: RegressionMethod,
): Draft[] {
  if (days.length === 0) return [];
  const y = days.map((day) => day.dayPain);
  const test = regression({
    dayNumbers: days.map((day) => dayNumber(day.date)),
    y,
    ratingsPerRow: days.map((day) => Object.keys(day.parts).length),
  });
  const weekend = {
    x: days.map((day) => +(day.weekday === 0 || day.weekday === 6)),
    key: "weekend",
    kind: "weekday",
    subjectId: null,
    outcome: "day-pain",
    labelA: "Weekends",
    labelB: "Weekdays",
  } as const;
  const seen = tags.filter((tag) => days.some((day) => day.tagIds.includes(tag.id)));
  const tagComparisons = seen.map((tag) => ({
    x: days.map((day) => +day.tagIds.includes(tag.id)),
    key: `tag:${tag.id}`,
    kind: TAG_KINDS[tag.kind],
    subjectId: tag.id,
    outcome: "day-pain" as const,
    labelA: `With ${tag.name}`,
    labelB: `Without ${tag.name}`,
  }));
  return [
    ...compareRegressors({ test, y, method: DAY_PAIN_METHOD, comparisons: [weekend] }),
    ...compareRegressors({ test, y, method: DAY_PAIN_METHOD, comparisons: tagComparisons }),
  ];
}

/** Each recorded day followed by a recorded day with a morning rating. */
function nextMornings(days: readonly DayRecord[]) {
  const byNumber = new Map(days.map((day) => [dayNumber(day.date), day]));
  return days.flatMap((day) => {
    const n = dayNumber(day.date);
    const morning = byNumber.get(n + 1)?.parts.MORNING;
    return morning === undefined ? [] : [{ day, dayNumber: n, morning }];
  });
}

/**
 * The next morning's pain against each relief item done the day before, adjusted for that day's
 * pain: relief is often taken because the day was bad, and bad days are followed by worse
 * mornings, which would otherwise make helpful relief look harmful.
 */
function reliefDrafts(
  days: readonly DayRecord[],
  reliefs: readonly ReliefInfo[],
  regression: RegressionMethod,
): Draft[] {
  const rows = nextMornings(days);
  const used = reliefs.filter((relief) =>
    rows.some((row) => row.day.reliefIds.includes(relief.id)),
  );
  if (used.length === 0) return [];
  const y = rows.map((row) => row.morning);
  const test = regression({
    dayNumbers: rows.map((row) => row.dayNumber),
    y,
    covariates: [rows.map((row) => row.day.dayPain)],
    ratingsPerRow: rows.map(() => 1),
  });
  return compareRegressors({
    test,
    y,
    method: RELIEF_METHOD,
    comparisons: used.map((relief) => ({
      x: rows.map((row) => +row.day.reliefIds.includes(relief.id)),
      key: `relief:${relief.id}:next-morning`,
      kind: "relief",
      subjectId: relief.id,
      outcome: "next-morning-pain",
      labelA: `Morning after a day with ${relief.name}`,
      labelB: `Morning after a day without ${relief.name}`,
    })),
  });
}

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
 * Every comparison of one look, tested but not yet judged. `isRegressionNeeded` false leaves out
 * the regressions (the costly part), for a previous look where none of them could matter.
 */
function draftsOf(
  days: readonly DayRecord[],
  tags: readonly TagInfo[],
  reliefs: readonly ReliefInfo[],
  regression: RegressionMethod,
  isRegressionNeeded = true,
) {
  if (!isRegressionNeeded) return partDrafts(days);
  return [
    ...partDrafts(days),
    ...dayPainDrafts(days, tags, regression),
    ...reliefDrafts(days, reliefs, regression),
    ...dayFactorDrafts(days, regression),
  ];
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
