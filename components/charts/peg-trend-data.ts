"use client";

import { CHART_COLORS } from "@/lib/charts";
import { annotationLine } from "./chart-annotations";

export type PegChartPoint = { date: string; score: number };

/** The PEG chart's chart.js data: one point per weekly score. */
export function pegTrendData(points: PegChartPoint[]) {
  return {
    labels: points.map((point) => point.date),
    datasets: [
      {
        label: "PEG score",
        data: points.map((point) => point.score),
        borderColor: CHART_COLORS.blue,
        backgroundColor: CHART_COLORS.blue,
        pointRadius: 4,
      },
    ],
  };
}

/**
 * The first score (the baseline) and the 30% and 50% lower levels as horizontal lines; none
 * before a first score, or when it is 0 (nothing to improve on).
 */
export function pegLevelLines(points: PegChartPoint[]) {
  const baseline = points[0]?.score ?? null;
  if (baseline === null || baseline === 0) return [];
  const line = (value: number, content: string, color: string, dash: number[]) =>
    annotationLine({ scaleID: "y", value, content, color, dash });
  return [
    line(baseline, "First score", CHART_COLORS.grey, []),
    line(baseline * 0.7, "30% lower: moderate", CHART_COLORS.green, [6, 4]),
    line(baseline * 0.5, "50% lower: substantial", CHART_COLORS.green, [2, 3]),
  ];
}
