import { describe, expect, test } from "vitest";
import { describeReliefUse, reliefDisplayName } from "@/lib/relief/format/relief-format";
import {
  formatDateWithRelative,
  formatLongDate,
  formatShortDate,
  partOfDayLabel,
  relativeDayName,
} from "./dates";
import { quickLogTime } from "./times";

describe("formatters", () => {
  test("dates read the same in any machine zone (the test zone is America/Sao_Paulo)", () => {
    expect(formatLongDate("2026-11-24")).toBe("Tuesday 24 November 2026");
    expect(formatShortDate("2026-11-24")).toBe("Tue 24 Nov");
    expect(formatLongDate("2026-03-29")).toBe("Sunday 29 March 2026");
  });

  test("relative day names around the journal's today", () => {
    expect(relativeDayName("2026-11-24", "2026-11-24")).toBe("today");
    expect(relativeDayName("2026-11-23", "2026-11-24")).toBe("yesterday");
    expect(relativeDayName("2026-12-01", "2026-11-30")).toBe("tomorrow");
    expect(relativeDayName("2026-11-20", "2026-11-24")).toBeNull();
    expect(formatDateWithRelative("2026-11-23", "2026-11-24")).toBe(
      "Monday 23 November 2026 (yesterday)",
    );
    expect(formatDateWithRelative("2026-11-20", "2026-11-24")).toBe("Friday 20 November 2026");
  });

  test("parts of day and relief uses", () => {
    expect(partOfDayLabel("NIGHT")).toBe("Night");
    expect(partOfDayLabel(null)).toBe("Whole day");
    expect(reliefDisplayName({ builtinKey: "CAT_COW", name: "old name" })).toBe("Cat-cow");
    expect(reliefDisplayName({ builtinKey: null, name: "Swimming" })).toBe("Swimming");
    expect(
      describeReliefUse({
        builtinKey: "HEAT",
        name: "Heat",
        minutes: 20,
        helped: "A_LITTLE",
        partOfDay: "EVENING",
      }),
    ).toBe("Heat, 20 min, evening, helped: a little");
    expect(
      describeReliefUse({
        builtinKey: null,
        name: "Swim",
        minutes: null,
        helped: null,
        partOfDay: null,
      }),
    ).toBe("Swim");
  });

  test("quick log times are local to the person", () => {
    expect(quickLogTime("2026-11-24T13:05:00.000Z", "Europe/Berlin")).toBe("14:05");
    expect(quickLogTime("2026-11-24T13:05:00.000Z", "Pacific/Kiritimati")).toBe("03:05");
  });
});
