import { addDays } from "@/lib/time";
import { analysePatterns } from "../analysis/analysis";
import type { RegressionMethod } from "../stats/regressor-test";
import type { Comparison, PatternAnalysis } from "../types";
import {
  type JournalModel,
  PLANTED,
  type SimulatedJournal,
  simulateJournal,
} from "./journal-model";
import { oracleRegression } from "./oracle";

/** The keys of the comparisons an effect was planted on (the rest have no effect). */
export function plantedKeys(model: JournalModel): Set<string> {
  const { effects = {} } = model;
  return new Set([
    ...(effects.person !== undefined ? [`tag:${PLANTED.personId}`] : []),
    ...(effects.reliefNextMorning !== undefined ? [`relief:${PLANTED.reliefId}:next-morning`] : []),
    ...(effects.weekend !== undefined ? ["weekend"] : []),
    ...(effects.shortSleep !== undefined ? ["factor:short-sleep"] : []),
  ]);
}

/** Found patterns about people, places, feelings, relief or weekdays that nothing was planted on. */
export function falsePatterns(analysis: PatternAnalysis, model: JournalModel): Comparison[] {
  const planted = plantedKeys(model);
  return analysis.comparisons.filter(
    (c) => c.kind !== "partOfDay" && c.status === "found" && !planted.has(c.key),
  );
}

/** The analysis of the whole simulated period, as the page shows it on the journal's last day. */
export function analyseJournal(journal: SimulatedJournal, regression?: RegressionMethod) {
  return analysePatterns({
    ...journal,
    range: { from: journal.from, to: journal.to },
    journalStart: journal.from,
    regression,
  });
}

export const journalsOf = (model: JournalModel, people: number, seed: number) =>
  Array.from({ length: people }, (_, i) => simulateJournal({ seed: seed + i, model }));

/** Share of people shown at least one pattern that nothing was planted on. */
export function falsePatternRate(model: JournalModel, people: number, seed: number): number {
  const journals = journalsOf(model, people, seed);
  return (
    journals.filter((journal) => falsePatterns(analyseJournal(journal), model).length > 0).length /
    people
  );
}

export type TargetRates = {
  /** Share of people shown the planted comparison as found. */
  found: number;
  /** The same with the oracle's test in place of ours. */
  oracleFound: number;
  /** Share of tested intervals that contain the planted value. */
  coverage: number;
};

/** Power for one planted comparison, beside the oracle's, and interval coverage. */
export function targetRates({
  model,
  key,
  truth,
  people,
  seed,
  isTruthFor = () => true,
}: {
  model: JournalModel;
  key: string;
  truth: number;
  people: number;
  seed: number;
  /**
   * Whether the planted value is what this comparison estimates (a split chosen from the data,
   * such as a person's own shortest nights instead of nights under 6 h, estimates something
   * else); coverage counts only those.
   */
  isTruthFor?: (comparison: Comparison) => boolean;
}): TargetRates {
  let found = 0;
  let oracleFound = 0;
  let tested = 0;
  let covered = 0;
  for (const journal of journalsOf(model, people, seed)) {
    const ours = analyseJournal(journal).comparisons.find((c) => c.key === key);
    const oracle = analyseJournal(journal, oracleRegression(journal.truth)).comparisons.find(
      (c) => c.key === key,
    );
    if (oracle?.status === "found") oracleFound++;
    if (!ours || ours.status === "not-enough-data") continue;
    if (ours.status === "found") found++;
    if (!isTruthFor(ours)) continue;
    tested++;
    if (ours.ciLow <= truth && truth <= ours.ciHigh) covered++;
  }
  return {
    found: found / people,
    oracleFound: oracleFound / people,
    coverage: covered / Math.max(1, tested),
  };
}

/**
 * Weekly looks at the 12-week window over a journal, from the week `firstWeek` to its end: did
 * any look show a pattern that nothing was planted on?
 */
export function everShownOverLooks({
  journal,
  model,
  firstWeek,
}: {
  journal: SimulatedJournal;
  model: JournalModel;
  firstWeek: number;
}): boolean {
  for (let week = firstWeek; week <= model.weeks; week++) {
    const to = addDays(journal.from, week * 7 - 1);
    const analysis = analysePatterns({
      ...journal,
      days: journal.days.filter((day) => day.date <= to),
      range: { from: addDays(to, -83), to },
      journalStart: journal.from,
    });
    if (falsePatterns(analysis, model).length > 0) return true;
  }
  return false;
}

/**
 * A person with no real effect opens Patterns every week for a year (the 12-week window, weeks 8
 * to 52): the share of `people` such journals (day-to-day correlation 0.4) ever shown a pattern.
 */
export function shareEverShownInAYearOfLooks({
  isInRuns,
  people,
}: {
  isInRuns: boolean;
  people: number;
}): number {
  const model: JournalModel = { weeks: 52, dayCorrelation: 0.4, isInRuns };
  const journals = journalsOf(model, people, 70_000);
  const ever = journals.filter((journal) => everShownOverLooks({ journal, model, firstWeek: 8 }));
  return ever.length / people;
}

export const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
