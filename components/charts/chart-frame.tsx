"use client";

import type { ReactNode } from "react";

/**
 * Sizes a canvas by its container (chart.js needs a positioned parent for that) and exposes it
 * as one image with a summary; the data table next to it carries the numbers.
 */
export function ChartFrame({
  summary,
  height = 260,
  children,
}: {
  summary: string;
  height?: number;
  children: ReactNode;
}) {
  return (
    <div className="chart-frame" style={{ height }} role="img" aria-label={summary}>
      {children}
    </div>
  );
}
