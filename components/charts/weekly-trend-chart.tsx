"use client";

import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";
import {
  type TrendEvent,
  type WeekPoint,
  weeklyTrendData,
  weeklyTrendEventLines,
} from "./weekly-trend-data";

/** Weekly mean and median day pain over time, with life events as labelled vertical lines. */
export function WeeklyTrendChart({
  weeks,
  summary,
  events = [],
}: {
  weeks: WeekPoint[];
  summary: string;
  events?: TrendEvent[];
}) {
  const theme = useChartTheme();
  const data = useMemo(() => weeklyTrendData(weeks), [weeks]);
  const annotations = useMemo(() => weeklyTrendEventLines({ weeks, events }), [weeks, events]);
  return (
    <ChartFrame summary={summary}>
      <LazyChart
        type="line"
        data={data}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: themedScale(theme, { title: "Day pain (0–10)", min: 0, max: 10 }),
            x: themedScale(theme, { title: "Week starting", isTimeline: true }),
          },
          plugins: {
            legend: { labels: { color: theme.text } },
            annotation: { annotations },
          },
        }}
      />
    </ChartFrame>
  );
}
