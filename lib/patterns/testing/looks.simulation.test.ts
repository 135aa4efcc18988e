import { expect, test } from "vitest";
import { percent, shareEverShownInAYearOfLooks } from "./measure";

/**
 * Repeated looks: a person with no real effect opens Patterns every week for a year. Before this
 * method about half of such people were eventually shown a pattern; the share ever shown one must
 * stay at most 20%. 150 people per model: the Monte Carlo standard error is about ±3 points at
 * 15%. One file per model (tags in runs here, independent tags in looks-independent.simulation.test.ts) so that the two run side by side.
 */
const PEOPLE = 150;

test("a year of weekly looks, subjects in runs: true — at most 20% ever shown a pattern", () => {
  const share = shareEverShownInAYearOfLooks({ isInRuns: true, people: PEOPLE });
  console.log(`a year of weekly looks, runs: ${percent(share)} ever shown a pattern`);
  expect(share).toBeLessThanOrEqual(0.2);
}, 1_500_000);
