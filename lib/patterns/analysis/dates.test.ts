import { describe, expect, test } from "vitest";
import { dateFromDayNumber, dayNumber, isoWeekOf, weekdayOf } from "./dates";

describe("calendar dates", () => {
  test("day numbers round-trip, including across DST changes of the test zone", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    // America/Sao_Paulo used to switch to DST in October/November.
    for (const date of ["2018-11-04", "2019-02-17", "2024-02-29", "2025-12-31"]) {
      expect(dateFromDayNumber(dayNumber(date))).toBe(date);
    }
    expect(dayNumber("2018-11-05") - dayNumber("2018-11-04")).toBe(1);
  });

  test("weekdays follow DayRecord (0 = Sunday)", () => {
    expect(weekdayOf(dayNumber("2025-01-05"))).toBe(0);
    expect(weekdayOf(dayNumber("2025-01-06"))).toBe(1);
    expect(weekdayOf(dayNumber("1969-12-27"))).toBe(6);
  });

  test.each([
    // Year-boundary cases checked against Python's date.isocalendar().
    ["2021-01-03", "2020-W53", "2020-12-28"],
    ["2024-12-30", "2025-W01", "2024-12-30"],
    ["2025-01-06", "2025-W02", "2025-01-06"],
    ["2026-01-01", "2026-W01", "2025-12-29"],
    ["2027-01-03", "2026-W53", "2026-12-28"],
  ])("%s is in ISO week %s starting %s", (date, label, monday) => {
    const week = isoWeekOf(dayNumber(date));
    expect(week.label).toBe(label);
    expect(dateFromDayNumber(week.monday)).toBe(monday);
  });
});
