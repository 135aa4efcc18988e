import { describe, expect, test } from "vitest";
import { analysePatterns } from "./analysis";
import { dateFromDayNumber, dayNumber, weekdayOf } from "./dates";
import { mulberry32 } from "./random";
import { simulateJournal } from "./simulate";
import {
  type Comparison,
  type DayRecord,
  MIN_DAYS_PER_SIDE,
  MIN_PAIRED_DAYS,
  type ReliefInfo,
  type TagInfo,
} from "./types";

const START = dayNumber("2025-03-03");

function day(offset: number, pain: number, extra: Partial<DayRecord> = {}): DayRecord {
  return {
    date: dateFromDayNumber(START + offset),
    weekday: weekdayOf(START + offset),
    parts: { MORNING: pain, EVENING: pain },
    dayPain: pain,
    tagIds: [],
    reliefIds: [],
    ...extra,
  };
}

const find = (comparisons: Comparison[], key: string) => {
  const found = comparisons.find((c) => c.key === key);
  if (!found) throw new Error(`no comparison ${key}`);
  return found;
};

const anna: TagInfo = { id: "anna", kind: "PERSON", name: "Anna" };
const stretch: ReliefInfo = { id: "stretch", name: "Stretching" };

describe("analysePatterns", () => {
  test("empty journal: every comparison listed, none tested, with what is missing", () => {
    const { comparisons, testedCount, dayCount } = analysePatterns({
      days: [],
      tags: [anna],
      reliefs: [stretch],
    });
    expect(testedCount).toBe(0);
    expect(dayCount).toBe(0);
    expect(comparisons.map((c) => c.key)).toEqual([
      "part:MORNING-vs-AFTERNOON",
      "part:MORNING-vs-EVENING",
      "part:MORNING-vs-NIGHT",
      "part:AFTERNOON-vs-EVENING",
      "part:AFTERNOON-vs-NIGHT",
      "part:EVENING-vs-NIGHT",
      "weekend",
      "tag:anna",
      "relief:stretch:next-morning",
      "relief:stretch:next-1-3-days",
    ]);
    for (const c of comparisons) {
      expect(c.status).toBe("not-enough-data");
      const expected = c.kind === "partOfDay" ? MIN_PAIRED_DAYS : 2 * MIN_DAYS_PER_SIDE;
      expect(c.status === "not-enough-data" && c.moreDaysNeeded).toBe(expected);
      expect([c.medianA, c.medianB]).toEqual([null, null]);
    }
  });

  test("all-equal pain: tested, no NaN anywhere, and nothing found", () => {
    const days = Array.from({ length: 40 }, (_, i) =>
      day(i, 4, { tagIds: i % 2 ? ["anna"] : [], reliefIds: i % 3 ? [] : ["stretch"] }),
    );
    const analysis = analysePatterns({ days, tags: [anna], reliefs: [stretch] });
    expect(JSON.stringify(analysis)).not.toMatch(/NaN|null,"ci|Infinity/);
    const tested = analysis.comparisons.filter((c) => c.status !== "not-enough-data");
    expect(tested.map((c) => c.key)).toEqual([
      "part:MORNING-vs-EVENING",
      "weekend",
      "tag:anna",
      "relief:stretch:next-morning",
      "relief:stretch:next-1-3-days",
    ]);
    for (const c of tested) {
      expect(c).toMatchObject({
        status: "no-clear-difference",
        difference: 0,
        ciLow: 0,
        ciHigh: 0,
        pValue: 1,
        qValue: 1,
      });
    }
  });

  test("one side empty: not enough data, and how many more days would do", () => {
    const days = Array.from({ length: 25 }, (_, i) => day(i, 3 + (i % 4), { tagIds: ["anna"] }));
    const tag = find(analysePatterns({ days, tags: [anna], reliefs: [] }).comparisons, "tag:anna");
    expect(tag).toMatchObject({ status: "not-enough-data", nA: 25, nB: 0, medianB: null });
    expect(tag.status === "not-enough-data" && tag.moreDaysNeeded).toBe(MIN_DAYS_PER_SIDE);
  });

  test("relief looks at the next calendar day only when it was recorded", () => {
    // Offsets 0–4 recorded, 5 missing, 6–7 recorded. Stretching on 0, 2 and 4.
    const pains = [5, 3, 6, 2, 7, undefined, 4, 8];
    const days = pains.flatMap((pain, i) =>
      pain === undefined
        ? []
        : [day(i, pain, { reliefIds: i % 2 === 0 && i < 5 ? ["stretch"] : [] })],
    );
    const { comparisons } = analysePatterns({ days, tags: [], reliefs: [stretch] });
    // Day 4's next day (5) is missing, so only 0 → 1 and 2 → 3 count as "with": mornings 3 and 2.
    // "Without": 1 → 2 and 3 → 4 (day 7 has no next day, day 6 → 7): mornings 6, 7, 8.
    expect(find(comparisons, "relief:stretch:next-morning")).toMatchObject({
      nA: 2,
      nB: 3,
      medianA: 2.5,
      medianB: 7,
    });
    // Next 1–3 days after 0: mean(3, 6, 2) = 11/3; after 2: mean(2, 7) = 4.5 (day 5 missing).
    expect(find(comparisons, "relief:stretch:next-1-3-days")).toMatchObject({
      nA: 2,
      medianA: (11 / 3 + 4.5) / 2,
    });
  });

  test("a clear difference is found, with its sign and interval", () => {
    const days = Array.from({ length: 60 }, (_, i) => {
      const withAnna = i % 3 === 0;
      return day(i, (withAnna ? 7 : 4) + (i % 5) * 0.5 - 1, { tagIds: withAnna ? ["anna"] : [] });
    });
    const tag = find(analysePatterns({ days, tags: [anna], reliefs: [] }).comparisons, "tag:anna");
    expect(tag).toMatchObject({
      status: "found",
      nA: 20,
      nB: 40,
      labelA: "With Anna",
      kind: "person",
    });
    if (tag.status === "not-enough-data") throw new Error("unreachable");
    expect(tag.difference).toBe(3);
    expect(tag.ciLow).toBeGreaterThan(0);
    expect(tag.qValue).toBeGreaterThanOrEqual(tag.pValue);
  });

  test("a year with 30 tags and 15 relief items runs quickly", () => {
    const random = mulberry32(99);
    const base = simulateJournal({ seed: 99, days: 430, missingRate: 0.15 });
    const kinds = ["PERSON", "CONTEXT", "EMOTION"] as const;
    const tags = Array.from({ length: 30 }, (_, i) => ({
      id: `t${i}`,
      kind: kinds[i % 3] ?? "PERSON",
      name: `Tag ${i}`,
    }));
    const reliefs = Array.from({ length: 15 }, (_, i) => ({ id: `r${i}`, name: `Relief ${i}` }));
    const shares = [...tags, ...reliefs].map(() => 0.05 + 0.5 * random());
    const days = base.days.slice(0, 365).map((d) => ({
      ...d,
      tagIds: tags.filter((_, i) => random() < (shares[i] ?? 0)).map((t) => t.id),
      reliefIds: reliefs.filter((_, i) => random() < (shares[30 + i] ?? 0)).map((r) => r.id),
    }));
    analysePatterns({ days, tags, reliefs });
    const runs = 20;
    const started = performance.now();
    for (let i = 0; i < runs; i++) analysePatterns({ days, tags, reliefs });
    const ms = (performance.now() - started) / runs;
    console.log(`analysePatterns: 365 days, 30 tags, 15 relief items: ${ms.toFixed(1)} ms per run`);
    // A sanity bound only; the target is well under 100 ms.
    expect(ms).toBeLessThan(1000);
  });
});
