import { describe, expect, test } from "vitest";
import { DEFAULT_DESIGN, DEFAULT_OUTCOME } from "../design/defaults";
import type { ExperimentModel } from "./experiment-model";
import { helpsRate, percent } from "./measure";

/**
 * The honesty and power figures of personal experiments (docs/statistics.md, "Personal
 * experiments"), on simulated journals like the patterns' ones: day-to-day correlated pain,
 * rounding to whole points, mornings worse, a weekly rhythm, flare days, 15% of days missing and
 * parts of days unrated. Fixed seeds, so the figures are the same on every run. The exact test
 * holds its level by construction (Edgington & Onghena 2007: each order is as likely as the
 * design made it), so the true share of no-effect people told "helps" is at most 5% and, the
 * test using its whole level, only just under it (4.99% with 14 usable pairs: 819 of the 16,384
 * orders). A simulated share can therefore land a little above 5% by chance alone: the checks
 * allow two Monte Carlo standard errors (±0.28 points with 6,000 people), which a test that is
 * wrong by more than half a point does not pass. Power: ±0.9 points around 80% with 2,000.
 * "80% adherence": the change is done on 80% of "on" nights, and on "off" nights as planned (not
 * done), or, more realistically, on 5% of them anyway.
 */
const PEOPLE = 2000;
const monteCarloError = (people: number) => Math.sqrt((0.05 * 0.95) / people);
const NULL_PEOPLE = 6000;
const TIMEOUT = 300_000;
const eightWeeks = { blockDays: DEFAULT_DESIGN.blockDays, pairs: DEFAULT_DESIGN.pairs };
const typical: ExperimentModel = {
  dayCorrelation: 0.4,
  missingDayRate: 0.15,
  effect: 0,
  effectOn: "DAY",
  adherence: 0.8,
  offNightRate: 0.05,
};

test("the default design is 8 weeks: 14 pairs of 2-night blocks", () => {
  expect(eightWeeks.blockDays * 2 * eightWeeks.pairs).toBe(56);
});

describe("no effect: the verdict reads 'helps' for at most 5% of people", () => {
  test.each([0.2, 0.4, 0.6])(
    "default design, day-to-day correlation %f, next morning and next day",
    (dayCorrelation) => {
      for (const outcome of ["MORNING", "DAY"] as const) {
        const rate = helpsRate({
          choice: { ...eightWeeks, outcome },
          model: { ...typical, dayCorrelation },
          people: NULL_PEOPLE,
          seed: Math.round(100 * dayCorrelation) + (outcome === "DAY" ? 1 : 0),
        });
        console.log(
          `experiments null, correlation ${dayCorrelation}, ${outcome}: ${percent(rate)}`,
        );
        expect(rate).toBeLessThanOrEqual(0.05 + 2 * monteCarloError(NULL_PEOPLE));
      }
    },
    TIMEOUT,
  );

  test(
    "blocks of 4 nights (7 pairs), correlation 0.6, half the days missing",
    () => {
      const rate = helpsRate({
        choice: { blockDays: 4, pairs: 7, outcome: "MORNING" },
        model: { ...typical, dayCorrelation: 0.6, missingDayRate: 0.5 },
        people: PEOPLE,
        seed: 46,
      });
      console.log(`experiments null, 4-night blocks, half missing: ${percent(rate)}`);
      expect(rate).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT,
  );

  test(
    "blocks of 7 nights (4 pairs) can never read 'helps': 1/16 is the smallest p",
    () => {
      const rate = helpsRate({
        choice: { blockDays: 7, pairs: 4, outcome: "DAY" },
        model: { ...typical, effect: -3 },
        people: 200,
        seed: 47,
      });
      expect(rate).toBe(0);
    },
    TIMEOUT,
  );
});

describe("a 1.5-point effect over 8 weeks with 80% adherence", () => {
  test(
    "next day's pain (the form's default outcome), default design: found for at least 80% of people",
    () => {
      expect(DEFAULT_OUTCOME).toBe("DAY");
      const rate = helpsRate({
        choice: { ...eightWeeks, outcome: DEFAULT_OUTCOME },
        model: { ...typical, effect: -1.5, offNightRate: 0 },
        people: PEOPLE,
        seed: 48,
      });
      console.log(`experiments power, next day, default design: ${percent(rate)}`);
      expect(rate).toBeGreaterThanOrEqual(0.8);
    },
    TIMEOUT,
  );

  test(
    "the same, done on 5% of off nights too: the figure documented, near 80%",
    () => {
      const rate = helpsRate({
        choice: { ...eightWeeks, outcome: "DAY" },
        model: { ...typical, effect: -1.5 },
        people: PEOPLE,
        seed: 52,
      });
      console.log(
        `experiments power, next day, default design, 5% of off nights done: ${percent(rate)}`,
      );
      expect(rate).toBeGreaterThanOrEqual(0.75);
    },
    TIMEOUT,
  );

  test(
    "the default design finds more than 4-night blocks, which find more than 7-night ones",
    () => {
      const rates = [
        [2, 14],
        [4, 7],
        [7, 4],
      ].map(([blockDays = 0, pairs = 0]) =>
        helpsRate({
          choice: { blockDays, pairs, outcome: "DAY" },
          model: { ...typical, effect: -1.5 },
          people: 1000,
          seed: 49,
        }),
      );
      console.log(
        `experiments power by block length 2/4/7 nights: ${rates.map(percent).join(", ")}`,
      );
      const [two = 0, four = 0, seven = 0] = rates;
      expect(two).toBeGreaterThan(four + 0.05);
      expect(four).toBeGreaterThan(seven);
    },
    TIMEOUT,
  );

  test(
    "next morning only (a morning-only effect): the figure documented as short of 80%",
    () => {
      const rate = helpsRate({
        choice: { ...eightWeeks, outcome: "MORNING" },
        model: { ...typical, effect: -1.5, effectOn: "MORNING" },
        people: PEOPLE,
        seed: 50,
      });
      console.log(`experiments power, next morning, default design: ${percent(rate)}`);
      // One rating a day carries less than a whole day's mean: documented, not hidden.
      expect(rate).toBeGreaterThanOrEqual(0.5);
      expect(rate).toBeLessThan(0.8);
    },
    TIMEOUT,
  );

  test(
    "next morning only: no block length reaches 80% in 8 weeks, so the design cannot be tuned to it",
    () => {
      // 14 pairs of 2 nights, 9 of 3 (54 nights), 7 of 4: the same people's journals for each.
      const rates = [
        [2, 14],
        [3, 9],
        [4, 7],
      ].map(([blockDays = 0, pairs = 0]) =>
        helpsRate({
          choice: { blockDays, pairs, outcome: "MORNING" },
          model: { ...typical, effect: -1.5, effectOn: "MORNING" },
          people: 1000,
          seed: 53,
        }),
      );
      console.log(
        `experiments power, next morning, blocks of 2/3/4 nights: ${rates.map(percent).join(", ")}`,
      );
      for (const rate of rates) expect(rate).toBeLessThan(0.7);
    },
    TIMEOUT,
  );

  test(
    "an effect that lingers a second day (carry-over) is still found, diluted",
    () => {
      const rate = helpsRate({
        choice: { ...eightWeeks, outcome: "DAY" },
        model: { ...typical, effect: -1.5, carryOver: 0.5 },
        people: 1000,
        seed: 51,
      });
      console.log(`experiments power, next day, effect half again the day after: ${percent(rate)}`);
      expect(rate).toBeGreaterThanOrEqual(0.5);
    },
    TIMEOUT,
  );
});
