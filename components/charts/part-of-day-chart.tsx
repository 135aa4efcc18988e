"use client";

import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { type PartOfDayBar, partOfDayData } from "./part-of-day-data";
import { themedScale, useChartTheme } from "./use-chart-theme";

/** The middle half of the ratings in each part of day (bar) and their median (a band across it). */
export function PartOfDayChart({ rows, summary }: { rows: PartOfDayBar[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(() => partOfDayData(rows), [rows]);
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
