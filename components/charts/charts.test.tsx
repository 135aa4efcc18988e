import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { ChartCanvasProps } from "./chart-canvas";
import { ForestPlot } from "./forest-plot";
import { PartOfDayChart } from "./part-of-day-chart";
import { PegTrendChart } from "./peg-trend-chart";
import { WeeklyTrendChart } from "./weekly-trend-chart";

// chart.js cannot draw without a real canvas: the charts hand their data to this stand-in.
const drawn = vi.hoisted(() => [] as ChartCanvasProps[]);
vi.mock("./lazy-chart", () => ({
  LazyChart: (props: ChartCanvasProps) => {
    drawn.push(props);
    return <canvas />;
  },
}));

beforeEach(() => {
  drawn.length = 0;
  // Without IntersectionObserver a chart frame draws at once (as in an old browser).
  vi.stubGlobal("IntersectionObserver", undefined);
});
afterEach(() => vi.unstubAllGlobals());

const lastDrawn = () => drawn.at(-1) as ChartCanvasProps;

describe("charts", () => {
  test("the weekly trend is one image named by its summary, drawn from the weeks and events", () => {
    render(
      <WeeklyTrendChart
        weeks={[
          { weekStart: "2026-11-02", meanPain: 4, medianPain: 4 },
          { weekStart: "2026-11-09", meanPain: 5, medianPain: 6 },
        ]}
        events={[{ date: "2026-11-10", title: "Started physio", category: "TREATMENT" }]}
        summary="Pain rose from 4 to 5 over two weeks."
      />,
    );
    expect(screen.getByRole("img", { name: "Pain rose from 4 to 5 over two weeks." })).toBeTruthy();
    const { type, data, options } = lastDrawn();
    expect(type).toBe("line");
    expect(data.labels).toEqual(["2026-11-02", "2026-11-09"]);
    const annotations = (options.plugins as { annotation: { annotations: unknown[] } }).annotation;
    expect(annotations.annotations).toHaveLength(1);
  });

  test("the PEG trend, the part-of-day chart and the forest plot draw their rows", () => {
    render(<PegTrendChart points={[{ date: "2026-10-05", score: 6 }]} summary="PEG 6." />);
    expect(lastDrawn().data.labels).toEqual(["2026-10-05"]);
    render(
      <PartOfDayChart rows={[{ label: "Night", q1: 1, median: 2, q3: 3 }]} summary="Nights." />,
    );
    expect(lastDrawn().data.labels).toEqual(["Night"]);
    render(
      <ForestPlot
        rows={[{ label: "Alex", difference: 1, low: 0.2, high: 1.8, isFound: true }]}
        summary="One comparison."
      />,
    );
    expect(lastDrawn().options.indexAxis).toBe("y");
    expect(screen.getAllByRole("img").map((image) => image.getAttribute("aria-label"))).toEqual([
      "PEG 6.",
      "Nights.",
      "One comparison.",
    ]);
  });
});
