import { describe, expect, test } from "vitest";
import type { JournalModel } from "./journal-model";
import { falsePatternRate, percent } from "./measure";

/**
 * No effect at all: in every model of the family (journal-model.ts; docs/statistics.md), at most
 * 5% of simulated people are shown any pattern about people, places, feelings, relief or
 * weekdays. The journals do have real part-of-day differences (mornings 1–2 points worse), a
 * weekly rhythm, flare days, relief taken more on bad days, missing days and parts. Fixed seeds:
 * the figures are the same on every run; with 400 people each the Monte Carlo standard error is
 * about ±1 point at 5%.
 */
const PEOPLE = 400;
const TIMEOUT = 900_000;

const family: [number, number, boolean][] = [8, 12, 52].flatMap((weeks) =>
  [0.2, 0.4, 0.6].flatMap((dayCorrelation) =>
    [true, false].map((isInRuns): [number, number, boolean] => [weeks, dayCorrelation, isInRuns]),
  ),
);

describe("no effect: at most 5% of people are shown any pattern", () => {
  test.each(family)(
    "%i weeks, day-to-day correlation %f, subjects in runs: %s",
    (weeks, dayCorrelation, isInRuns) => {
      const model: JournalModel = { weeks, dayCorrelation, isInRuns };
      const rate = falsePatternRate(model, weeks === 52 ? PEOPLE / 2 : PEOPLE, 10_000 * weeks);
      console.log(
        `null, ${weeks} weeks, correlation ${dayCorrelation}, ${isInRuns ? "runs" : "independent"}: ${percent(rate)} shown a pattern`,
      );
      expect(rate).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT,
  );
});
