"use client";

import { useMemo } from "react";
import { CHART_COLORS } from "@/lib/charts";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { themedScale, useChartTheme } from "./use-chart-theme";

export type PegChartPoint = { date: string; score: number };

/**
 * The weekly PEG score over time, with the first score (the baseline) and the 30% and 50% lower
 * levels marked: a score at or under a line is a moderate or substantial improvement.
 */
export function PegTrendChart({ points, summary }: { points: PegChartPoint[]; summary: string }) {
  const theme = useChartTheme();
  const baseline = points[0]?.score ?? null;
  const data = useMemo(
    () => ({
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
    }),
    [points],
  );
  const annotations = useMemo(() => {
    if (baseline === null || baseline === 0) return [];
    const line = (value: number, content: string, color: string, dash: number[]) => ({
      type: "line" as const,
      scaleID: "y",
      value,
      borderColor: color,
      borderWidth: 2,
      borderDash: dash,
      label: {
        display: true,
        content,
        position: "end" as const,
        backgroundColor: "rgba(31, 35, 40, 0.88)",
        color: "#ffffff",
        font: { size: 11 },
      },
    });
    return [
      line(baseline, "First score", CHART_COLORS.grey, []),
      line(baseline * 0.7, "30% lower: moderate", CHART_COLORS.green, [6, 4]),
      line(baseline * 0.5, "50% lower: substantial", CHART_COLORS.green, [2, 3]),
    ];
  }, [baseline]);
  return (
    <ChartFrame summary={summary} height={240}>
      <LazyChart
        type="line"
        data={data}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: themedScale(theme, { title: "PEG score (0–10, lower is better)", min: 0, max: 10 }),
            x: themedScale(theme, { isTimeline: true }),
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
