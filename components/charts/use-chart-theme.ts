"use client";

import { useEffect, useState } from "react";

export type ChartTheme = { text: string; grid: string };

const LIGHT: ChartTheme = { text: "#1f2328", grid: "rgba(31, 35, 40, 0.15)" };
const DARK: ChartTheme = { text: "#e8eaed", grid: "rgba(232, 234, 237, 0.2)" };

/** Axis text and grid colours that follow the light or dark scheme. */
export function useChartTheme(): ChartTheme {
  const [isDark, setDark] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    setDark(query.matches);
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return isDark ? DARK : LIGHT;
}

/** One axis in the theme's colours: optional title and bounds; timelines skip crowded labels. */
export function themedScale(
  theme: ChartTheme,
  {
    title,
    min,
    max,
    isTimeline = false,
  }: { title?: string | string[]; min?: number; max?: number; isTimeline?: boolean } = {},
) {
  return {
    min,
    max,
    title: title ? { display: true, text: title, color: theme.text } : undefined,
    ticks: isTimeline
      ? { color: theme.text, maxRotation: 0, autoSkip: true }
      : { color: theme.text },
    grid: { color: theme.grid },
  };
}
