import { describe, expect, test } from "vitest";
import { eventChartPosition, eventLabel } from "./chart";

const weekStarts = ["2026-10-05", "2026-10-12", "2026-10-26"];

describe("eventChartPosition", () => {
  test("a Monday sits on its week; days in between sit proportionally", () => {
    expect(eventChartPosition({ weekStarts, date: "2026-10-05" })).toBe(0);
    expect(eventChartPosition({ weekStarts, date: "2026-10-12" })).toBe(1);
    expect(eventChartPosition({ weekStarts, date: "2026-10-08" })).toBeCloseTo(3 / 7);
  });

  test("an event in a week with no data sits between its neighbours", () => {
    expect(eventChartPosition({ weekStarts, date: "2026-10-19" })).toBeCloseTo(1.5);
  });

  test("the last week runs to its Sunday; outside the weeks there is no position", () => {
    expect(eventChartPosition({ weekStarts, date: "2026-11-01" })).toBeCloseTo(2 + 6 / 7);
    expect(eventChartPosition({ weekStarts, date: "2026-11-02" })).toBeNull();
    expect(eventChartPosition({ weekStarts, date: "2026-10-04" })).toBeNull();
    expect(eventChartPosition({ weekStarts: [], date: "2026-10-04" })).toBeNull();
  });
});

describe("eventLabel", () => {
  test("short titles as they are; long ones cut to 24 characters with an ellipsis", () => {
    expect(eventLabel("New job")).toBe("New job");
    expect(eventLabel("x".repeat(24))).toBe("x".repeat(24));
    expect(eventLabel("Started at the new office downtown")).toBe("Started at the new offi…");
    expect([...eventLabel("😀".repeat(30))]).toHaveLength(24);
  });
});
