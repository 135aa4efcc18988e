import { expect, test } from "vitest";
import type { JournalModel } from "./journal-model";
import { everShownOverLooks, journalsOf, percent } from "./measure";

/**
 * Repeated looks: a person with no real effect opens Patterns every week for a year (the 12-week
 * window, weeks 8 to 52). Before this method about half of such people were eventually shown a
 * pattern; the share ever shown one must stay at most 20%. 150 people per model: the Monte Carlo
 * standard error is about ±3 points at 15%.
 */
const PEOPLE = 150;

test.each([true, false])(
  "a year of weekly looks, subjects in runs: %s — at most 20% ever shown a pattern",
  (isInRuns) => {
    const model: JournalModel = { weeks: 52, dayCorrelation: 0.4, isInRuns };
    const journals = journalsOf(model, PEOPLE, 70_000);
    const ever = journals.filter((journal) =>
      everShownOverLooks({ journal, model, firstWeek: 8 }),
    ).length;
    console.log(
      `a year of weekly looks, ${isInRuns ? "runs" : "independent"}: ${percent(ever / PEOPLE)} ever shown a pattern`,
    );
    expect(ever / PEOPLE).toBeLessThanOrEqual(0.2);
  },
  1_500_000,
);
