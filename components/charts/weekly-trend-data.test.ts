import { describe, expect, test } from "vitest";
import { weeklyTrendData, weeklyTrendEventLines } from "./weekly-trend-data";

const weeks = [
  { weekStart: "2026-11-02", meanPain: 4.2, medianPain: 4 },
  { weekStart: "2026-11-09", meanPain: 5.1, medianPain: 5.5 },
  // A week without records (11-16) is a gap: the next week starts a fortnight later.
  { weekStart: "2026-11-23", meanPain: 3, medianPain: 2.5 },
];

describe("weeklyTrendData", () => {
  test("one label per week and the mean and median in the same order", () => {
    const data = weeklyTrendData(weeks);
    expect(data.labels).toEqual(["2026-11-02", "2026-11-09", "2026-11-23"]);
    expect(data.datasets.map((set) => set.label)).toEqual(["Weekly mean", "Weekly median"]);
    expect(data.datasets[0]?.data).toEqual([4.2, 5.1, 3]);
    expect(data.datasets[1]?.data).toEqual([4, 5.5, 2.5]);
  });

  test("the median is drawn dashed, so the two lines differ without colour", () => {
    const [mean, median] = weeklyTrendData(weeks).datasets;
    expect(mean).not.toHaveProperty("borderDash");
    expect(median?.borderDash).toEqual([6, 4]);
  });

  test("no weeks, no points", () => {
    expect(weeklyTrendData([])).toMatchObject({
      labels: [],
      datasets: [{ data: [] }, { data: [] }],
    });
  });
});

describe("weeklyTrendEventLines", () => {
  const event = (date: string, title: string) => ({ date, title, category: "OTHER" });

  test("an event sits between week starts by its day; one outside the weeks is left out", () => {
    const lines = weeklyTrendEventLines({
      weeks,
      events: [
        event("2026-11-02", "New desk"),
        event("2026-11-12", "Started physio"),
        event("2026-11-23", "Holiday"),
        event("2026-10-01", "Long before"),
        event("2026-12-01", "After the last week"),
      ],
    });
    expect(lines.map((line) => [line.value, line.label.content])).toEqual([
      [0, "New desk"],
      [1 + 3 / 14, "Started physio"],
      [2, "Holiday"],
    ]);
    expect(lines.every((line) => line.scaleID === "x")).toBe(true);
  });

  test("labels take turns at the top, middle and bottom; long titles are cut", () => {
    const lines = weeklyTrendEventLines({
      weeks,
      events: [
        event("2026-11-02", "A"),
        event("2026-11-03", "B"),
        event("2026-11-04", "C"),
        event("2026-11-05", "A title far longer than a label can hold"),
      ],
    });
    expect(lines.map((line) => line.label.position)).toEqual(["start", "center", "end", "start"]);
    expect(lines[3]?.label.content).toMatch(/…$/);
    expect(lines[3]?.label.content.length).toBeLessThan(30);
  });
});
