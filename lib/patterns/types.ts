import type { PartOfDay } from "@/lib/time";

export { PARTS_OF_DAY, type PartOfDay } from "@/lib/time";

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
/** Benjamini–Hochberg false discovery rate across all tested comparisons of one analysis. */
export const FDR_LEVEL = 0.05;

export type ComparisonKind = "partOfDay" | "person" | "context" | "emotion" | "weekday" | "relief";

/** What was measured on each side, so the UI can say "day pain" or "next morning's pain". */
export type Outcome = "part-pain" | "day-pain" | "next-morning-pain" | "next-1-3-days-pain";

type ComparisonBase = {
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
  status: "found" | "no-clear-difference";
  /** A − B in pain points (Hodges–Lehmann estimate); positive = more pain with A. */
  difference: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted across every tested comparison of this analysis. */
  qValue: number;
};

export type UntestedComparison = ComparisonBase & {
  status: "not-enough-data";
  /** The minimum that applies (per side, or paired days). */
  minimum: number;
  /** Fewest additional days that could reach the minimum on every side. */
  moreDaysNeeded: number;
};

export type Comparison = TestedComparison | UntestedComparison;
export type ComparisonStatus = Comparison["status"];

export type PatternAnalysis = {
  comparisons: Comparison[];
  /** How many comparisons were tested and share the false-discovery correction. */
  testedCount: number;
  dayCount: number;
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
