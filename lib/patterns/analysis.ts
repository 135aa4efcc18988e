import { compareIndependent, comparePaired, type Draft } from "./compare";
import { dayNumber } from "./dates";
import { benjaminiHochberg } from "./fdr";
import {
  type Comparison,
  type DayRecord,
  FDR_LEVEL,
  PARTS_OF_DAY,
  type PartOfDay,
  type PatternAnalysis,
  type ReliefInfo,
  type TagInfo,
} from "./types";

const PART_LABELS: Record<PartOfDay, string> = {
  MORNING: "Morning",
  AFTERNOON: "Afternoon",
  EVENING: "Evening",
  NIGHT: "Night",
};

const TAG_KINDS = { PERSON: "person", CONTEXT: "context", EMOTION: "emotion" } as const;

function partDrafts(days: readonly DayRecord[]): Draft[] {
  const drafts: Draft[] = [];
  PARTS_OF_DAY.forEach((partA, i) => {
    for (const partB of PARTS_OF_DAY.slice(i + 1)) {
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
        }),
      );
    }
  });
  return drafts;
}

/** Splits values into [A, B] by a predicate on the day they belong to. */
function split<T>(items: readonly T[], isA: (item: T) => boolean, value: (item: T) => number) {
  const a: number[] = [];
  const b: number[] = [];
  for (const item of items) (isA(item) ? a : b).push(value(item));
  return { a, b };
}

function weekendDraft(days: readonly DayRecord[]): Draft {
  return compareIndependent({
    key: "weekend",
    kind: "weekday",
    subjectId: null,
    outcome: "day-pain",
    labelA: "Weekends",
    labelB: "Weekdays",
    ...split(
      days,
      (day) => day.weekday === 0 || day.weekday === 6,
      (day) => day.dayPain,
    ),
  });
}

function tagDrafts(days: readonly DayRecord[], tags: readonly TagInfo[]): Draft[] {
  return tags.map((tag) =>
    compareIndependent({
      key: `tag:${tag.id}`,
      kind: TAG_KINDS[tag.kind],
      subjectId: tag.id,
      outcome: "day-pain",
      labelA: `With ${tag.name}`,
      labelB: `Without ${tag.name}`,
      ...split(
        days,
        (day) => day.tagIds.includes(tag.id),
        (day) => day.dayPain,
      ),
    }),
  );
}

type Lagged = { reliefIds: string[]; nextMorning: number | undefined; next1to3: number };

/**
 * Each day whose next calendar day was recorded, with what followed it: the next morning's pain
 * and the mean day pain over whichever of the next three calendar days were recorded.
 */
function laggedDays(days: readonly DayRecord[]): Lagged[] {
  const byNumber = new Map(days.map((day) => [dayNumber(day.date), day]));
  return days.flatMap((day) => {
    const n = dayNumber(day.date);
    const next = byNumber.get(n + 1);
    if (!next) return [];
    const following = [next, byNumber.get(n + 2), byNumber.get(n + 3)].filter(
      (d): d is DayRecord => d !== undefined,
    );
    const next1to3 = following.reduce((sum, d) => sum + d.dayPain, 0) / following.length;
    return [{ reliefIds: day.reliefIds, nextMorning: next.parts.MORNING, next1to3 }];
  });
}

function reliefDrafts(days: readonly DayRecord[], reliefs: readonly ReliefInfo[]): Draft[] {
  const lagged = laggedDays(days);
  const withMorning = lagged.filter((d) => d.nextMorning !== undefined);
  return reliefs.flatMap((relief) => {
    const labels = { kind: "relief", subjectId: relief.id } as const;
    const did = (d: Lagged) => d.reliefIds.includes(relief.id);
    return [
      compareIndependent({
        ...labels,
        key: `relief:${relief.id}:next-morning`,
        outcome: "next-morning-pain",
        labelA: `Morning after a day with ${relief.name}`,
        labelB: `Morning after a day without ${relief.name}`,
        ...split(withMorning, did, (d) => d.nextMorning ?? 0),
      }),
      compareIndependent({
        ...labels,
        key: `relief:${relief.id}:next-1-3-days`,
        outcome: "next-1-3-days-pain",
        labelA: `Next 1–3 days after ${relief.name}`,
        labelB: `Next 1–3 days after a day without ${relief.name}`,
        ...split(lagged, did, (d) => d.next1to3),
      }),
    ];
  });
}

/**
 * Every comparison the journal supports, each with its evidence. Only comparisons that reach the
 * minimums are tested, and only those share the Benjamini–Hochberg correction, so tags used on a
 * handful of days neither get a verdict nor dilute the others. "found" needs both q ≤ FDR_LEVEL
 * and a 95% interval that excludes zero.
 */
export function analysePatterns({
  days,
  tags,
  reliefs,
}: {
  days: readonly DayRecord[];
  tags: readonly TagInfo[];
  reliefs: readonly ReliefInfo[];
}): PatternAnalysis {
  const sorted = [...days].sort((x, y) => x.date.localeCompare(y.date));
  const drafts = [
    ...partDrafts(sorted),
    weekendDraft(sorted),
    ...tagDrafts(sorted, tags),
    ...reliefDrafts(sorted, reliefs),
  ];
  const tested = drafts.flatMap((draft) => ("pValue" in draft ? [draft] : []));
  const qValues = benjaminiHochberg(tested.map((d) => d.pValue));
  let testedIndex = 0;
  const comparisons = drafts.map((draft): Comparison => {
    if (!("pValue" in draft)) return draft;
    const qValue = qValues[testedIndex++] ?? 1;
    const excludesZero = draft.ciLow > 0 || draft.ciHigh < 0;
    const status = qValue <= FDR_LEVEL && excludesZero ? "found" : "no-clear-difference";
    return { ...draft, qValue, status };
  });
  return { comparisons, testedCount: tested.length, dayCount: sorted.length };
}
