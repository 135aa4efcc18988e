import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/time";
import { mulberry32, normal } from "../../random";
import { PLANTED, simulateJournal } from "../testing/journal-model";
import type { Comparison, DayRecord, ReliefInfo, TagInfo } from "../types";
import { analysePatterns } from "./analysis";
import { dateFromDayNumber, dayNumber, weekdayOf } from "./dates";

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

const rangeOf = (days: readonly DayRecord[]) => ({
  from: days[0]?.date ?? "2025-03-03",
  to: days[days.length - 1]?.date ?? "2025-03-03",
});

const find = (comparisons: readonly Comparison[], key: string) => {
  const found = comparisons.find((c) => c.key === key);
  if (!found) throw new Error(`no comparison ${key}`);
  return found;
};

const anna: TagInfo = { id: "anna", kind: "PERSON", name: "Anna" };
const sam: TagInfo = { id: "sam", kind: "PERSON", name: "Sam" };
const stretch: ReliefInfo = { id: "stretch", name: "Stretching" };

/** 12 weeks of noisy day pain, Anna on about a third of the days adding `effect` points. */
function withAnna({ effect, seed = 1 }: { effect: number; seed?: number }): DayRecord[] {
  const random = mulberry32(seed);
  return Array.from({ length: 84 }, (_, i) => {
    const isAnna = random() < 0.35;
    const pain = Math.round(5 + 1.2 * normal(random) + (isAnna ? effect : 0));
    return day(i, pain, { tagIds: isAnna ? ["anna"] : [] });
  });
}

