import ICAL from "ical.js";
import { expect, test } from "vitest";
import { CALENDAR_NAME, calendarFeed, DAILY_SUMMARY, WEEKLY_SUMMARY } from "./calendar";

const feed = calendarFeed({
  feedId: "0123456789abcdef",
  timeZone: "Europe/Berlin",
  dailyMinute: 21 * 60 + 30,
  today: "2026-11-25", // a Wednesday
  now: new Date("2026-11-25T10:00:00Z"),
});

test("a valid iCalendar feed: a daily event with an alarm and a weekly one on Sundays", () => {
  expect(feed.split("\r\n").at(-1)).toBe("");
  expect(feed.split("\r\n").every((line) => line.length <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(feed));
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(CALENDAR_NAME);
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(2);
  const [daily, weekly] = events as [ICAL.Component, ICAL.Component];

  expect(daily.getFirstPropertyValue("summary")).toBe(DAILY_SUMMARY);
  const start = daily.getFirstProperty("dtstart");
  expect(start?.getParameter("tzid")).toBe("Europe/Berlin");
  expect(String(start?.getFirstValue())).toBe("2026-11-25T21:30:00");
  expect((daily.getFirstPropertyValue("rrule") as ICAL.Recur).freq).toBe("DAILY");
  const alarm = daily.getFirstSubcomponent("valarm");
  expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
  expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("PT0S");

  expect(weekly.getFirstPropertyValue("summary")).toBe(WEEKLY_SUMMARY);
  const rule = weekly.getFirstPropertyValue("rrule") as ICAL.Recur;
  expect(rule.freq).toBe("WEEKLY");
  expect(rule.parts.BYDAY).toEqual(["SU"]);
  expect(String(weekly.getFirstPropertyValue("dtstart"))).toBe("2026-11-29T21:30:00");
  expect(weekly.getFirstSubcomponent("valarm")).not.toBeNull();
});

test("the same link keeps the same event ids, so calendars update rather than duplicate", () => {
  const again = calendarFeed({
    feedId: "0123456789abcdef",
    timeZone: "Europe/Berlin",
    dailyMinute: 20 * 60,
    today: "2026-11-26",
  });
  const uids = (text: string) => text.split("\r\n").filter((line) => line.startsWith("UID:"));
  expect(uids(again)).toEqual(uids(feed));
});
