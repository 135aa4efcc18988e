"use client";

import { useMemo } from "react";
import { CHART_COLORS } from "@/lib/charts";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";

export type PartOfDayBar = { label: string; q1: number; median: number; q3: number };

/** The middle half of the ratings in each part of day (bar) and their median (a band across it). */
export function PartOfDayChart({ rows, summary }: { rows: PartOfDayBar[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(
    () => ({
      labels: rows.map((row) => row.label),
      datasets: [
        {
          type: "bar" as const,
          label: "Median",
          // A thin band at the median, drawn over the middle-half bar (same slot, lower order).
          data: rows.map((row) => [row.median - 0.08, row.median + 0.08]),
          backgroundColor: CHART_COLORS.vermillion,
          grouped: false,
          order: 0,
        },
        {
          type: "bar" as const,
          label: "Middle half of ratings",
          // A zero-height bar would vanish when q1 = q3; widen it just enough to be seen.
          data: rows.map((row) =>
            row.q1 === row.q3 ? [row.q1 - 0.1, row.q3 + 0.1] : [row.q1, row.q3],
          ),
          backgroundColor: `${CHART_COLORS.sky}99`,
          borderColor: CHART_COLORS.blue,
          borderWidth: 1,
          grouped: false,
          order: 1,
        },
      ],
    }),
    [rows],
  );
  return (
    <ChartFrame summary={summary}>
      <LazyChart
        type="bar"
        data={data}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: themedScale(theme, { title: "Pain (0–10)", min: 0, max: 10 }),
            x: themedScale(theme),
          },
          plugins: { legend: { labels: { color: theme.text } } },
        }}
      />
    </ChartFrame>
  );
}
