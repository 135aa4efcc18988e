import { expect, test } from "vitest";
import { percent, shareEverShownInAYearOfLooks } from "./measure";

/**
 * Repeated looks: a person with no real effect opens Patterns every week for a year. Before this
 * method about half of such people were eventually shown a pattern; the share ever shown one must
 * stay at most 20%. 150 people per model: the Monte Carlo standard error is about ±3 points at
 * 15%. One file per model (independent tags here, tags in runs in looks.simulation.test.ts) so that the two run side by side.
 */
const PEOPLE = 150;

test("a year of weekly looks, subjects in runs: false — at most 20% ever shown a pattern", () => {
  const share = shareEverShownInAYearOfLooks({ isInRuns: false, people: PEOPLE });
  console.log(`a year of weekly looks, independent: ${percent(share)} ever shown a pattern`);
  expect(share).toBeLessThanOrEqual(0.2);
}, 1_500_000);
