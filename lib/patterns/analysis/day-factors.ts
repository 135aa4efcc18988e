import type { RegressionMethod } from "../stats/regressor-test";
import { type DayFactors, type DayRecord, MIN_DAYS_PER_SIDE } from "../types";
import { compareRegressors, type Draft } from "./compare";
import { dayNumber } from "./dates";

/**
 * The day factors of the check-in (hours slept, stress, hours sitting) as comparisons of the
 * "dayFactor" family: short nights against the rest on the next day's pain, high-stress days on
 * the same day's and on the next day's pain, long sitting days on the same day's pain. Each is a
 * 0/1 split tested like a tag (AR(1) regression, ρ averaged, shift check), on the days that
 * recorded the factor; the next-day comparison is adjusted for that day's own pain, as relief
 * is, so it says what the next day adds beyond the carry-over of a bad day.
 */

const METHOD =
  "Difference in pain from a regression on whether the day was in the group, on the days that " +
  "recorded it, with errors that carry over from day to day (the same method as for people, " +
  "places and feelings). The day-after comparison is adjusted for that day's own pain.";

type Side = "low" | "high";

type Factor = {
  field: keyof DayFactors;
  /** The fixed cut-off: below it ("low") or at least it ("high"). */
  fixed: number;
  side: Side;
};

const SHORT_SLEEP: Factor = { field: "sleepHours", fixed: 6, side: "low" };
const HIGH_STRESS: Factor = { field: "stress", fixed: 7, side: "high" };
const LONG_SITTING: Factor = { field: "sittingHours", fixed: 8, side: "high" };

/** A factor's split of the values: which are in the group, and how to name it. */
type Split = { isIn: (value: number) => boolean; threshold: number; isOwnQuarter: boolean };

/**
 * The fixed cut-off when it leaves at least MIN_DAYS_PER_SIDE days on each side; otherwise the
 * person's own lower (or upper) quarter, so that someone who rarely sleeps under 6 hours is
 * compared on their own shortest nights. The split never looks at pain.
 */
export function splitOf(values: readonly number[], { fixed, side }: Factor): Split {
  const inFixed = values.filter((v) => (side === "low" ? v < fixed : v >= fixed)).length;
  if (inFixed >= MIN_DAYS_PER_SIDE && values.length - inFixed >= MIN_DAYS_PER_SIDE) {
    return {
      isIn: (v) => (side === "low" ? v < fixed : v >= fixed),
      threshold: fixed,
      isOwnQuarter: false,
    };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const threshold =
    (side === "low" ? sorted[Math.floor(0.25 * (n - 1))] : sorted[Math.ceil(0.75 * (n - 1))]) ??
    fixed;
  return {
    isIn: (v) => (side === "low" ? v <= threshold : v >= threshold),
    threshold,
    isOwnQuarter: true,
  };
}

const hours = (value: number) => `${Number(value.toFixed(2))} h`;

/** Labels read in "Day pain on <A> was … than on <B>" and in the forest plot. */
function labelsFor(factor: Factor, split: Split, isNextDay: boolean) {
  const { threshold, isOwnQuarter } = split;
  if (factor.field === "sleepHours") {
    return isOwnQuarter
      ? {
          labelA: `Days after your shortest nights (${hours(threshold)} or less)`,
          labelB: "Days after your other nights",
        }
      : {
          labelA: `Days after a night under ${hours(threshold)}`,
          labelB: "Days after a longer night",
        };
  }
  if (factor.field === "stress") {
    const group = isOwnQuarter
      ? `your most stressed days (stress ${threshold} or more)`
      : `stress ${threshold} or more`;
    if (isNextDay)
      return { labelA: `The day after ${group}`, labelB: "The day after a calmer day" };
    return isOwnQuarter
      ? { labelA: `Your most stressed days (stress ${threshold} or more)`, labelB: "Calmer days" }
      : { labelA: `Days with stress ${threshold} or more`, labelB: "Calmer days" };
  }
  return isOwnQuarter
    ? {
        labelA: `Your longest sitting days (${hours(threshold)} or more)`,
        labelB: "Days sitting less",
      }
    : { labelA: `Days sitting ${hours(threshold)} or more`, labelB: "Days sitting less" };
}

/** Same-day comparison of day pain on the days that recorded the factor. */
function sameDay(
  days: readonly DayRecord[],
  factor: Factor,
  key: string,
  regression: RegressionMethod,
): Draft[] {
  const rows = days.filter((day) => typeof day.factors?.[factor.field] === "number");
  if (rows.length === 0) return [];
  const values = rows.map((day) => day.factors?.[factor.field] as number);
  const split = splitOf(values, factor);
  const y = rows.map((day) => day.dayPain);
  const test = regression({
    dayNumbers: rows.map((day) => dayNumber(day.date)),
    y,
    ratingsPerRow: rows.map((day) => Object.keys(day.parts).length),
  });
  return compareRegressors({
    test,
    y,
    method: METHOD,
    comparisons: [
      {
        x: values.map((v) => +split.isIn(v)),
        key,
        kind: "dayFactor",
        subjectId: null,
        outcome: "day-pain",
        ...labelsFor(factor, split, false),
      },
    ],
  });
}

/** The next day's pain after days that recorded the factor, adjusted for that day's pain. */
function nextDay(
  days: readonly DayRecord[],
  factor: Factor,
  key: string,
  regression: RegressionMethod,
): Draft[] {
  const byNumber = new Map(days.map((day) => [dayNumber(day.date), day]));
  const rows = days.flatMap((day) => {
    const value = day.factors?.[factor.field];
    const n = dayNumber(day.date);
    const next = byNumber.get(n + 1);
    return typeof value === "number" && next ? [{ day, n, value, next: next.dayPain }] : [];
  });
  if (rows.length === 0) return [];
  const split = splitOf(
    rows.map((row) => row.value),
    factor,
  );
  const y = rows.map((row) => row.next);
  const test = regression({
    dayNumbers: rows.map((row) => row.n),
    y,
    covariates: [rows.map((row) => row.day.dayPain)],
    ratingsPerRow: rows.map((row) => Object.keys(byNumber.get(row.n + 1)?.parts ?? {}).length),
  });
  return compareRegressors({
    test,
    y,
    method: METHOD,
    comparisons: [
      {
        x: rows.map((row) => +split.isIn(row.value)),
        key,
        kind: "dayFactor",
        subjectId: null,
        outcome: "next-day-pain",
        ...labelsFor(factor, split, true),
      },
    ],
  });
}

/**
 * Hours slept are recorded in the check-in of the day after the night, so "the next day's pain"
 * after a short night is the same record's day pain.
 */
export function dayFactorDrafts(days: readonly DayRecord[], regression: RegressionMethod): Draft[] {
  return [
    ...sameDay(days, SHORT_SLEEP, "factor:short-sleep", regression),
    ...sameDay(days, HIGH_STRESS, "factor:high-stress", regression),
    ...nextDay(days, HIGH_STRESS, "factor:high-stress:next-day", regression),
    ...sameDay(days, LONG_SITTING, "factor:long-sitting", regression),
  ];
}
