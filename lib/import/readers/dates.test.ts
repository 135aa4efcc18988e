import { expect, test } from "vitest";
import { readDate, readTime, slotAt } from "./dates";

const berlin = (text: string, order: "DMY" | "MDY" = "DMY") =>
  readDate({ text, order, timeZone: "Europe/Berlin" });

test("reads the common ways of writing a date", () => {
  expect(berlin("2026-03-01")).toEqual({ date: "2026-03-01", time: null });
  expect(berlin("01/03/2026")).toEqual({ date: "2026-03-01", time: null });
  expect(berlin("01/03/2026", "MDY")).toEqual({ date: "2026-01-03", time: null });
  expect(berlin("1.3.26")).toEqual({ date: "2026-03-01", time: null });
  expect(berlin("March 1, 2026")).toEqual({ date: "2026-03-01", time: null });
  expect(berlin("1 Mar 2026")).toEqual({ date: "2026-03-01", time: null });
  expect(berlin("Sunday, 1 March 2026")).toEqual({ date: "2026-03-01", time: null });
});

test("a date with a clock time keeps it; one with an offset moves into the person's zone", () => {
  expect(berlin("2026-03-01 08:30")).toEqual({ date: "2026-03-01", time: { hour: 8, minute: 30 } });
  expect(berlin("01/03/2026 8:30 pm")).toEqual({
    date: "2026-03-01",
    time: { hour: 20, minute: 30 },
  });
  // 23:30 UTC is 00:30 the next day in Berlin (CET, UTC+1).
  expect(berlin("2026-02-28T23:30:00Z")).toEqual({
    date: "2026-03-01",
    time: { hour: 0, minute: 30 },
  });
  // Across the start of summer time (29 March 2026, 01:00 UTC): UTC+1 before, UTC+2 after.
  expect(berlin("2026-03-29T00:30:00Z")?.time).toEqual({ hour: 1, minute: 30 });
  expect(berlin("2026-03-29T01:30:00Z")?.time).toEqual({ hour: 3, minute: 30 });
  expect(berlin("2026-03-29T08:00:00+05:30")).toEqual({
    date: "2026-03-29",
    time: { hour: 4, minute: 30 },
  });
});

test("refuses what is not a real date", () => {
  for (const text of [
    "2026-02-30",
    "31/04/2026",
    "13/13/2026",
    "yesterday",
    "",
    "2026",
    "Foo 1, 2026",
  ]) {
    expect(berlin(text), text).toBeNull();
  }
  expect(berlin("02/30/2026", "MDY")).toBeNull();
  expect(berlin("2026-03-01 25:00")).toBeNull();
});

test("reads times on a 24-hour or 12-hour clock", () => {
  expect(readTime("20:30")).toEqual({ hour: 20, minute: 30 });
  expect(readTime("08.05")).toEqual({ hour: 8, minute: 5 });
  expect(readTime("8:30 pm")).toEqual({ hour: 20, minute: 30 });
  expect(readTime("12:10 AM")).toEqual({ hour: 0, minute: 10 });
  expect(readTime("12 pm")).toEqual({ hour: 12, minute: 0 });
  expect(readTime("20:30:59")).toEqual({ hour: 20, minute: 30 });
  for (const text of ["8", "24:00", "13 pm", "7:60", "noon", ""])
    expect(readTime(text), text).toBeNull();
});

test("a moment files where a quick log made then would, across DST", () => {
  // 01:30 belongs to the night of the day before.
  expect(
    slotAt({ date: "2026-03-01", time: { hour: 1, minute: 30 }, timeZone: "Europe/Berlin" }),
  ).toEqual({
    occurredAt: "2026-03-01T00:30:00.000Z",
    localDate: "2026-02-28",
    partOfDay: "NIGHT",
  });
  // 02:30 does not exist in New York on 8 March 2026; clocks read 03:30 EDT then.
  expect(
    slotAt({ date: "2026-03-08", time: { hour: 2, minute: 30 }, timeZone: "America/New_York" }),
  ).toEqual({
    occurredAt: "2026-03-08T07:30:00.000Z",
    localDate: "2026-03-07",
    partOfDay: "NIGHT",
  });
  // After the change, the same wall-clock time is an hour less after UTC.
  expect(
    slotAt({ date: "2026-03-09", time: { hour: 8, minute: 0 }, timeZone: "America/New_York" })
      .occurredAt,
  ).toBe("2026-03-09T12:00:00.000Z");
  expect(
    slotAt({ date: "2026-03-07", time: { hour: 8, minute: 0 }, timeZone: "America/New_York" })
      .occurredAt,
  ).toBe("2026-03-07T13:00:00.000Z");
});
