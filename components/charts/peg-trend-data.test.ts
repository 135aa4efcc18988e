import { describe, expect, test } from "vitest";
import { pegLevelLines, pegTrendData } from "./peg-trend-data";

const points = [
  { date: "2026-10-05", score: 6 },
  { date: "2026-10-12", score: 5.3 },
  { date: "2026-10-19", score: 3 },
];

describe("pegTrendData", () => {
  test("one point per weekly score, dated", () => {
    const data = pegTrendData(points);
    expect(data.labels).toEqual(["2026-10-05", "2026-10-12", "2026-10-19"]);
    expect(data.datasets).toHaveLength(1);
    expect(data.datasets[0]).toMatchObject({ label: "PEG score", data: [6, 5.3, 3] });
  });
});

describe("pegLevelLines", () => {
  test("the first score, 30% and 50% below it", () => {
    const lines = pegLevelLines(points);
    expect(lines.map((line) => [line.label.content, line.value])).toEqual([
      ["First score", 6],
      ["30% lower: moderate", expect.closeTo(4.2, 10)],
      ["50% lower: substantial", 3],
    ]);
    expect(lines.every((line) => line.scaleID === "y")).toBe(true);
  });

  test("no lines before a first score, or when it is 0", () => {
    expect(pegLevelLines([])).toEqual([]);
    expect(pegLevelLines([{ date: "2026-10-05", score: 0 }, ...points])).toEqual([]);
  });
});
