import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays,
  daysBetween,
  fromDbDate,
  isIsoDate,
  partOfDayForHour,
  toDbDate,
  weekdayOf,
} from "./time";
import {
  calendarDateFor,
  instantAt,
  journalDateFor,
  journalSlotFor,
  latestPossibleDate,
  localClock,
  localTimeLabel,
  partOfDayFor,
} from "./time-zone";

const at = (iso: string) => new Date(iso);

describe("partOfDayForHour", () => {
  test.each([
    [0, "NIGHT"],
    [3, "NIGHT"],
    [4, "MORNING"],
    [11, "MORNING"],
    [12, "AFTERNOON"],
    [16, "AFTERNOON"],
    [17, "EVENING"],
    [21, "EVENING"],
    [22, "NIGHT"],
    [23, "NIGHT"],
  ] as const)("hour %i is %s", (hour, part) => {
    expect(partOfDayForHour(hour)).toBe(part);
  });
});

describe("the after-midnight rule", () => {
  test("00:00–03:59 local is the NIGHT of the previous date; 04:00 starts a new day", () => {
    // Berlin is UTC+1 in winter.
    expect(journalSlotFor(at("2026-11-24T22:59:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(at("2026-11-24T23:00:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(at("2026-11-25T02:59:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(at("2026-11-25T03:00:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-11-25",
      partOfDay: "MORNING",
    });
  });

  test("a check-in opened at 01:30 defaults to the day before, at 04:00 to the same day", () => {
    expect(journalDateFor(at("2026-01-01T00:30:00Z"), "Europe/Berlin")).toBe("2025-12-31");
    expect(journalDateFor(at("2026-01-01T03:00:00Z"), "Europe/Berlin")).toBe("2026-01-01");
    expect(calendarDateFor(at("2026-01-01T00:30:00Z"), "Europe/Berlin")).toBe("2026-01-01");
  });

  test("the previous date crosses month and leap-year boundaries", () => {
    expect(journalDateFor(at("2028-03-01T01:00:00Z"), "UTC")).toBe("2028-02-29");
    expect(journalDateFor(at("2027-03-01T01:00:00Z"), "UTC")).toBe("2027-02-28");
  });
});

describe("daylight saving time", () => {
  test("Europe/Berlin, spring forward (2026-03-29, 02:00 → 03:00)", () => {
    // 00:59 UTC = 01:59 CET (still the night of the 28th).
    expect(localClock(at("2026-03-29T00:59:00Z"), "Europe/Berlin")).toMatchObject({ hour: 1 });
    expect(journalSlotFor(at("2026-03-29T00:59:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-03-28",
      partOfDay: "NIGHT",
    });
    // One minute later the clock reads 03:00 CEST: still the night, still the 28th.
    expect(localTimeLabel(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe("03:00");
    expect(journalDateFor(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe("2026-03-28");
    // 04:00 CEST = 02:00 UTC starts the morning of the 29th.
    expect(journalSlotFor(at("2026-03-29T02:00:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-03-29",
      partOfDay: "MORNING",
    });
    expect(journalSlotFor(at("2026-03-29T01:59:00Z"), "Europe/Berlin").partOfDay).toBe("NIGHT");
  });

  test("Europe/Berlin, fall back (2026-10-25, 03:00 → 02:00): both 02:30s are the night before", () => {
    expect(localTimeLabel(at("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("02:30");
    expect(localTimeLabel(at("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("02:30");
    expect(journalDateFor(at("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("2026-10-24");
    expect(journalDateFor(at("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("2026-10-24");
    // 04:00 CET is 03:00 UTC once the clocks have gone back.
    expect(journalSlotFor(at("2026-10-25T02:59:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-10-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(at("2026-10-25T03:00:00Z"), "Europe/Berlin")).toEqual({
      localDate: "2026-10-25",
      partOfDay: "MORNING",
    });
  });

  test("America/New_York, both directions (2026-03-08 and 2026-11-01)", () => {
    // Spring: 02:00 EST → 03:00 EDT. 11:59 EDT = 15:59 UTC, 12:00 EDT = 16:00 UTC.
    expect(partOfDayFor(at("2026-03-08T15:59:00Z"), "America/New_York")).toBe("MORNING");
    expect(partOfDayFor(at("2026-03-08T16:00:00Z"), "America/New_York")).toBe("AFTERNOON");
    expect(journalDateFor(at("2026-03-08T07:59:00Z"), "America/New_York")).toBe("2026-03-07");
    expect(journalDateFor(at("2026-03-08T08:00:00Z"), "America/New_York")).toBe("2026-03-08");
    // Fall: 02:00 EDT → 01:00 EST. 04:00 EST = 09:00 UTC.
    expect(journalDateFor(at("2026-11-01T08:59:00Z"), "America/New_York")).toBe("2026-10-31");
    expect(journalSlotFor(at("2026-11-01T09:00:00Z"), "America/New_York")).toEqual({
      localDate: "2026-11-01",
      partOfDay: "MORNING",
    });
    expect(partOfDayFor(at("2026-11-01T21:59:00Z"), "America/New_York")).toBe("AFTERNOON");
    expect(partOfDayFor(at("2026-11-01T22:00:00Z"), "America/New_York")).toBe("EVENING");
    expect(partOfDayFor(at("2026-11-02T03:00:00Z"), "America/New_York")).toBe("NIGHT");
  });

  test("instantAt maps wall-clock times to UTC across the change", () => {
    expect(
      instantAt({ date: "2026-03-28", hour: 8, timeZone: "Europe/Berlin" }).toISOString(),
    ).toBe("2026-03-28T07:00:00.000Z");
    expect(
      instantAt({ date: "2026-03-30", hour: 8, timeZone: "Europe/Berlin" }).toISOString(),
    ).toBe("2026-03-30T06:00:00.000Z");
    expect(
      instantAt({ date: "2026-11-01", hour: 20, minute: 15, timeZone: "America/New_York" }),
    ).toEqual(at("2026-11-02T01:15:00Z"));
  });
});

describe("far-off zones", () => {
  test("Pacific/Kiritimati (UTC+14) is already on the next date", () => {
    // 10:00 UTC on the 24th is 00:00 on the 25th in Kiritimati: the NIGHT of the 24th.
    expect(calendarDateFor(at("2026-11-24T10:00:00Z"), "Pacific/Kiritimati")).toBe("2026-11-25");
    expect(journalSlotFor(at("2026-11-24T10:00:00Z"), "Pacific/Kiritimati")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(at("2026-11-24T14:00:00Z"), "Pacific/Kiritimati")).toEqual({
      localDate: "2026-11-25",
      partOfDay: "MORNING",
    });
  });

  test("Pacific/Pago_Pago (UTC−11) is still on the previous date", () => {
    expect(journalSlotFor(at("2026-11-25T05:00:00Z"), "Pacific/Pago_Pago")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "EVENING",
    });
    expect(journalSlotFor(at("2026-11-25T12:00:00Z"), "Pacific/Pago_Pago")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
  });

  test("the same instant falls on calendar dates two days apart", () => {
    const instant = at("2026-11-24T10:30:00Z");
    expect(calendarDateFor(instant, "Pacific/Kiritimati")).toBe("2026-11-25");
    expect(calendarDateFor(instant, "Pacific/Pago_Pago")).toBe("2026-11-23");
    // 00:30 and 23:30 local: the NIGHT of the 24th and of the 23rd.
    expect(journalSlotFor(instant, "Pacific/Kiritimati")).toEqual({
      localDate: "2026-11-24",
      partOfDay: "NIGHT",
    });
    expect(journalSlotFor(instant, "Pacific/Pago_Pago")).toEqual({
      localDate: "2026-11-23",
      partOfDay: "NIGHT",
    });
  });

  test("latestPossibleDate is the calendar date in UTC+14", () => {
    expect(latestPossibleDate(at("2026-11-24T10:00:00Z"))).toBe("2026-11-25");
    expect(latestPossibleDate(at("2026-11-24T09:59:00Z"))).toBe("2026-11-24");
  });
});

describe("properties", () => {
  const zones = fc.constantFrom(
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
  );
  const instants = fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2040-01-01T00:00:00Z"),
    noInvalidDate: true,
  });

  test("the journal date is the local date, or the day before exactly when the hour is < 4", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const { date, hour } = localClock(instant, zone);
        const journalDate = journalDateFor(instant, zone);
        expect(journalDate).toBe(hour < 4 ? addDays(date, -1) : date);
        const slot = journalSlotFor(instant, zone);
        expect(slot.localDate).toBe(journalDate);
        if (hour < 4) expect(slot.partOfDay).toBe("NIGHT");
      }),
    );
  });

  test("the journal date is never after the calendar date, nor more than one day before", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const gap = daysBetween(journalDateFor(instant, zone), calendarDateFor(instant, zone));
        expect(gap === 0 || gap === 1).toBe(true);
      }),
    );
  });
});

describe("calendar dates", () => {
  test("isIsoDate accepts real dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(isIsoDate(" 2026-01-01")).toBe(false);
    expect(isIsoDate("2026-01-01T00:00")).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  test("addDays, daysBetween and weekdayOf ignore the machine's zone and DST", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(weekdayOf("2026-11-24")).toBe(2);
  });

  test("toDbDate and fromDbDate round-trip through UTC midnight", () => {
    expect(toDbDate("2026-11-24").toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(fromDbDate(toDbDate("0999-01-31"))).toBe("0999-01-31");
    expect(() => toDbDate("24.11.2026")).toThrow(RangeError);
  });
});
