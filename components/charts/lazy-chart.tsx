"use client";

import dynamic from "next/dynamic";

/**
 * chart.js and its plugins arrive with the first chart drawn (ChartFrame draws a chart when it
 * comes on the screen), not with the page: evaluating them at load was part of the main-thread
 * time that Lighthouse counted against Patterns on a phone.
 */
export const LazyChart = dynamic(() => import("./chart-canvas"), { ssr: false });
