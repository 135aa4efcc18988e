import { expect, test } from "vitest";
import type { Comparison, PatternAnalysis, TestedComparison } from "../types";
import { comparedLabel, headline, loggedComparisons, resultText } from "./wording";

const tested = (overrides: Partial<TestedComparison>): TestedComparison => ({
  key: "tag:1",
  kind: "person",
  subjectId: "1",
  outcome: "day-pain",
  labelA: "With Sam",
  labelB: "Without Sam",
  nA: 20,
  nB: 40,
  medianA: 5,
  medianB: 4,
  method: "m",
  status: "found",
  difference: 1,
  ciLow: 0.4,
  ciHigh: 1.6,
  pValue: 0.001,
  qValue: 0.01,
  isSeenThisWeekOnly: false,
  mayBeSmaller: false,
  ...overrides,
});

const analysis = (
  comparisons: Comparison[],
  moreDaysToTell: number | null = null,
): PatternAnalysis => ({
  comparisons,
  testedCount: comparisons.length,
  dayCount: 60,
  moreDaysToTell,
});

test("a compared label says the shared words once and keeps names' case", () => {
  expect(comparedLabel({ labelA: "With Person C", labelB: "Without Person C" })).toBe(
    "With vs without Person C",
  );
  expect(comparedLabel({ labelA: "Morning", labelB: "Evening" })).toBe("Morning vs evening");
  expect(comparedLabel({ labelA: "Weekends", labelB: "Weekdays" })).toBe("Weekends vs weekdays");
  expect(
    comparedLabel({
      labelA: "Morning after a day with Child's pose",
      labelB: "Morning after a day without Child's pose",
    }),
  ).toBe("Morning after a day with vs without Child's pose");
});

test("a compared label keeps labels that share nothing whole", () => {
  expect(comparedLabel({ labelA: "Rest days", labelB: "Work days" })).toBe("Rest vs work days");
  expect(comparedLabel({ labelA: "Hot bath", labelB: "Cold shower" })).toBe(
    "Hot bath vs cold shower",
  );
});

test("comparisons for something never logged are left out", () => {
  const never = tested({ key: "relief:2", nA: 0, status: "no-clear-difference" });
  const used = tested({ key: "relief:3" });
  expect(loggedComparisons([never, used]).map((c) => c.key)).toEqual(["relief:3"]);
});

test("the headline names at most three found patterns, largest first, and counts the rest", () => {
  const found = [0.6, 2, 1.2, -1.5].map((difference, index) =>
    tested({
      key: `tag:${index}`,
      labelA: `With P${index}`,
      labelB: `Without P${index}`,
      difference,
    }),
  );
  const result = headline(
    analysis([...found, tested({ key: "x", status: "no-clear-difference", difference: 3 })]),
  );
  expect(result.kind).toBe("found");
  if (result.kind !== "found") return;
  expect(result.lines.map((line) => line.key)).toEqual(["tag:1", "tag:3", "tag:2"]);
  expect(result.lines[0]?.text).toMatch(/^Day pain with P1 was 2 points higher than without P1/);
  expect(result.otherFound).toBe(1);
});

test("time of day takes one line of the headline, its largest difference", () => {
  const part = (key: string, difference: number) =>
    tested({ key, kind: "partOfDay", outcome: "part-pain", labelA: "Morning", difference });
  const result = headline(
    analysis([part("part:a", 2), part("part:b", 1.8), tested({ key: "tag:1", difference: 1 })]),
  );
  expect(result.kind === "found" && result.lines.map((line) => line.key)).toEqual([
    "part:a",
    "tag:1",
  ]);
  expect(result.kind === "found" && result.otherFound).toBe(1);
});

test("the result column says when a found size could be smaller", () => {
  expect(resultText(tested({ mayBeSmaller: true }))).toBe(
    "Pattern found; the real size could be smaller",
  );
  expect(resultText(tested({}))).toBe("Pattern found");
});

test("with nothing found the headline says how many more days would tell, when known", () => {
  const quiet = [tested({ status: "no-clear-difference" })];
  expect(headline(analysis(quiet, 14))).toEqual({
    kind: "nothing",
    moreDaysToTell: 14,
  });
  expect(headline(analysis(quiet))).toEqual({ kind: "nothing", moreDaysToTell: null });
});
