import { describe, expect, test } from "vitest";
import { type JournalModel, PLANTED } from "./journal-model";
import { falsePatternRate, percent, targetRates } from "./measure";

/**
 * Power, beside an oracle that knows the true covariance (oracle.ts) and goes through the same
 * families, thresholds and repeated-look rule; and 95% interval coverage. The reference journals
 * have day pain correlating 0.4 from day to day and come in two kinds: subjects in runs, and
 * drawn independently. 300 people each: ±2.5 points of Monte Carlo error around 80% (less on
 * the difference from the oracle, which sees the same journals).
 *
 * Issue 10's targets: found in at least 80% of journals, and within 5 points of the oracle. The
 * 80% is asserted wherever the oracle itself reaches it under the same rule; where it does not
 * (tags in runs, next-morning relief), no honest method can, because the rule is set by the
 * year of weekly looks (looks.simulation.test.ts), and the test asserts the 5 points instead.
 */
const PEOPLE = 300;
const TIMEOUT = 900_000;

type Target = {
  name: string;
  key: string;
  weeks: number;
  effects: JournalModel["effects"];
  truth: number;
};

const TARGETS: Target[] = [
  {
    name: "mornings vs evenings, 1.5 points",
    key: "part:MORNING-vs-EVENING",
    weeks: 8,
    effects: { morning: 1.5 },
    truth: 1.5,
  },
  {
    name: "a person, 2 points",
    key: `tag:${PLANTED.personId}`,
    weeks: 8,
    effects: { person: 2 },
    truth: 2,
  },
  {
    name: "a person, 1.5 points",
    key: `tag:${PLANTED.personId}`,
    weeks: 10,
    effects: { person: 1.5 },
    truth: 1.5,
  },
  {
    name: "next-morning relief, 2.5 points",
    key: `relief:${PLANTED.reliefId}:next-morning`,
    weeks: 8,
    effects: { reliefNextMorning: -2.5 },
    truth: -2.5,
  },
];

describe.each([true, false])("subjects in runs: %s", (isInRuns) => {
  test.each(TARGETS)(
    "$name at $weeks weeks: power beside the oracle's, and 95% intervals that cover the truth",
    ({ name, key, weeks, effects, truth }) => {
      const model: JournalModel = { weeks, dayCorrelation: 0.4, isInRuns, effects };
      const rates = targetRates({ model, key, truth, people: PEOPLE, seed: 90_000 + weeks });
      console.log(
        `power, ${isInRuns ? "runs" : "independent"}, ${name} at ${weeks} weeks: found ${percent(rates.found)} (oracle ${percent(rates.oracleFound)}); interval covers the truth ${percent(rates.coverage)}`,
      );
      expect(rates.coverage).toBeGreaterThanOrEqual(0.93);
      // Counts of people, so "within 5 points" is exact (15 of 300 is 5 points, not 4.9999…).
      expect(rates.found * PEOPLE).toBeGreaterThanOrEqual(rates.oracleFound * PEOPLE - 15 - 1e-9);
      if (rates.oracleFound >= 0.8) expect(rates.found).toBeGreaterThanOrEqual(0.8);
    },
    TIMEOUT,
  );
});

/**
 * Issue 15: a planted short-sleep effect (2 points on the day after a night under 6 hours) is
 * found. The split falls back to the person's own shortest quarter of nights when fewer than 10
 * were under 6 hours; the planted 2 points is what only the 6-hour split estimates, so coverage
 * counts those. Measured: 62% in runs (oracle 67%), 71% independent (oracle 79%); coverage
 * 92.9% in runs, 97.1% independent (docs/statistics.md).
 */
test.each([true, false])(
  "short nights (under 6 h), 2 points at 10 weeks, subjects in runs: %s — found in most journals",
  (isInRuns) => {
    const model: JournalModel = {
      weeks: 10,
      dayCorrelation: 0.4,
      isInRuns,
      effects: { shortSleep: 2 },
    };
    const rates = targetRates({
      model,
      key: "factor:short-sleep",
      truth: 2,
      people: PEOPLE,
      seed: 90_010,
      isTruthFor: (comparison) => comparison.labelA.includes("under 6 h"),
    });
    console.log(
      `power, ${isInRuns ? "runs" : "independent"}, short nights (under 6 h), 2 points at 10 weeks: found ${percent(rates.found)} (oracle ${percent(rates.oracleFound)}); the 6-hour split's interval covers the truth ${percent(rates.coverage)}`,
    );
    expect(rates.found).toBeGreaterThanOrEqual(0.5);
    expect(rates.found * PEOPLE).toBeGreaterThanOrEqual(rates.oracleFound * PEOPLE - 30);
    expect(rates.coverage).toBeGreaterThanOrEqual(0.9);
  },
  TIMEOUT,
);

test(
  "real effects elsewhere: at most 10% of people are also shown a pattern nothing was planted on",
  () => {
    for (const isInRuns of [true, false]) {
      const model: JournalModel = {
        weeks: 12,
        dayCorrelation: 0.4,
        isInRuns,
        effects: { person: 2, reliefNextMorning: -2.5, morning: 1.5, weekend: 1, shortSleep: 1.5 },
      };
      const rate = falsePatternRate(model, PEOPLE, 95_000);
      console.log(
        `real effects planted, ${isInRuns ? "runs" : "independent"}: ${percent(rate)} also shown a false pattern`,
      );
      expect(rate).toBeLessThanOrEqual(0.1);
    }
  },
  TIMEOUT,
);
