"use client";

import { useMemo } from "react";
import { CHART_COLORS, wrapLabel } from "@/lib/charts";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";

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

/** Differences in pain with their 95% intervals, one row per comparison (a forest plot). */
export function ForestPlot({ rows, summary }: { rows: ForestRow[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(
    () => ({
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
    }),
    [rows],
  );
  const extent = Math.max(2, ...rows.flatMap((row) => [Math.abs(row.low), Math.abs(row.high)]));
  const lines = rows.reduce((sum, row) => sum + wrapLabel(row.label, LABEL_WIDTH).length, 0);
  const height = Math.max(150, ROW_HEIGHT * rows.length + LINE_HEIGHT * (lines - rows.length) + 90);
  return (
    <ChartFrame summary={summary} height={height}>
      <LazyChart
        type="bar"
        data={data}
        options={{
          indexAxis: "y",
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: themedScale(theme, {
              title: ["Difference in pain (points)", "← less pain with the first · more →"],
              min: -Math.ceil(extent + 0.25),
              max: Math.ceil(extent + 0.25),
            }),
            y: themedScale(theme),
          },
          plugins: { legend: { labels: { color: theme.text } } },
        }}
      />
    </ChartFrame>
  );
}
