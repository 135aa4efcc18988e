import { formatPain } from "@/lib/pain-text";
import { addDays, weekdayOf } from "@/lib/time";
import type { Comparison, DayRecord, TestedComparison } from "../types";
import { describeComparison } from "./describe";

/** Fewer logged days than this in a period: its average is shown but not compared. */
export const MIN_DAYS_TO_COMPARE_WEEKS = 3;

export type PeriodSummary = {
  label: string;
  from: string;
  to: string;
  days: number;
  meanPain: number | null;
  best: { date: string; pain: number } | null;
  worst: { date: string; pain: number } | null;
};

/** The Monday of the week a local date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

function summarise(
  label: string,
  from: string,
  to: string,
  days: readonly DayRecord[],
): PeriodSummary {
  const inside = days.filter((day) => day.date >= from && day.date <= to);
  if (inside.length === 0)
    return { label, from, to, days: 0, meanPain: null, best: null, worst: null };
  const sorted = [...inside].sort((a, b) => a.dayPain - b.dayPain || a.date.localeCompare(b.date));
  const first = sorted[0] as DayRecord;
  const last = sorted[sorted.length - 1] as DayRecord;
  return {
    label,
    from,
    to,
    days: inside.length,
    meanPain: inside.reduce((sum, day) => sum + day.dayPain, 0) / inside.length,
    best: { date: first.date, pain: first.dayPain },
    worst: { date: last.date, pain: last.dayPain },
  };
}

/** This week (Monday to the given day), last week, and the four weeks before last week. */
export function weekPeriods({ today, days }: { today: string; days: readonly DayRecord[] }) {
  const monday = mondayOf(today);
  return {
    thisWeek: summarise("This week", monday, today, days),
    lastWeek: summarise("Last week", addDays(monday, -7), addDays(monday, -1), days),
    previousFour: summarise(
      "The four weeks before",
      addDays(monday, -35),
      addDays(monday, -8),
      days,
    ),
  };
}

/** The tested comparisons marked "found", largest difference first. */
export function strongestPatterns(
  comparisons: readonly Comparison[],
  count = 3,
): TestedComparison[] {
  return comparisons
    .filter((comparison): comparison is TestedComparison => comparison.status === "found")
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, count);
}

function compareTo(current: PeriodSummary, other: PeriodSummary, name: string): string | null {
  if (
    other.days < MIN_DAYS_TO_COMPARE_WEEKS ||
    other.meanPain === null ||
    current.meanPain === null
  ) {
    return null;
  }
  const difference = current.meanPain - other.meanPain;
  const size = formatPain(Math.abs(difference));
  if (size === "0") return `about the same as ${name} (${formatPain(other.meanPain)})`;
  return `${size} ${difference > 0 ? "higher" : "lower"} than ${name} (${formatPain(other.meanPain)})`;
}

/**
 * A short plain-language paragraph generated from the numbers only. It compares averages, names
 * the clearest pattern with its evidence, and claims nothing more.
 */
export function reviewParagraph({
  periods,
  patterns,
}: {
  periods: ReturnType<typeof weekPeriods>;
  patterns: readonly TestedComparison[];
}): string {
  const { thisWeek, lastWeek, previousFour } = periods;
  const sentences: string[] = [];
  if (thisWeek.days < MIN_DAYS_TO_COMPARE_WEEKS || thisWeek.meanPain === null) {
    sentences.push(
      `You logged ${thisWeek.days} ${thisWeek.days === 1 ? "day" : "days"} this week so far: too few to compare with other weeks yet.`,
    );
  } else {
    const comparisons = [
      compareTo(thisWeek, lastWeek, "last week"),
      compareTo(thisWeek, previousFour, "the four weeks before"),
    ].filter((text): text is string => text !== null);
    sentences.push(
      `You logged ${thisWeek.days} days this week, with an average day pain of ${formatPain(thisWeek.meanPain)}${comparisons.length ? `: ${comparisons.join(", and ")}` : ""}.`,
    );
    if (comparisons.length) {
      sentences.push("Week-to-week changes of a point or less are often just ordinary variation.");
    }
  }
  const [clearest] = patterns;
  sentences.push(
    clearest
      ? `The clearest pattern in the last 12 weeks: ${describeComparison(clearest)}`
      : "No pattern in the last 12 weeks stands out clearly from chance yet.",
  );
  sentences.push("These are things that went together in your own records, not causes.");
  return sentences.join(" ");
}
