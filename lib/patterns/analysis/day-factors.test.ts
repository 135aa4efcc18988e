import { describe, expect, test } from "vitest";
import { calibratedAr1 } from "../stats/regressor-test";
import type { DayFactors, DayRecord } from "../types";
import { dateFromDayNumber, dayNumber, weekdayOf } from "./dates";
import { dayFactorDrafts, splitOf } from "./day-factors";

const SHORT_SLEEP = { field: "sleepHours", fixed: 6, side: "low" } as const;
const HIGH_STRESS = { field: "stress", fixed: 7, side: "high" } as const;

describe("splitOf", () => {
  test("the fixed cut-off when it leaves 10 days on each side", () => {
    const hours = [...Array(12).fill(5), ...Array(20).fill(7.5)];
    const split = splitOf(hours, SHORT_SLEEP);
    expect(split).toMatchObject({ threshold: 6, isOwnQuarter: false });
    expect(hours.filter(split.isIn)).toHaveLength(12);
  });

  test("otherwise the person's own lower quarter: someone who never sleeps under 6 h", () => {
    const hours = Array.from({ length: 40 }, (_, i) => 6 + (i % 8) * 0.5);
    const split = splitOf(hours, SHORT_SLEEP);
    expect(split).toMatchObject({ threshold: 6.5, isOwnQuarter: true });
    expect(hours.filter(split.isIn)).toHaveLength(10);
  });

  test("high stress: 7 or more, or the person's own top quarter", () => {
    expect(splitOf([...Array(10).fill(8), ...Array(10).fill(3)], HIGH_STRESS).threshold).toBe(7);
    const calm = Array.from({ length: 40 }, (_, i) => i % 6);
    const split = splitOf(calm, HIGH_STRESS);
    expect(split).toMatchObject({ threshold: 4, isOwnQuarter: true });
  });
});

function journal(
  days: number,
  factorsOf: (i: number) => DayFactors,
  painOf: (i: number) => number,
) {
  const first = dayNumber("2026-01-05");
  return Array.from({ length: days }, (_, i): DayRecord => {
    const pain = painOf(i);
    return {
      date: dateFromDayNumber(first + i),
      weekday: weekdayOf(first + i),
      parts: { MORNING: pain, EVENING: pain },
      dayPain: pain,
      tagIds: [],
      reliefIds: [],
      factors: factorsOf(i),
    };
  });
}

describe("dayFactorDrafts", () => {
  test("short nights, stress on the day and the day after, long sitting: each with its days and labels", () => {
    // Deterministic noise so that nothing is exactly collinear.
    const wobble = (i: number) => ((i * 37) % 11) / 10;
    const days = journal(
      60,
      (i) => ({
        sleepHours: i % 4 === 0 ? 5 : 7.5,
        stress: i % 3 === 0 ? 8 : 3,
        sittingHours: i % 5 < 2 ? 9 : 4,
      }),
      (i) => 4 + (i % 4 === 0 ? 2 : 0) + wobble(i),
    );
    const drafts = dayFactorDrafts(days, calibratedAr1);
    expect(drafts.map((d) => [d.key, d.labelA, d.labelB, d.nA, d.nB])).toEqual([
      ["factor:short-sleep", "Days after a night under 6 h", "Days after a longer night", 15, 45],
      ["factor:high-stress", "Days with stress 7 or more", "Calmer days", 20, 40],
      [
        "factor:high-stress:next-day",
        "The day after stress 7 or more",
        "The day after a calmer day",
        20,
        39,
      ],
      ["factor:long-sitting", "Days sitting 8 h or more", "Days sitting less", 24, 36],
    ]);
    const short = drafts[0];
    expect(short && "difference" in short ? short.difference : null).toBeCloseTo(2, 0);
  });

  test("days without the factor recorded are left out, and nothing is listed without any", () => {
    const days = journal(
      30,
      (i) => ({
        sleepHours: i < 25 ? (i % 2 === 0 ? 5 : 8) : null,
        stress: null,
        sittingHours: null,
      }),
      () => 4,
    );
    const drafts = dayFactorDrafts(days, calibratedAr1);
    expect(drafts.map((d) => [d.key, d.nA + d.nB])).toEqual([["factor:short-sleep", 25]]);
    expect(
      dayFactorDrafts(
        journal(
          30,
          () => ({ sleepHours: null, stress: null, sittingHours: null }),
          () => 4,
        ),
        calibratedAr1,
      ),
    ).toEqual([]);
  });
});
