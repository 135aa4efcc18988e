import {
  RED_FLAG_INFO,
  RED_FLAGS,
  type RedFlag,
  type RedFlagUrgency,
} from "@/lib/journal/vocabulary/red-flags";

/** A check-in day on which at least one symptom was ticked. */
export type RedFlagDay = { date: string; redFlags: RedFlag[] };

export type RedFlagSummary = {
  flag: RedFlag;
  urgency: RedFlagUrgency;
  label: string;
  /** The dates it was reported, newest first. */
  dates: string[];
};

/**
 * One row per symptom ever reported: urgent symptoms first, then the most recently reported,
 * then the check-in's own order.
 */
export function summariseRedFlags(days: readonly RedFlagDay[]): RedFlagSummary[] {
  const dates = new Map<RedFlag, string[]>();
  for (const day of days) {
    for (const flag of new Set(day.redFlags))
      dates.set(flag, [...(dates.get(flag) ?? []), day.date]);
  }
  const order = new Map(RED_FLAGS.map((flag, index) => [flag, index]));
  return [...dates]
    .map(([flag, reported]) => ({
      flag,
      urgency: RED_FLAG_INFO[flag].urgency,
      label: RED_FLAG_INFO[flag].label,
      dates: [...reported].sort((a, b) => b.localeCompare(a)),
    }))
    .sort(
      (a, b) =>
        Number(b.urgency === "urgent") - Number(a.urgency === "urgent") ||
        (b.dates[0] ?? "").localeCompare(a.dates[0] ?? "") ||
        (order.get(a.flag) ?? 0) - (order.get(b.flag) ?? 0),
    );
}
