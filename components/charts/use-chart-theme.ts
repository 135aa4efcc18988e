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
