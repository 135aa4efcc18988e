import type { Comparison, PatternAnalysis, TestedComparison } from "@/lib/patterns/types";
import { buildPrompts, PROMPT_KEYS } from "@/lib/reflection/prompts/rules";
import type { PromptContext } from "@/lib/reflection/types";

/** Test-only builders for the prompt rules' tests: comparisons and a prompt context. */

export type Status = TestedComparison["status"];

export function tested(
  key: string,
  difference: number,
  status: Status = "found",
  extra: Partial<TestedComparison> = {},
): TestedComparison {
  const [prefix, subject] = key.split(":");
  const part = prefix === "part" ? key.slice(5).split("-vs-") : null;
  const label = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();
  return {
    key,
    kind: part ? "partOfDay" : prefix === "weekend" ? "weekday" : "person",
    subjectId: part || prefix === "weekend" ? null : (subject ?? null),
    outcome: part ? "part-pain" : "day-pain",
    labelA: part ? label(part[0] ?? "") : "With someone",
    labelB: part ? label(part[1] ?? "") : "Without someone",
    nA: 30,
    nB: 30,
    medianA: 5,
    medianB: 4,
    method: "test",
    status,
    difference,
    ciLow: difference - 0.5,
    ciHigh: difference + 0.5,
    pValue: status === "found" ? 0.001 : 0.4,
    qValue: status === "found" ? 0.01 : 0.6,
    isSeenThisWeekOnly: false,
    mayBeSmaller: false,
    ...extra,
  };
}

export function notEnough(key: string): Comparison {
  return {
    key,
    kind: "partOfDay",
    subjectId: null,
    outcome: "part-pain",
    labelA: "Morning",
    labelB: "Evening",
    nA: 4,
    nB: 4,
    medianA: 7,
    medianB: 2,
    method: "test",
    status: "not-enough-data",
    minimum: 10,
    moreDaysNeeded: 6,
  };
}

export const ALEX = "11111111-1111-4111-8111-111111111111";
/** Onset, time of day, people, feelings kept in: the prompts that are always there. */
export const BASELINE_KEYS = [
  PROMPT_KEYS.onset,
  PROMPT_KEYS.timeOfDay,
  PROMPT_KEYS.people,
  PROMPT_KEYS.heldIn,
];
export const BASELINE_COUNT = BASELINE_KEYS.length;
export const DESK = "22222222-2222-4222-8222-222222222222";
export const ANGRY = "33333333-3333-4333-8333-333333333333";
export const POSE = "44444444-4444-4444-8444-444444444444";
export const OWN = "55555555-5555-4555-8555-555555555555";

export function context(
  comparisons: Comparison[],
  change: Partial<PromptContext> = {},
): PromptContext {
  const analysis: PatternAnalysis = {
    comparisons,
    testedCount: comparisons.length,
    dayCount: 60,
    moreDaysToTell: null,
  };
  return {
    analysis,
    tags: [
      { id: ALEX, kind: "PERSON", name: "Alex" },
      { id: DESK, kind: "CONTEXT", name: "At a desk for hours" },
      { id: ANGRY, kind: "EMOTION", name: "Angry" },
    ],
    reliefs: [
      { id: POSE, name: "Child's pose", builtinKey: "CHILDS_POSE" },
      { id: OWN, name: "Swimming", builtinKey: null },
    ],
    onset: { painBeganOn: null, flareBeganOn: null },
    lifeEvents: [],
    answeredThisWeek: [],
    ...change,
  };
}

export const keys = (ctx: PromptContext) => buildPrompts(ctx).map((prompt) => prompt.key);
export const find = (ctx: PromptContext, key: string) =>
  buildPrompts(ctx).find((prompt) => prompt.key === key);