describe("analysePatterns", () => {
  test("an empty journal lists nothing to compare and tests nothing", () => {
    const analysis = analysePatterns({
      days: [],
      tags: [anna],
      reliefs: [stretch],
      range: { from: "2025-03-03", to: "2025-05-25" },
    });
    expect(analysis).toEqual({
      comparisons: [],
      testedCount: 0,
      dayCount: 0,
      moreDaysToTell: null,
    });
  });

  test("only what was logged is compared: no rows for unused tags, relief or unrated parts", () => {
    const days = withAnna({ effect: 0 });
    const { comparisons } = analysePatterns({
      days,
      tags: [anna, sam],
      reliefs: [stretch],
      range: rangeOf(days),
    });
    expect(comparisons.map((c) => c.key)).toEqual([
      "part:MORNING-vs-EVENING",
      "weekend",
      "tag:anna",
    ]);
  });

  test("not enough data counts the days the rarer side needs at the rate it occurs", () => {
    // 40 days, Sam on 4 of them: 6 more Sam days take about 60 more logged days.
    const days = Array.from({ length: 40 }, (_, i) =>
      day(i, 4 + (i % 3), { tagIds: i % 10 === 0 ? ["sam"] : [] }),
    );
    const sams = find(
      analysePatterns({ days, tags: [sam], reliefs: [], range: rangeOf(days) }).comparisons,
      "tag:sam",
    );
    expect(sams).toMatchObject({ status: "not-enough-data", nA: 4, nB: 36, moreDaysNeeded: 60 });
  });

  test("a clear difference present for weeks is found, with the direction and size planted", () => {
    const days = withAnna({ effect: 2.5 });
    const anna_ = find(
      analysePatterns({ days, tags: [anna], reliefs: [], range: rangeOf(days) }).comparisons,
      "tag:anna",
    );
    expect(anna_.status).toBe("found");
    if (anna_.status === "not-enough-data") throw new Error("untested");
    expect(anna_.ciLow).toBeLessThan(2.5);
    expect(anna_.ciHigh).toBeGreaterThan(2.5);
    expect(anna_.isSeenThisWeekOnly).toBe(false);
  });

  test("a pattern that was not yet testable a week ago waits for the next look", () => {
    // Anna on 10 days, the 10th in the last week, each with 4 points more: clear now, but a week
    // ago she had 9 days, below the minimum.
    const annaDays = new Set([8, 11, 19, 26, 34, 41, 50, 58, 66, 80]);
    const random = mulberry32(4);
    const days = Array.from({ length: 84 }, (_, i) =>
      annaDays.has(i)
        ? day(i, 9, { tagIds: ["anna"] })
        : day(i, Math.round(5 + 0.8 * normal(random))),
    );
    const now = find(
      analysePatterns({ days, tags: [anna], reliefs: [], range: rangeOf(days) }).comparisons,
      "tag:anna",
    );
    expect(now).toMatchObject({ status: "no-clear-difference", isSeenThisWeekOnly: true, nA: 10 });
    // A week later it has held at two looks.
    const later = [...days, ...Array.from({ length: 7 }, (_, i) => day(84 + i, 5))];
    const range = { from: addDays(rangeOf(later).to, -83), to: rangeOf(later).to };
    const next = find(
      analysePatterns({ days: later, tags: [anna], reliefs: [], range }).comparisons,
      "tag:anna",
    );
    expect(next.status).toBe("found");
  });

  test("certain part-of-day differences do not loosen the threshold for people", () => {
    const days = withAnna({ effect: 0.9, seed: 5 });
    const mornings = days.map((d) => ({
      ...d,
      parts: { MORNING: d.dayPain + 3, EVENING: d.dayPain - 1 },
    }));
    const plain = find(
      analysePatterns({ days, tags: [anna], reliefs: [], range: rangeOf(days) }).comparisons,
      "tag:anna",
    );
    const withMornings = find(
      analysePatterns({ days: mornings, tags: [anna], reliefs: [], range: rangeOf(days) })
        .comparisons,
      "tag:anna",
    );
    expect(
      find(
        analysePatterns({ days: mornings, tags: [anna], reliefs: [], range: rangeOf(days) })
          .comparisons,
        "part:MORNING-vs-EVENING",
      ).status,
    ).toBe("found");
    expect(withMornings.status === "not-enough-data" ? null : withMornings.qValue).toBe(
      plain.status === "not-enough-data" ? undefined : plain.qValue,
    );
  });

  test("relief taken on bad days is compared with days that hurt as much", () => {
    // Stretching is done on the worst days and does nothing; bad days carry over to the next
    // morning, so mornings after stretching are worse — but not worse than after equally bad days.
    const random = mulberry32(11);
    let carry = 0;
    const days = Array.from({ length: 84 }, (_, i) => {
      carry = 0.7 * carry + normal(random);
      const pain = 5 + carry + 0.5 * normal(random);
      const morning = Math.round(pain + 0.5 * normal(random));
      return day(i, pain, {
        parts: { MORNING: morning, EVENING: Math.round(pain) },
        reliefIds: pain > 5.5 ? ["stretch"] : [],
      });
    });
    const nextMorning = find(
      analysePatterns({ days, tags: [], reliefs: [stretch], range: rangeOf(days) }).comparisons,
      "relief:stretch:next-morning",
    );
    if (nextMorning.status === "not-enough-data") throw new Error("untested");
    expect((nextMorning.medianA ?? 0) - (nextMorning.medianB ?? 0)).toBeGreaterThanOrEqual(1);
    expect(nextMorning.status).toBe("no-clear-difference");
    expect(nextMorning.ciLow).toBeLessThan(0);
    expect(nextMorning.ciHigh).toBeGreaterThan(0);
  });

  test("a planted person in a realistic journal is found, and the size caveat follows the interval", () => {
    const journal = simulateJournal({
      seed: 7,
      model: { weeks: 12, dayCorrelation: 0.4, isInRuns: true, effects: { person: 2.5 } },
    });
    const { comparisons } = analysePatterns({
      ...journal,
      range: { from: journal.from, to: journal.to },
    });
    const person = find(comparisons, `tag:${PLANTED.personId}`);
    if (person.status === "not-enough-data") throw new Error("untested");
    expect(person.status).toBe("found");
    expect(person.mayBeSmaller).toBe(person.ciLow < person.difference / 2);
  });

  test("when nothing stands out, it says about how many more days a 1.5-point difference needs", () => {
    const days = withAnna({ effect: 0, seed: 9 }).slice(0, 40);
    const analysis = analysePatterns({ days, tags: [anna], reliefs: [], range: rangeOf(days) });
    expect(analysis.moreDaysToTell).toBeGreaterThan(0);
    const longer = withAnna({ effect: 0, seed: 9 });
    const later = analysePatterns({
      days: longer,
      tags: [anna],
      reliefs: [],
      range: rangeOf(longer),
    });
    expect(later.moreDaysToTell).toBeLessThan(analysis.moreDaysToTell ?? 0);
  });
});
