import { expect, test } from "vitest";
import type { Comparison, PartDistribution } from "@/lib/patterns/types";
import type { ShareSummary } from "../types";
import { summaryDocument } from "./summary-document";

const part = (partOfDay: PartDistribution["partOfDay"], median: number): PartDistribution => ({
  partOfDay,
  entries: 30,
  days: 30,
  min: 0,
  q1: median - 1,
  median,
  q3: median + 1,
  max: 10,
});

const personC: Comparison = {
  key: "tag:c",
  kind: "person",
  subjectId: "c",
  outcome: "day-pain",
  labelA: "With Person C",
  labelB: "Without Person C",
  nA: 20,
  nB: 50,
  medianA: 6,
  medianB: 4,
  method: "m",
  status: "found",
  difference: 1.5,
  ciLow: 0.7,
  ciHigh: 2.3,
  pValue: 0.001,
  qValue: 0.004,
  isSeenThisWeekOnly: false,
  mayBeSmaller: false,
};

const reliefNeverUsed: Comparison = {
  key: "relief:heat:next-morning",
  kind: "relief",
  subjectId: "heat",
  outcome: "next-morning-pain",
  labelA: "Morning after a day with Heat",
  labelB: "Morning after a day without Heat",
  nA: 0,
  nB: 70,
  medianA: null,
  medianB: 4,
  method: "m",
  status: "not-enough-data",
  minimum: 10,
  moreDaysNeeded: 10,
};

function summary(): ShareSummary {
  return {
    version: 1,
    period: { from: "2026-01-01", to: "2026-03-31" },
    generatedAt: "2026-04-01T10:00:00.000Z",
    daysLogged: 80,
    ratings: 300,
    showsNames: false,
    // As the database returns them: in alphabetical order of their codes.
    partsOfDay: [part("AFTERNOON", 5), part("EVENING", 4), part("MORNING", 6), part("NIGHT", 3)],
    weeks: [],
    lifeEvents: [],
    patterns: { testedCount: 1, methods: [], comparisons: [personC, reliefNeverUsed] },
    relief: [],
    redFlags: [],
    peg: [],
    notes: null,
    reflections: null,
  };
}

const section = (id: string) => summaryDocument(summary()).find((s) => s.id === id);

test("parts of the day read from morning to night", () => {
  const rows = section("parts-of-day")?.tables[0]?.rows ?? [];
  expect(rows.map((row) => row[0])).toEqual(["Morning", "Afternoon", "Evening", "Night"]);
});

test("an alias keeps its capitals in the sentence and in the table", () => {
  const patterns = section("patterns");
  expect(patterns?.paragraphs[0]).toMatch(
    /^Day pain with Person C was 1\.5 points higher than without Person C/,
  );
  const rows = patterns?.tables[0]?.rows ?? [];
  expect(rows.map((row) => row[0])).toEqual(["With vs without Person C"]);
  expect(JSON.stringify(patterns)).not.toMatch(/person c/);
});

test("relief never used gets no row", () => {
  expect(JSON.stringify(section("patterns"))).not.toContain("Heat");
});
