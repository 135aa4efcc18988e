import { describe, expect, test } from "vitest";
import type { DayRecord } from "../types";
import { dayNumber, weekdayOf } from "./dates";
import { bestAndWorstDays, weeklyTrend } from "./trend";

const day = (date: string, dayPain: number): DayRecord => ({
  date,
  weekday: weekdayOf(dayNumber(date)),
  parts: { EVENING: dayPain },
  dayPain,
  tagIds: [],
  reliefIds: [],
});

describe("weeklyTrend", () => {
  test("groups by ISO week across a year boundary, oldest first", () => {
    const days = [
      day("2025-01-06", 2), // Monday of 2025-W02
      day("2024-12-29", 7), // Sunday of 2024-W52
      day("2024-12-30", 4), // Monday of 2025-W01
      day("2025-01-01", 6),
      day("2025-01-04", 5),
      day("2025-01-05", 4),
    ];
    expect(weeklyTrend(days)).toEqual([
      {
        isoWeek: "2024-W52",
        weekStart: "2024-12-23",
        days: 1,
        meanPain: 7,
        medianPain: 7,
        best: { date: "2024-12-29", pain: 7 },
        worst: { date: "2024-12-29", pain: 7 },
      },
      {
        isoWeek: "2025-W01",
        weekStart: "2024-12-30",
        days: 4,
        meanPain: 4.75,
        medianPain: 4.5,
        // 2024-12-30 and 2025-01-05 tie at 4: the earlier one is the week's best.
        best: { date: "2024-12-30", pain: 4 },
        worst: { date: "2025-01-01", pain: 6 },
      },
      {
        isoWeek: "2025-W02",
        weekStart: "2025-01-06",
        days: 1,
        meanPain: 2,
        medianPain: 2,
        best: { date: "2025-01-06", pain: 2 },
        worst: { date: "2025-01-06", pain: 2 },
      },
    ]);
  });

  test("no days, no weeks", () => {
    expect(weeklyTrend([])).toEqual([]);
  });
});

describe("bestAndWorstDays", () => {
  test("lowest and highest pain, ties to the more recent day", () => {
    const days = [
      day("2025-03-01", 3),
      day("2025-03-02", 8),
      day("2025-03-03", 1),
      day("2025-03-04", 3),
      day("2025-03-05", 9),
      day("2025-03-06", 5),
      day("2025-03-07", 8),
    ];
    const { best, worst } = bestAndWorstDays({ days, count: 2 });
    expect(best.map((d) => d.date)).toEqual(["2025-03-03", "2025-03-04"]);
    expect(worst.map((d) => d.date)).toEqual(["2025-03-05", "2025-03-07"]);
  });

  test("never lists a day as both best and worst", () => {
    const flat = [day("2025-03-01", 4), day("2025-03-02", 4), day("2025-03-03", 4)];
    const { best, worst } = bestAndWorstDays({ days: flat });
    expect(best).toHaveLength(1);
    expect(worst).toHaveLength(1);
    expect(best[0]).not.toBe(worst[0]);
    expect(bestAndWorstDays({ days: [] })).toEqual({ best: [], worst: [] });
  });
});
