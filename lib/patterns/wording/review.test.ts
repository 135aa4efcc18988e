import { expect, test } from "vitest";
import type { Comparison, DayRecord } from "../types";
import { mondayOf, reviewParagraph, strongestPatterns, weekPeriods } from "./review";

const day = (date: string, dayPain: number): DayRecord => ({
  date,
  weekday: 0,
  parts: {},
  dayPain,
  tagIds: [],
  reliefIds: [],
});

test("weeks start on Monday", () => {
  expect(mondayOf("2026-11-22")).toBe("2026-11-16"); // a Sunday
  expect(mondayOf("2026-11-16")).toBe("2026-11-16");
  expect(mondayOf("2026-11-18")).toBe("2026-11-16");
});

test("this week, last week and the four before are summarised from the days inside them", () => {
  const days = [
    day("2026-11-16", 4),
    day("2026-11-17", 6),
    day("2026-11-18", 5),
    day("2026-11-10", 7),
    day("2026-11-12", 6),
    day("2026-11-14", 8),
    day("2026-10-20", 3),
    day("2026-10-12", 9), // five weeks before: outside every period
  ];
  const periods = weekPeriods({ today: "2026-11-18", days });
  expect(periods.thisWeek).toMatchObject({
    from: "2026-11-16",
    to: "2026-11-18",
    days: 3,
    meanPain: 5,
  });
  expect(periods.thisWeek.best).toEqual({ date: "2026-11-16", pain: 4 });
  expect(periods.thisWeek.worst).toEqual({ date: "2026-11-17", pain: 6 });
  expect(periods.lastWeek).toMatchObject({
    from: "2026-11-09",
    to: "2026-11-15",
    days: 3,
    meanPain: 7,
  });
  expect(periods.previousFour).toMatchObject({ from: "2026-10-12", to: "2026-11-08", days: 2 });

  const text = reviewParagraph({ periods, patterns: [] });
  expect(text).toContain(
    "You logged 3 days this week, with an average day pain of 5: 2 lower than last week (7)",
  );
  // Two days in the four weeks before are too few to compare against.
  expect(text).not.toContain("four weeks before");
  expect(text).toContain("No pattern in the last 12 weeks stands out");
  expect(text).toContain("not causes");
});

test("a thin week is not compared, and the clearest found pattern is named", () => {
  const found: Comparison = {
    key: "tag:1",
    kind: "person",
    subjectId: "1",
    outcome: "day-pain",
    labelA: "With Sam",
    labelB: "Without Sam",
    nA: 20,
    nB: 40,
    medianA: 6,
    medianB: 4.5,
    method: "m",
    status: "found",
    difference: 1.5,
    ciLow: 0.5,
    ciHigh: 2.5,
    pValue: 0.001,
    qValue: 0.01,
    isSeenThisWeekOnly: false,
    mayBeSmaller: false,
  };
  const weak: Comparison = { ...found, key: "tag:2", status: "no-clear-difference", difference: 3 };
  const patterns = strongestPatterns([weak, found]);
  expect(patterns.map((pattern) => pattern.key)).toEqual(["tag:1"]);
  const text = reviewParagraph({
    periods: weekPeriods({ today: "2026-11-16", days: [day("2026-11-16", 5)] }),
    patterns,
  });
  expect(text).toContain("You logged 1 day this week so far: too few to compare");
  expect(text).toContain("Day pain with Sam was 1.5 points higher than without Sam");
});
