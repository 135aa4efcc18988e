"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import annotationPlugin from "chartjs-plugin-annotation";

/**
 * react-chartjs-2 renders `<canvas role="img">` with no name, which axe reports (role-img-alt).
 * ChartFrame already exposes each chart as one named image with its summary, so the canvas inside
 * is hidden from assistive technology. React never rewrites the attribute: it is not a prop.
 */
const decorativeCanvas = {
  id: "decorativeCanvas",
  afterInit(chart: Chart) {
    chart.canvas.setAttribute("aria-hidden", "true");
  },
};

// Only what our charts use, so the rest of chart.js is tree-shaken out of the bundle.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
  // Life events on the weekly trend and the PEG thresholds are drawn as annotation lines.
  annotationPlugin,
  decorativeCanvas,
);

export { Chart };
