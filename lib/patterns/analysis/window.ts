import { addDays } from "@/lib/time";

/** The windows the Patterns page offers; `days` null means the whole journal. */
export const PATTERN_WINDOWS = {
  "4w": { label: "4 weeks", days: 28 },
  "12w": { label: "12 weeks", days: 84 },
  "1y": { label: "A year", days: 365 },
  all: { label: "All", days: null },
} as const;

export type PatternWindow = keyof typeof PATTERN_WINDOWS;

export const DEFAULT_WINDOW: PatternWindow = "12w";

export function parsePatternWindow(value: unknown): PatternWindow {
  return typeof value === "string" && value in PATTERN_WINDOWS
    ? (value as PatternWindow)
    : DEFAULT_WINDOW;
}

/** The local dates a window covers, ending today (the person's journal date). */
export function windowRange({
  window,
  today,
  firstEntryDate,
}: {
  window: PatternWindow;
  today: string;
  firstEntryDate: string | null;
}) {
  const { days } = PATTERN_WINDOWS[window];
  const from = days === null ? (firstEntryDate ?? today) : addDays(today, -(days - 1));
  return { from: from < today ? from : today, to: today };
}

/**
 * The previous weekly look is the same window a week earlier; a pattern must hold at both
 * (analysis.ts). Reading this range gives the analysis both looks.
 */
export const LOOK_INTERVAL_DAYS = 7;

export function withPreviousLook(range: { from: string; to: string }) {
  return { from: addDays(range.from, -LOOK_INTERVAL_DAYS), to: range.to };
}

/** The records of `days` inside `range` (both ends included). */
export function daysWithin<T extends { date: string }>(
  days: readonly T[],
  range: { from: string; to: string },
): T[] {
  return days.filter((day) => day.date >= range.from && day.date <= range.to);
}
