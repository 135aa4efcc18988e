import { describe, expect, test } from "vitest";
import type { LifeEventMarker } from "../types";
import { distanceText, lifeEventsNear } from "./near";

const events: LifeEventMarker[] = [
  { date: "2026-01-10", title: "New manager", category: "WORK" },
  { date: "2026-03-01", title: "Moved", category: "MOVE" },
  { date: "2026-03-15", title: "Breakup", category: "RELATIONSHIP" },
  { date: "2026-04-26", title: "Edge", category: "OTHER" },
  { date: "2026-04-27", title: "Too late", category: "OTHER" },
];

describe("lifeEventsNear", () => {
  test("events within six weeks either side, nearest first", () => {
    const near = lifeEventsNear({ events, date: "2026-03-15" });
    expect(near.map((event) => [event.title, event.daysFromDate])).toEqual([
      ["Breakup", 0],
      ["Moved", -14],
      ["Edge", 42],
    ]);
  });

  test("nothing without an onset date", () => {
    expect(lifeEventsNear({ events, date: null })).toEqual([]);
  });

  test("a custom window", () => {
    expect(lifeEventsNear({ events, date: "2026-03-15", days: 0 })).toHaveLength(1);
  });
});

describe("distanceText", () => {
  test("days up to two weeks, then weeks", () => {
    expect(distanceText(0)).toBe("the same day");
    expect(distanceText(-1)).toBe("1 day before");
    expect(distanceText(13)).toBe("13 days after");
    expect(distanceText(-14)).toBe("about 2 weeks before");
    expect(distanceText(40)).toBe("about 6 weeks after");
  });
});
