import { formatDifference, formatInterval, formatPain } from "@/lib/pain-text";
import type { Comparison, ComparisonKind, TestedComparison } from "../types";

export const KIND_HEADINGS: Record<ComparisonKind, string> = {
  partOfDay: "Time of day",
  person: "People",
  context: "Where and doing what",
  emotion: "Feelings",
  weekday: "Weekdays and weekends",
  relief: "What you did about it",
  dayFactor: "Sleep, stress and sitting",
};

/** "1.5 points higher" / "1 point lower" / "about the same". */
function direction(difference: number): string {
  const size = formatPain(Math.abs(difference));
  if (size === "0") return "about the same as";
  return `${size} ${size === "1" ? "point" : "points"} ${difference > 0 ? "higher" : "lower"} than`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One plain sentence for a tested comparison, with its evidence. It reports what went together,
 * never a cause.
 */
export function describeComparison(comparison: TestedComparison): string {
  const { labelA, labelB, kind, outcome } = comparison;
  const evidence = `(95% interval ${formatInterval(comparison.ciLow, comparison.ciHigh)}; ${comparison.nA} vs ${comparison.nB} days)`;
  const change = direction(comparison.difference);
  const caveat = comparison.mayBeSmaller
    ? " With this little data, the real difference could well be smaller."
    : "";
  if (kind === "partOfDay") {
    return `${labelA} pain was ${change} ${lowerFirst(labelB)} pain on the same days ${evidence}.${caveat}`;
  }
  if (outcome === "next-morning-pain") {
    const subject = labelA.replace(/^Morning after /, "");
    const other = labelB.replace(/^Morning after /, "");
    return `Pain the next morning after ${lowerFirst(subject)} was ${change} after ${other}, comparing days that hurt as much ${evidence}.${caveat}`;
  }
  if (kind === "dayFactor") {
    const adjusted = outcome === "next-day-pain" ? ", comparing days that hurt as much" : "";
    return `Day pain on ${lowerFirst(labelA)} was ${change} on ${lowerFirst(labelB)}${adjusted} ${evidence}.${caveat}`;
  }
  return `Day pain ${lowerFirst(labelA)} was ${change} ${lowerFirst(labelB)} ${evidence}.${caveat}`;
}

/** The status in words, as shown beside every comparison. */
export function statusText(comparison: Comparison): string {
  if (comparison.status === "not-enough-data") {
    return `Not enough data yet — about ${comparison.moreDaysNeeded} more ${comparison.moreDaysNeeded === 1 ? "day" : "days"} needed`;
  }
  if (comparison.status === "found") return "Pattern found";
  if (comparison.isSeenThisWeekOnly) return "Not clear yet — seen this week only";
  return "No clear difference";
}

export function differenceText(comparison: Comparison): string {
  return comparison.status === "not-enough-data" ? "–" : formatDifference(comparison.difference);
}

export function intervalText(comparison: Comparison): string {
  return comparison.status === "not-enough-data"
    ? "–"
    : formatInterval(comparison.ciLow, comparison.ciHigh);
}
