"use client";

import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { type ForestRow, forestPlotData, forestPlotLayout } from "./forest-plot-data";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";

/** Differences in pain with their 95% intervals, one row per comparison (a forest plot). */
export function ForestPlot({ rows, summary }: { rows: ForestRow[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(() => forestPlotData(rows), [rows]);
  const { min, max, height } = forestPlotLayout(rows);
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
              min,
              max,
            }),
            y: themedScale(theme),
          },
          plugins: { legend: { labels: { color: theme.text } } },
        }}
      />
    </ChartFrame>
  );
}
