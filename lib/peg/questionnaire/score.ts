import type { PegAnswers, PegChangeLevel, PegPoint, PegResponseDTO } from "../types";

/**
 * The PEG score and its changes. A change of 30% or more from the first PEG is moderate, 50% or
 * more substantial; lower scores are better. Compared on the sums of the three answers (whole
 * numbers), so a change of exactly 30% is never lost to floating point.
 */
export const MODERATE_CHANGE = 0.3;
export const SUBSTANTIAL_CHANGE = 0.5;

function sumOf(answers: PegAnswers): number {
  return answers.pain + answers.enjoyment + answers.activity;
}

/** The PEG score: the mean of its three answers (0–10). */
export function pegScore(answers: PegAnswers): number {
  return sumOf(answers) / 3;
}

/**
 * How `current` compares with `baseline`. A baseline of 0 has no percentage change: any pain
 * after none is "not-comparable", none after none is "little-change".
 */
export function pegChange({ baseline, current }: { baseline: PegAnswers; current: PegAnswers }): {
  changePercent: number | null;
  level: PegChangeLevel;
} {
  const before = sumOf(baseline);
  const after = sumOf(current);
  if (before === 0) {
    return after === 0
      ? { changePercent: 0, level: "little-change" }
      : { changePercent: null, level: "not-comparable" };
  }
  const delta = after - before;
  const size = Math.abs(delta);
  const changePercent = (delta / before) * 100;
  // size / before ≥ threshold, in whole numbers: 10·size ≥ 3·before and 2·size ≥ before.
  const isSubstantial = 2 * size >= before;
  const isModerate = 10 * size >= 3 * before;
  if (!isModerate) return { changePercent, level: "little-change" };
  if (delta < 0) {
    return {
      changePercent,
      level: isSubstantial ? "substantial-improvement" : "moderate-improvement",
    };
  }
  return { changePercent, level: isSubstantial ? "substantial-worsening" : "moderate-worsening" };
}

/** Every PEG in date order, each with its score and its change from the first one. */
export function pegTrend(responses: readonly PegResponseDTO[]): PegPoint[] {
  const sorted = [...responses].sort((a, b) => a.date.localeCompare(b.date));
  const baseline = sorted[0];
  return sorted.map((response, index) => {
    const score = pegScore(response);
    if (index === 0 || !baseline) {
      return { ...response, score, changePercent: null, level: "baseline" };
    }
    return { ...response, score, ...pegChange({ baseline, current: response }) };
  });
}

export const PEG_LEVEL_LABELS: Record<PegChangeLevel, string> = {
  baseline: "Baseline (your first)",
  "substantial-improvement": "Substantial improvement (50% or more lower)",
  "moderate-improvement": "Moderate improvement (30% or more lower)",
  "little-change": "Less than 30% change",
  "moderate-worsening": "Moderately worse (30% or more higher)",
  "substantial-worsening": "Substantially worse (50% or more higher)",
  "not-comparable": "Not comparable (your first score was 0)",
};

/** "−33%", "+50%", "0%": a change in whole percent with a real minus sign. */
export function formatChangePercent(changePercent: number | null): string {
  if (changePercent === null) return "–";
  const rounded = Math.round(changePercent);
  if (rounded === 0) return "0%";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)}%`;
}
