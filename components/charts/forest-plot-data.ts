"use client";

import { CHART_COLORS, wrapLabel } from "@/lib/charts";

export type ForestRow = {
  /** What is compared, e.g. "With vs without Alex"; shown whole, over as many lines as it needs. */
  label: string;
  difference: number;
  low: number;
  high: number;
  isFound: boolean;
};

/** Characters per label line: about a third of a 360 px phone's chart width. */
const LABEL_WIDTH = 16;
const ROW_HEIGHT = 40;
const LINE_HEIGHT = 14;

/**
 * The forest plot's chart.js data: per comparison its 95% interval as a floating bar (coloured
 * when the difference was found) and the difference as a point.
 */
export function forestPlotData(rows: ForestRow[]) {
  return {
    labels: rows.map((row) => wrapLabel(row.label, LABEL_WIDTH)),
    datasets: [
      {
        type: "bar" as const,
        label: "95% interval",
        data: rows.map((row) => [row.low, row.high]),
        backgroundColor: rows.map((row) =>
          row.isFound ? `${CHART_COLORS.orange}cc` : `${CHART_COLORS.grey}88`,
        ),
        barThickness: 8,
      },
      {
        type: "line" as const,
        label: "Difference",
        data: rows.map((row) => row.difference),
        showLine: false,
        pointRadius: 6,
        backgroundColor: CHART_COLORS.blue,
        borderColor: CHART_COLORS.blue,
        pointBackgroundColor: CHART_COLORS.blue,
        pointBorderColor: CHART_COLORS.blue,
      },
    ],
  };
}

/**
 * The plot's size: an x axis symmetric around 0 that holds every interval (at least ±2 points,
 * and a little margin), and a height that grows with the rows and their wrapped label lines.
 */
export function forestPlotLayout(rows: ForestRow[]) {
  const extent = Math.max(2, ...rows.flatMap((row) => [Math.abs(row.low), Math.abs(row.high)]));
  const bound = Math.ceil(extent + 0.25);
  const lines = rows.reduce((sum, row) => sum + wrapLabel(row.label, LABEL_WIDTH).length, 0);
  const height = Math.max(150, ROW_HEIGHT * rows.length + LINE_HEIGHT * (lines - rows.length) + 90);
  return { min: -bound, max: bound, height };
}
