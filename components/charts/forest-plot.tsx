"use client";

import "./register";
import { useMemo } from "react";
import { Chart } from "react-chartjs-2";
import { CHART_COLORS } from "@/lib/charts";
import { ChartFrame } from "./chart-frame";
import { themedScale, useChartTheme } from "./use-chart-theme";

export type ForestRow = {
  label: string;
  difference: number;
  low: number;
  high: number;
  isFound: boolean;
};

/** Differences in pain with their 95% intervals, one row per comparison (a forest plot). */
export function ForestPlot({ rows, summary }: { rows: ForestRow[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(
    () => ({
      labels: rows.map((row) => row.label),
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
  return (
    <ChartFrame summary={summary} height={Math.max(140, 48 * rows.length + 70)}>
      <Chart
        type="bar"
        data={data as never}
        options={{
          indexAxis: "y",
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: themedScale(theme, {
              title: "Difference in pain (points)",
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
