"use client";

import "./register";
import type { ChartData, ChartOptions } from "chart.js";
import { Chart } from "react-chartjs-2";

export type ChartCanvasProps = {
  type: "bar" | "line";
  /** Bar charts here may carry a line dataset too (the forest plot's points). */
  data: ChartData<"bar" | "line", unknown>;
  options: ChartOptions<"bar" | "line">;
};

/** The one place that draws with chart.js; loaded on demand through LazyChart. */
export default function ChartCanvas({ type, data, options }: ChartCanvasProps) {
  return <Chart type={type} data={data as never} options={options as never} />;
}
