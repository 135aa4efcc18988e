"use client";

import { CHART_COLORS } from "@/lib/charts";
import { eventChartPosition, eventLabel } from "@/lib/life-events/timeline/chart";
import { annotationLine } from "./chart-annotations";

export type WeekPoint = { weekStart: string; meanPain: number; medianPain: number };

/** A dated event drawn as a labelled vertical line (the title only, never a private note). */
export type TrendEvent = { date: string; title: string; category: string };

// Labels take turns at the top, middle and bottom so that events close together stay readable.
const LABEL_POSITIONS = ["start", "center", "end"] as const;

/** The weekly trend's chart.js data: one label per week, the mean and the median as lines. */
export function weeklyTrendData(weeks: WeekPoint[]) {
  return {
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
  };
}

/** Each event inside the charted weeks as a vertical line at its place between week starts. */
export function weeklyTrendEventLines({
  weeks,
  events,
}: {
  weeks: WeekPoint[];
  events: TrendEvent[];
}) {
  const weekStarts = weeks.map((week) => week.weekStart);
  return events.flatMap((event, index) => {
    const position = eventChartPosition({ weekStarts, date: event.date });
    if (position === null) return [];
    return [
      annotationLine({
        scaleID: "x",
        value: position,
        content: eventLabel(event.title),
        color: CHART_COLORS.purple,
        dash: [4, 4],
        position: LABEL_POSITIONS[index % LABEL_POSITIONS.length],
      }),
    ];
  });
}
