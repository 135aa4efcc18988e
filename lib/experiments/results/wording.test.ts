import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time";
import { analyseExperiment } from "../design/analysis";
import type { OutcomeDay } from "../design/outcome";
import type { ExperimentDetailDTO } from "../types";
import { caveats, evidenceText, verdictText } from "./wording";

const design = { startDate: "2026-03-01", blockDays: 1, blockOrder: "ABBAABBAABBA" };

/** Mornings after each night: `on` after on nights, `off` after off nights. */
function mornings(on: number, off: number): OutcomeDay[] {
  return [...design.blockOrder].map((letter, night) => ({
    date: addDays(design.startDate, night + 1),
    parts: { MORNING: letter === "A" ? on : off },
    dayPain: 4,
  }));
}

function detail(days: OutcomeDay[], overrides: Partial<ExperimentDetailDTO> = {}) {
  const analysis = analyseExperiment({
    design,
    days,
    outcome: "MORNING",
    endsBefore: "2026-03-13",
  });
  return {
    change: "Child's pose",
    outcome: "MORNING" as const,
    status: "finished" as const,
    analysis,
    progress: {
      nightsSoFar: 12,
      totalNights: 12,
      onNights: 6,
      onNightsDone: 5,
      offNights: 6,
      offNightsDone: 0,
      nightsUnrecorded: 1,
    },
    stoppedOn: null,
    pairs: 6,
    blockDays: 1,
    outcomeDays: { expected: 12, recorded: 12 },
    ...overrides,
  };
}

describe("what the page, the summary and the PDF say", () => {
  test("six pairs all lower: it seems to help, with the difference, the interval and p", () => {
    const shown = detail(mornings(3, 5));
    expect(verdictText(shown)).toBe(
      "It seems to help: after “on” nights your next morning's pain was lower, by about 2.0 points.",
    );
    expect(evidenceText(shown)).toContain("On minus off: −2.0 points (95% interval −2.0 to −2.0)");
    expect(evidenceText(shown)).toContain("p = 0.016: the share of the 64 orders");
  });

  test("no difference: says so, never that it does not help", () => {
    const text = verdictText(detail(mornings(4, 4))) ?? "";
    expect(text).toMatch(/^No clear difference/);
    expect(text).not.toMatch(/does not help|did not help/);
  });

  test("higher after on nights is said plainly", () => {
    expect(verdictText(detail(mornings(6, 4)))).toMatch(
      /^It did not help: .* higher, by about 2\.0/,
    );
  });

  test("stopped early with too few pairs: too little to tell, and the stop is the first caveat", () => {
    const days = mornings(3, 5).slice(0, 4);
    const analysis = analyseExperiment({
      design,
      days,
      outcome: "MORNING",
      endsBefore: "2026-03-05",
    });
    const shown = detail(days, { analysis, status: "stopped", stoppedOn: "2026-03-05" });
    expect(verdictText(shown)).toMatch(/^Too little to tell: 2 complete pairs/);
    expect(caveats(shown)[0]).toMatch(
      /^Stopped early, on .*: this uses the 2 complete pairs of blocks before it, of 6 planned/,
    );
  });

  test("missing days are a caveat only when there are some", () => {
    const all = caveats(detail(mornings(3, 5)));
    expect(all.some((c) => c.includes("had no rating"))).toBe(false);
    const some = caveats(detail(mornings(3, 5), { outcomeDays: { expected: 12, recorded: 9 } }));
    expect(some).toContain(
      "3 of 12 days had no rating of your next morning's pain. If you missed more days after one kind of night, the comparison leans.",
    );
  });
});
