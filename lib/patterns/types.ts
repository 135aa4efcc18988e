import type { PartOfDay } from "@/lib/time";

/** One local date with at least one pain rating, as produced by the SQL layer. */
export type DayRecord = {
  /** Local date "YYYY-MM-DD". */
  date: string;
  /** 0 = Sunday … 6 = Saturday (local). */
  weekday: number;
  /** That part's pain 0–10 (median of its ratings; may be fractional .5). */
  parts: Partial<Record<PartOfDay, number>>;
  /** The day's overall pain (mean of the rated parts). */
  dayPain: number;
  /** Tags (people, contexts, emotions) present that day. */
  tagIds: string[];
  /** Relief items done that day. */
  reliefIds: string[];
  /** What the day's check-in recorded besides pain (none without a check-in). */
  factors?: DayFactors;
};

export type DayFactors = {
  /** 0–10. */
  stress: number | null;
  /** Hours slept the night before this day. */
  sleepHours: number | null;
  sittingHours: number | null;
};

export type TagInfo = { id: string; kind: "PERSON" | "CONTEXT" | "EMOTION"; name: string };
export type ReliefInfo = { id: string; name: string };

/*
 * Below about ten days a side, the normal approximations behind p and the interval drift from
 * their stated levels and a "pattern" can rest on a handful of days. Comparisons under these
 * minimums are shown as not-enough-data, are not tested and do not enter the FDR correction.
 */
/** Days needed on each side of an unpaired comparison (or lagged day pairs, for relief). */
export const MIN_DAYS_PER_SIDE = 10;
/** Days with both parts rated needed for a part-of-day comparison. */
export const MIN_PAIRED_DAYS = 10;

export type ComparisonKind =
  | "partOfDay"
  | "person"
  | "context"
  | "emotion"
  | "weekday"
  | "relief"
  | "dayFactor";

/**
 * Comparisons are corrected for multiple testing within their family only, so a near-certain
 * finding in one (mornings worse) never loosens the threshold in another (people).
 */
export type ComparisonFamily = "partOfDay" | "subjects" | "relief" | "weekday" | "dayFactor";

const FAMILY_OF_KIND: Record<ComparisonKind, ComparisonFamily> = {
  partOfDay: "partOfDay",
  person: "subjects",
  context: "subjects",
  emotion: "subjects",
  relief: "relief",
  weekday: "weekday",
  dayFactor: "dayFactor",
};

export function familyOf(kind: ComparisonKind): ComparisonFamily {
  return FAMILY_OF_KIND[kind];
}

/**
 * Benjamini–Hochberg false discovery rate of each family, at each look, for a journal past its
 * first twelve weeks. Parts of the day keep 5%: real differences between them are the rule, and
 * they are compared within days, where carry-over cancels. The other families are strict because
 * a person looks every week for years: with a pattern also required at the previous weekly look,
 * these levels and the young journal's below keep the share of people with no real effect who are
 * ever shown one over a year of weekly looks under 20% (docs/statistics.md has the measurements).
 * Weekdays (one comparison) and the day factors (four, tested on fewer days) take less.
 */
export const FAMILY_LEVELS: Record<ComparisonFamily, number> = {
  partOfDay: 0.05,
  subjects: 0.004,
  relief: 0.004,
  weekday: 0.002,
  dayFactor: 0.001,
};

/**
 * A journal is young while it is shorter than the 12-week window (its window is not yet full):
 * few weekly looks lie behind it, so it spends more of the year's error budget per look (alpha
 * spending by the journal's age), when a first pattern matters most and its evidence is
 * thinnest. The year-of-looks simulation counts these looks with the rest.
 */
export const YOUNG_JOURNAL_DAYS = 84;
export const YOUNG_FAMILY_LEVELS: Record<ComparisonFamily, number> = {
  partOfDay: 0.05,
  subjects: 0.02,
  relief: 0.02,
  weekday: 0.01,
  dayFactor: 0.005,
};

/**
 * The levels of a look whose window ends on day `lookEnd` of a journal that began on
 * `journalStart` (local dates); without a start, the journal counts as established (stricter).
 */
export function familyLevels({
  journalStart,
  lookEnd,
}: {
  journalStart: string | null;
  lookEnd: string;
}): Record<ComparisonFamily, number> {
  if (journalStart === null) return FAMILY_LEVELS;
  const age = (Date.parse(lookEnd) - Date.parse(journalStart)) / 86_400_000 + 1;
  return age < YOUNG_JOURNAL_DAYS ? YOUNG_FAMILY_LEVELS : FAMILY_LEVELS;
}

/** What was measured on each side, so the UI can say "day pain" or "next morning's pain". */
export type Outcome = "part-pain" | "day-pain" | "next-morning-pain" | "next-day-pain";

/** What every comparison carries, tested or not. */
export type ComparisonBase = {
  /** Stable across analyses, e.g. "part:MORNING-vs-EVENING", "tag:<id>", "relief:<id>:next-morning". */
  key: string;
  kind: ComparisonKind;
  /** The tag or relief id the comparison is about, null for parts of day and weekends. */
  subjectId: string | null;
  outcome: Outcome;
  labelA: string;
  labelB: string;
  /** Days (or lagged day pairs) on each side; for paired comparisons both equal the paired days. */
  nA: number;
  nB: number;
  medianA: number | null;
  medianB: number | null;
  /** How the numbers were computed, in words the UI can show as is. */
  method: string;
};

export type TestedComparison = ComparisonBase & {
  /**
   * "found" only when the comparison passes its family's false-discovery control now and also
   * passed it, in the same direction, at the previous weekly look (the window a week earlier).
   */
  status: "found" | "no-clear-difference";
  /** A − B in pain points; positive = more pain with A. */
  difference: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted within the comparison's family. */
  qValue: number;
  /** Passes now but did not a week ago: not called a pattern until it holds at two looks. */
  isSeenThisWeekOnly: boolean;
  /**
   * A found pattern whose interval reaches below half its estimate: with this little evidence
   * the first estimate of a real pattern tends to be too large, so the size could be smaller.
   */
  mayBeSmaller: boolean;
};

export type UntestedComparison = ComparisonBase & {
  status: "not-enough-data";
  /** The minimum that applies (per side, or paired days). */
  minimum: number;
  /**
   * About how many more logged days would reach the minimum on every side, at the rate the
   * rarer side has occurred so far.
   */
  moreDaysNeeded: number;
};

export type Comparison = TestedComparison | UntestedComparison;
export type ComparisonStatus = Comparison["status"];

export type PatternAnalysis = {
  comparisons: Comparison[];
  /** How many comparisons were tested. */
  testedCount: number;
  dayCount: number;
  /**
   * When nothing about people, places, feelings or relief stands out: about how many more
   * logged days would show a 1.5-point difference if there were one (null when unknown).
   */
  moreDaysToTell: number | null;
};

export type WeekSummary = {
  /** ISO week label, e.g. "2025-W03". */
  isoWeek: string;
  /** The Monday of the week, "YYYY-MM-DD". */
  weekStart: string;
  days: number;
  meanPain: number;
  medianPain: number;
  best: { date: string; pain: number };
  worst: { date: string; pain: number };
};

/** The spread of one part of day's ratings over a window (from SQL). */
export type PartDistribution = {
  partOfDay: PartOfDay;
  entries: number;
  days: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
};

/** Mean rating for one weekday × part of day (from SQL). */
export type HeatmapCell = {
  weekday: number;
  partOfDay: PartOfDay;
  meanPain: number;
  entries: number;
};
