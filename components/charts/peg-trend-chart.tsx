"use client";

import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { LazyChart } from "./lazy-chart";
import { type PegChartPoint, pegLevelLines, pegTrendData } from "./peg-trend-data";
import { themedScale, useChartTheme } from "./use-chart-theme";

/**
 * The weekly PEG score over time, with the first score (the baseline) and the 30% and 50% lower
 * levels marked: a score at or under a line is a moderate or substantial improvement.
 */
export function PegTrendChart({ points, summary }: { points: PegChartPoint[]; summary: string }) {
  const theme = useChartTheme();
  const data = useMemo(() => pegTrendData(points), [points]);
  const annotations = useMemo(() => pegLevelLines(points), [points]);
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
