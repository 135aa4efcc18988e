import { PARTS_OF_DAY, type PartOfDay } from "@/lib/time";
import type { RegressionMethod } from "../stats/regressor-test";
import type { DayRecord, ReliefInfo, TagInfo } from "../types";
import { comparePaired, compareRegressors, type Draft } from "./compare";
import { dayNumber } from "./dates";
import { dayFactorDrafts } from "./day-factors";

/**
 * The comparisons of one look before they are judged: parts of the day paired by day, day pain
 * against the weekend and each tag, the next morning against each relief item, and the day
 * factors (day-factors.ts).
 */

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

/**
 * Every comparison of one look, tested but not yet judged. `isRegressionNeeded` false leaves out
 * the regressions (the costly part), for a previous look where none of them could matter.
 */
export function draftsOf(
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
