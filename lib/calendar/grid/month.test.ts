import { describe, expect, test } from "vitest";
import { calendarMonthSchema } from "../schema";
import {
  addMonths,
  datesOfMonth,
  formatDayPain,
  formatMonth,
  monthBounds,
  painLevelOf,
  weeksOf,
} from "./month";

describe("months", () => {
  test("bounds, including February in leap and common years", () => {
    expect(monthBounds("2026-03")).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(monthBounds("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthBounds("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(datesOfMonth("2026-04")).toHaveLength(30);
    expect(datesOfMonth("2026-04").at(-1)).toBe("2026-04-30");
  });

  test("stepping across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(formatMonth("2026-03")).toBe("March 2026");
  });

  test("weeks run Monday to Sunday with blanks around the month", () => {
    // 1 March 2026 is a Sunday: six blanks before it; 31 March is a Tuesday: five after.
    const weeks = weeksOf(datesOfMonth("2026-03").map((date) => ({ date })));
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]?.[6]).toEqual({ date: "2026-03-01" });
    expect(weeks[5]?.[1]).toEqual({ date: "2026-03-31" });
    expect(weeks[5]?.slice(2)).toEqual([null, null, null, null, null]);
    // February 2027 starts on a Monday and fills four weeks exactly.
    expect(weeksOf(datesOfMonth("2027-02").map((date) => ({ date })))).toHaveLength(4);
  });

  test("the URL's month must be a real month", () => {
    expect(calendarMonthSchema.safeParse("2026-03").success).toBe(true);
    for (const bad of ["2026-13", "2026-3", "1899-12", "2026-03-01", "", "<b>"]) {
      expect(calendarMonthSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("pain bands", () => {
  test("bands of the rounded day pain, and days without a rating", () => {
    const level = (dayPain: number | null, hasCheckIn = true) =>
      painLevelOf({ dayPain, hasCheckIn });
    expect(level(0)).toBe("none");
    expect(level(0.4)).toBe("none");
    expect(level(0.5)).toBe("mild");
    expect(level(3.4)).toBe("mild");
    expect(level(3.5)).toBe("moderate");
    expect(level(6.49)).toBe("moderate");
    expect(level(6.5)).toBe("severe");
    expect(level(10)).toBe("severe");
    expect(level(null)).toBe("not-rated");
    expect(level(null, false)).toBe("no-entry");
  });

  test("day pain is printed with at most one decimal", () => {
    expect(formatDayPain(4.5)).toBe("4.5");
    expect(formatDayPain(7)).toBe("7");
    expect(formatDayPain(4.25)).toBe("4.3");
    expect(formatDayPain(2 / 3)).toBe("0.7");
  });
});
