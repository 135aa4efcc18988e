import type { Comparison, PatternAnalysis, TestedComparison } from "../types";
import { describeComparison, differenceText, intervalText, statusText } from "./describe";
import { strongestPatterns } from "./review";

/** How many found patterns the top of the Patterns page (and the shared summary) names. */
export const HEADLINE_COUNT = 3;

/** What the page opens with: the few clearest patterns, or that nothing stands out yet. */
export type Headline =
  | { kind: "found"; lines: { key: string; text: string }[]; otherFound: number }
  | { kind: "nothing"; moreDaysToTell: number | null };

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * What a comparison puts side by side, short and whole: the words both labels share are said
 * once ("With vs without Person C", "Morning vs evening"). Names keep their case.
 */
export function comparedLabel({ labelA, labelB }: Pick<Comparison, "labelA" | "labelB">): string {
  const a = labelA.split(" ");
  const b = labelB.split(" ");
  let prefix = 0;
  while (prefix < a.length - 1 && prefix < b.length - 1 && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix - 1 &&
    suffix < b.length - prefix - 1 &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const middleA = a.slice(prefix, a.length - suffix).join(" ");
  const middleB = b.slice(prefix, b.length - suffix).join(" ");
  return [
    ...a.slice(0, prefix),
    middleA,
    "vs",
    prefix === 0 ? lowerFirst(middleB) : middleB,
    ...a.slice(a.length - suffix),
  ].join(" ");
}

/** Only what the person logged: no row for a tag, relief or part of day never recorded. */
export function loggedComparisons(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons.filter((comparison) => comparison.nA > 0);
}

/**
 * The found patterns a page opens with (largest first, each one plain sentence with its
 * evidence), or that nothing stands out and, when the analysis knows, how many more days would
 * tell. Time of day takes one line, its largest difference: the other pairs of parts of the day
 * say the same thing again. A summary stored before `moreDaysToTell` existed has none.
 */
export function headline({
  comparisons,
  moreDaysToTell = null,
}: Pick<PatternAnalysis, "comparisons"> & { moreDaysToTell?: number | null }): Headline {
  const found = loggedComparisons(comparisons).filter(
    (comparison) => comparison.status === "found",
  );
  if (found.length === 0) return { kind: "nothing", moreDaysToTell };
  const picked: TestedComparison[] = [];
  for (const comparison of strongestPatterns(found, found.length)) {
    const isRepeat =
      comparison.kind === "partOfDay" && picked.some((other) => other.kind === "partOfDay");
    if (!isRepeat && picked.length < HEADLINE_COUNT) picked.push(comparison);
  }
  return {
    kind: "found",
    lines: picked.map((comparison) => ({
      key: comparison.key,
      text: describeComparison(comparison),
    })),
    otherFound: found.length - picked.length,
  };
}

/** The result column: the status, and for a found pattern whether its size could be smaller. */
export function resultText(comparison: Comparison): string {
  const status = statusText(comparison);
  return comparison.status === "found" && comparison.mayBeSmaller
    ? `${status}; the real size could be smaller`
    : status;
}

/** "+1.5 (+0.8 to +2.2)", or "–" for a comparison not tested yet. */
export function differenceWithInterval(comparison: Comparison): string {
  return comparison.status === "not-enough-data"
    ? "–"
    : `${differenceText(comparison)} (${intervalText(comparison)})`;
}
