import { describe, expect, test } from "vitest";
import { CHART_COLORS } from "@/lib/charts";
import { forestPlotData, forestPlotLayout } from "./forest-plot-data";

const row = (label: string, difference: number, low: number, high: number, isFound = false) => ({
  label,
  difference,
  low,
  high,
  isFound,
});

describe("forestPlotData", () => {
  const rows = [
    row("With vs without Alex", 1.5, 0.4, 2.6, true),
    row("Desk days", -0.2, -1.1, 0.7),
  ];

  test("each comparison has its interval as a bar and its difference as a point", () => {
    const data = forestPlotData(rows);
    const [interval, difference] = data.datasets;
    expect(interval?.data).toEqual([
      [0.4, 2.6],
      [-1.1, 0.7],
    ]);
    expect(difference?.data).toEqual([1.5, -0.2]);
    expect(difference?.showLine).toBe(false);
  });

  test("a found difference is coloured, one not found is grey", () => {
    const [interval] = forestPlotData(rows).datasets;
    expect(interval?.backgroundColor).toEqual([
      `${CHART_COLORS.orange}cc`,
      `${CHART_COLORS.grey}88`,
    ]);
  });

  test("a long label is wrapped over lines, never cut", () => {
    const data = forestPlotData([row("Evenings after working at the office desk", 1, 0, 2)]);
    expect(data.labels[0]?.length).toBeGreaterThan(1);
    expect(data.labels[0]?.join(" ")).toBe("Evenings after working at the office desk");
  });
});

describe("forestPlotLayout", () => {
  test("the axis is symmetric around 0, at least ±3, and holds the widest interval", () => {
    expect(forestPlotLayout([row("a", 0.5, -0.5, 1)])).toMatchObject({ min: -3, max: 3 });
    expect(forestPlotLayout([row("a", -3, -4.6, -1)])).toMatchObject({ min: -5, max: 5 });
  });

  test("the plot grows with rows and with wrapped label lines", () => {
    const one = forestPlotLayout([row("a", 1, 0, 2)]).height;
    const many = forestPlotLayout(
      Array.from({ length: 6 }, (_, i) => row(`r${i}`, 1, 0, 2)),
    ).height;
    const wrapped = forestPlotLayout(
      Array.from({ length: 6 }, (_, i) => row(`row ${i} with a much longer label`, 1, 0, 2)),
    ).height;
    expect(one).toBe(150);
    expect(many).toBeGreaterThan(one);
    expect(wrapped).toBeGreaterThan(many);
  });
});
