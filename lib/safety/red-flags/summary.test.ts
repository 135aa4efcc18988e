import { describe, expect, test } from "vitest";
import { RED_FLAGS } from "@/lib/journal/vocabulary/red-flags";
import { RED_FLAG_GUIDANCE } from "./guidance";
import { summariseRedFlags } from "./summary";

describe("summariseRedFlags", () => {
  test("urgent symptoms first, then the most recent; dates newest first", () => {
    const summary = summariseRedFlags([
      { date: "2026-10-01", redFlags: ["WORSE_AT_NIGHT", "BLADDER_BOWEL"] },
      { date: "2026-10-09", redFlags: ["FEVER"] },
      { date: "2026-10-05", redFlags: ["WORSE_AT_NIGHT"] },
      { date: "2026-09-20", redFlags: ["SADDLE_NUMBNESS"] },
    ]);
    expect(summary.map((row) => [row.flag, row.urgency, row.dates])).toEqual([
      ["BLADDER_BOWEL", "urgent", ["2026-10-01"]],
      ["SADDLE_NUMBNESS", "urgent", ["2026-09-20"]],
      ["FEVER", "soon", ["2026-10-09"]],
      ["WORSE_AT_NIGHT", "soon", ["2026-10-05", "2026-10-01"]],
    ]);
    expect(summary[0]?.label).toMatch(/bladder/);
  });

  test("ties on the last date keep the check-in's order; nothing reported gives nothing", () => {
    const summary = summariseRedFlags([
      { date: "2026-10-01", redFlags: ["FEVER", "SHOOTING_DOWN_LEG"] },
    ]);
    expect(summary.map((row) => row.flag)).toEqual(["SHOOTING_DOWN_LEG", "FEVER"]);
    expect(summariseRedFlags([])).toEqual([]);
  });
});

describe("RED_FLAG_GUIDANCE", () => {
  test("every symptom has a meaning and what to do", () => {
    for (const flag of RED_FLAGS) {
      expect(RED_FLAG_GUIDANCE[flag].meaning.length).toBeGreaterThan(20);
      expect(RED_FLAG_GUIDANCE[flag].whatToDo.length).toBeGreaterThan(20);
    }
  });
});
