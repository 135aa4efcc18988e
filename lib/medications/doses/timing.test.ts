import { describe, expect, test } from "vitest";
import { formatDose } from "./format";
import { doseMoment, doseTime } from "./timing";

describe("doseMoment", () => {
  test("a time before 4 a.m. is the night of the journal day, the next calendar date", () => {
    expect(doseMoment({ date: "2026-10-20", time: "01:30", timeZone: "America/New_York" })).toEqual(
      { takenAt: new Date("2026-10-21T05:30:00.000Z"), partOfDay: "NIGHT" },
    );
    expect(doseMoment({ date: "2026-10-20", time: "04:00", timeZone: "UTC" })).toEqual({
      takenAt: new Date("2026-10-20T04:00:00.000Z"),
      partOfDay: "MORNING",
    });
    expect(doseMoment({ date: "2026-10-20", time: "23:59", timeZone: "UTC" }).partOfDay).toBe(
      "NIGHT",
    );
  });

  test("across DST: the night after the clocks change, and a skipped time moves forward", () => {
    // Europe/Berlin springs forward at 02:00 on 29 March 2026: 02:30 does not exist that night.
    const skipped = doseMoment({ date: "2026-03-28", time: "02:30", timeZone: "Europe/Berlin" });
    expect(skipped.takenAt.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(doseTime(skipped.takenAt, "Europe/Berlin")).toBe("03:30");
    // And falls back at 03:00 on 25 October 2026: 08:00 that day is UTC+1 again.
    const autumn = doseMoment({ date: "2026-10-25", time: "08:00", timeZone: "Europe/Berlin" });
    expect(autumn.takenAt.toISOString()).toBe("2026-10-25T07:00:00.000Z");
    expect(doseTime(autumn.takenAt, "Europe/Berlin")).toBe("08:00");
  });

  test("a far-off zone keeps the local hour", () => {
    const moment = doseMoment({
      date: "2026-03-01",
      time: "20:15",
      timeZone: "Pacific/Kiritimati",
    });
    expect(moment.takenAt.toISOString()).toBe("2026-03-01T06:15:00.000Z");
    expect(doseTime(moment.takenAt, "Pacific/Kiritimati")).toBe("20:15");
  });
});

test("formatDose says one tablet, 2.5 ml, 0.125 mg", () => {
  expect(formatDose(1, "tablets")).toBe("1 tablet");
  expect(formatDose(2, "tablets")).toBe("2 tablets");
  expect(formatDose(2.5, "ml")).toBe("2.5 ml");
  expect(formatDose(0.125, "mg")).toBe("0.125 mg");
  expect(formatDose(1, "mg")).toBe("1 mg");
});
