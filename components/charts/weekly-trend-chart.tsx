"use client";

import { useMemo } from "react";
import { CHART_COLORS } from "@/lib/charts";
import { eventChartPosition, eventLabel } from "@/lib/life-events/timeline/chart";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";

export type WeekPoint = { weekStart: string; meanPain: number; medianPain: number };

/** A dated event drawn as a labelled vertical line (the title only, never a private note). */
export type TrendEvent = { date: string; title: string; category: string };

// Labels take turns at the top, middle and bottom so that events close together stay readable.
const LABEL_POSITIONS = ["start", "center", "end"] as const;

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
  const data = useMemo(
    () => ({
      labels: weeks.map((week) => week.weekStart),
      datasets: [
        {
          label: "Weekly mean",
          data: weeks.map((week) => week.meanPain),
          borderColor: CHART_COLORS.blue,
          backgroundColor: CHART_COLORS.blue,
          pointRadius: 3,
        },
        {
          label: "Weekly median",
          data: weeks.map((week) => week.medianPain),
          borderColor: CHART_COLORS.orange,
          backgroundColor: CHART_COLORS.orange,
          borderDash: [6, 4],
          pointRadius: 3,
        },
      ],
    }),
    [weeks],
  );
  const annotations = useMemo(() => {
    const weekStarts = weeks.map((week) => week.weekStart);
    return events.flatMap((event, index) => {
      const position = eventChartPosition({ weekStarts, date: event.date });
      if (position === null) return [];
      return [
        {
          type: "line" as const,
          scaleID: "x",
          value: position,
          borderColor: CHART_COLORS.purple,
          borderWidth: 2,
          borderDash: [4, 4],
          label: {
            display: true,
            content: eventLabel(event.title),
            position: LABEL_POSITIONS[index % LABEL_POSITIONS.length],
            backgroundColor: "rgba(31, 35, 40, 0.88)",
            color: "#ffffff",
            font: { size: 11 },
          },
        },
      ];
    });
  }, [weeks, events]);
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
