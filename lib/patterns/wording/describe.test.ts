import { expect, test } from "vitest";
import type { TestedComparison, UntestedComparison } from "../types";
import { describeComparison, statusText } from "./describe";

const base = {
  subjectId: null,
  nA: 40,
  nB: 40,
  medianA: 6,
  medianB: 4,
  method: "m",
  status: "found" as const,
  difference: 2,
  ciLow: 1.5,
  ciHigh: 2.5,
  pValue: 0.001,
  qValue: 0.004,
  isSeenThisWeekOnly: false,
  mayBeSmaller: false,
};

test("time-of-day comparisons read as same-day differences", () => {
  const comparison: TestedComparison = {
    ...base,
    key: "part:MORNING-vs-EVENING",
    kind: "partOfDay",
    outcome: "part-pain",
    labelA: "Morning",
    labelB: "Evening",
  };
  expect(describeComparison(comparison)).toBe(
    "Morning pain was 2 points higher than evening pain on the same days (95% interval +1.5 to +2.5; 40 vs 40 days).",
  );
});

test("person comparisons say with and without, and a decrease reads as lower", () => {
  const comparison: TestedComparison = {
    ...base,
    key: "tag:1",
    kind: "person",
    outcome: "day-pain",
    labelA: "With Sam",
    labelB: "Without Sam",
    nA: 18,
    nB: 31,
    difference: -1,
    ciLow: -1.8,
    ciHigh: -0.2,
  };
  expect(describeComparison(comparison)).toBe(
    "Day pain with Sam was 1 point lower than without Sam (95% interval −1.8 to −0.2; 18 vs 31 days).",
  );
});

test("relief comparisons name the lag and that days of equal pain are compared", () => {
  const comparison: TestedComparison = {
    ...base,
    key: "relief:1:next-morning",
    kind: "relief",
    outcome: "next-morning-pain",
    labelA: "Morning after a day with Calf stretch",
    labelB: "Morning after a day without Calf stretch",
    difference: -1.2,
    ciLow: -2,
    ciHigh: -0.4,
  };
  expect(describeComparison(comparison)).toBe(
    "Pain the next morning after a day with Calf stretch was 1.2 points lower than after a day without Calf stretch, comparing days that hurt as much (95% interval −2 to −0.4; 40 vs 40 days).",
  );
});

test("a pattern found on little data says its size could be smaller", () => {
  const comparison: TestedComparison = {
    ...base,
    key: "tag:1",
    kind: "person",
    outcome: "day-pain",
    labelA: "With Sam",
    labelB: "Without Sam",
    difference: 2,
    ciLow: 0.6,
    ciHigh: 3.4,
    mayBeSmaller: true,
  };
  expect(describeComparison(comparison)).toMatch(
    /\(95% interval \+0\.6 to \+3\.4; 40 vs 40 days\)\. With this little data, the real difference could well be smaller\.$/,
  );
  expect(describeComparison({ ...comparison, mayBeSmaller: false })).not.toMatch(/smaller/);
});

test("passing this week only is not yet a pattern", () => {
  const comparison: TestedComparison = {
    ...base,
    key: "tag:1",
    kind: "person",
    outcome: "day-pain",
    labelA: "With Sam",
    labelB: "Without Sam",
    status: "no-clear-difference",
    isSeenThisWeekOnly: true,
  };
  expect(statusText(comparison)).toBe("Not clear yet — seen this week only");
  expect(statusText({ ...comparison, isSeenThisWeekOnly: false })).toBe("No clear difference");
});

test("too little data says how much more is needed", () => {
  const comparison: UntestedComparison = {
    ...base,
    key: "tag:2",
    kind: "emotion",
    outcome: "day-pain",
    labelA: "With anger",
    labelB: "Without anger",
    status: "not-enough-data",
    minimum: 10,
    moreDaysNeeded: 4,
  };
  expect(statusText(comparison)).toBe("Not enough data yet — about 4 more days needed");
  expect(statusText({ ...comparison, moreDaysNeeded: 1 })).toBe(
    "Not enough data yet — about 1 more day needed",
  );
});
