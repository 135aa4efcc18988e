import { describe, expect, test } from "vitest";
import { partOfDayData } from "./part-of-day-data";

describe("partOfDayData", () => {
  const rows = [
    { label: "Morning", q1: 2, median: 3, q3: 5 },
    { label: "Evening", q1: 4, median: 4, q3: 4 },
  ];

  test("each part of the day has its middle half as a bar from q1 to q3", () => {
    const data = partOfDayData(rows);
    expect(data.labels).toEqual(["Morning", "Evening"]);
    const middle = data.datasets.find((set) => set.label === "Middle half of ratings");
    expect(middle?.data[0]).toEqual([2, 5]);
  });

  test("a middle half of one value is widened to stay visible, around that value", () => {
    const middle = partOfDayData(rows).datasets[1];
    const [low, high] = middle?.data[1] ?? [];
    expect(low).toBeLessThan(4);
    expect(high).toBeGreaterThan(4);
    expect((low ?? 0) + (high ?? 0)).toBeCloseTo(8);
  });

  test("the median is a thin band at the median, drawn over the bar", () => {
    const [median, middle] = partOfDayData(rows).datasets;
    expect(median?.label).toBe("Median");
    const centres = median?.data.map(([low, high]) => ((low ?? 0) + (high ?? 0)) / 2) ?? [];
    expect(centres).toHaveLength(2);
    expect(centres[0]).toBeCloseTo(3);
    expect(centres[1]).toBeCloseTo(4);
    expect(median?.data.every(([low, high]) => (high ?? 0) - (low ?? 0) < 0.2)).toBe(true);
    expect(median?.order).toBeLessThan(middle?.order ?? 0);
  });
});
