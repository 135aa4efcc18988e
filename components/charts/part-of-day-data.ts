"use client";

import { CHART_COLORS } from "@/lib/charts";

export type PartOfDayBar = { label: string; q1: number; median: number; q3: number };

/** The part-of-day chart's chart.js data: the middle half of the ratings, the median across it. */
export function partOfDayData(rows: PartOfDayBar[]) {
  return {
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
  };
}
