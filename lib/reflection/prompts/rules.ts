import { lifeEventsNear } from "@/lib/life-events/timeline/near";
import type { Comparison, TestedComparison } from "@/lib/patterns/types";
import { describeComparison } from "@/lib/patterns/wording/describe";
import { reliefLibraryEntry } from "@/lib/relief/library/relief-library";
import type { Prompt, PromptContext, PromptEvidence } from "../types";
import {
  contextHigherPrompt,
  contextLowerPrompt,
  EVENINGS_PROMPT,
  emotionHigherPrompt,
  emotionLowerPrompt,
  GENERAL_CAUTION,
  HELD_IN_PROMPT,
  INFLAMMATORY_CHECK,
  MORNINGS_PROMPT,
  NIGHT_SAFETY_NOTE,
  NIGHTS_PROMPT,
  ONSET_PROMPT,
  PEOPLE_PROMPT,
  personHigherPrompt,
  personLowerPrompt,
  reliefPrompt,
  TIME_OF_DAY_PROMPT,
  WEEKDAYS_PROMPT,
  WEEKENDS_PROMPT,
} from "./wording";

/**
 * The reflection rule engine: pure functions from the pattern analysis (and the person's onset,
 * life events and this week's answers) to open questions. A pattern prompt is raised only by a
 * comparison whose status is "found", the same bar the Patterns page uses, and carries that
 * comparison as its evidence.
 */

type Draft = Omit<Prompt, "isAnsweredThisWeek"> & { strength: number };

/** Every prompt's stable key; answers are linked to prompts by these. */
export const PROMPT_KEYS = {
  onset: "baseline:onset",
  timeOfDay: "baseline:time-of-day",
  people: "baseline:people",
  heldIn: "baseline:held-in",
  mornings: "pattern:mornings-worse",
  evenings: "pattern:evenings-worse",
  nights: "pattern:nights-worse",
  weekends: "pattern:weekends-worse",
  weekdays: "pattern:weekdays-worse",
  tag: (kind: "person" | "context" | "emotion", tagId: string, direction: Direction) =>
    `pattern:${kind}:${tagId}:${direction}`,
  relief: (reliefId: string) => `pattern:relief:${reliefId}`,
} as const;

type Direction = "higher" | "lower";

function isFound(comparison: Comparison): comparison is TestedComparison {
  return comparison.status === "found";
}

/** A found comparison as the evidence shown with (and saved with) a prompt. */
export function evidenceOf(comparison: TestedComparison): PromptEvidence {
  return {
    comparisonKey: comparison.key,
    sentence: describeComparison(comparison),
    labelA: comparison.labelA,
    labelB: comparison.labelB,
    nA: comparison.nA,
    nB: comparison.nB,
    difference: comparison.difference,
    ciLow: comparison.ciLow,
    ciHigh: comparison.ciHigh,
  };
}

function strengthOf(comparisons: readonly TestedComparison[]): number {
  return Math.max(0, ...comparisons.map((comparison) => Math.abs(comparison.difference)));
}

/**
 * Part-of-day comparisons (A = the earlier part) found with `part` the worse side: `part` as A
 * with a positive difference, or as B with a negative one.
 */
function partWorse(found: readonly TestedComparison[], part: string, others: readonly string[]) {
  return found.filter((comparison) =>
    others.some(
      (other) =>
        (comparison.key === `part:${part}-vs-${other}` && comparison.difference > 0) ||
        (comparison.key === `part:${other}-vs-${part}` && comparison.difference < 0),
    ),
  );
}

function partPrompt(
  key: string,
  wording: { title: string; questions: readonly string[] },
  comparisons: readonly TestedComparison[],
  notes: Prompt["notes"],
): Draft[] {
  if (comparisons.length === 0) return [];
  return [
    {
      key,
      source: "pattern",
      ...wording,
      evidence: comparisons.map(evidenceOf),
      notes,
      strength: strengthOf(comparisons),
    },
  ];
}

function partOfDayRules(found: readonly TestedComparison[]): Draft[] {
  return [
    // The clinical check is part of the mornings prompt, never optional (PRODUCT.md "Reflection").
    ...partPrompt(
      PROMPT_KEYS.mornings,
      MORNINGS_PROMPT,
      partWorse(found, "MORNING", ["AFTERNOON", "EVENING"]),
      [INFLAMMATORY_CHECK],
    ),
    ...partPrompt(
      PROMPT_KEYS.evenings,
      EVENINGS_PROMPT,
      partWorse(found, "EVENING", ["MORNING", "AFTERNOON"]),
      [],
    ),
    ...partPrompt(
      PROMPT_KEYS.nights,
      NIGHTS_PROMPT,
      partWorse(found, "NIGHT", ["MORNING", "AFTERNOON", "EVENING"]),
      [NIGHT_SAFETY_NOTE],
    ),
  ];
}

const TAG_WORDING = {
  person: { higher: personHigherPrompt, lower: personLowerPrompt },
  context: { higher: contextHigherPrompt, lower: contextLowerPrompt },
  emotion: { higher: emotionHigherPrompt, lower: emotionLowerPrompt },
} as const;

function tagRules(found: readonly TestedComparison[], context: PromptContext): Draft[] {
  const names = new Map(context.tags.map((tag) => [tag.id, tag.name]));
  return found.flatMap((comparison): Draft[] => {
    const { kind, subjectId } = comparison;
    if (kind !== "person" && kind !== "context" && kind !== "emotion") return [];
    if (subjectId === null || comparison.difference === 0) return [];
    const name = names.get(subjectId) ?? comparison.labelA.replace(/^With /, "");
    const direction: Direction = comparison.difference > 0 ? "higher" : "lower";
    return [
      {
        key: PROMPT_KEYS.tag(kind, subjectId, direction),
        source: "pattern",
        ...TAG_WORDING[kind][direction](name),
        evidence: [evidenceOf(comparison)],
        notes: [],
        strength: Math.abs(comparison.difference),
      },
    ];
  });
}

/** Relief that went with less pain the next morning: one prompt per item. */
function reliefRules(found: readonly TestedComparison[], context: PromptContext): Draft[] {
  const helpful = new Map<string, TestedComparison[]>();
  for (const comparison of found) {
    if (comparison.kind !== "relief" || comparison.subjectId === null) continue;
    if (comparison.difference >= 0) continue;
    helpful.set(comparison.subjectId, [...(helpful.get(comparison.subjectId) ?? []), comparison]);
  }
  const reliefs = new Map(context.reliefs.map((relief) => [relief.id, relief]));
  return [...helpful].map(([reliefId, comparisons]) => {
    const relief = reliefs.get(reliefId);
    const name =
      relief?.name ?? comparisons[0]?.labelA.replace(/^Morning after a day with /, "") ?? "it";
    const entry = reliefLibraryEntry(relief?.builtinKey);
    return {
      key: PROMPT_KEYS.relief(reliefId),
      source: "pattern",
      ...reliefPrompt(name),
      evidence: comparisons.map(evidenceOf),
      notes: [
        {
          kind: "caution",
          title: entry ? "How, and when to be careful" : "Go gently",
          text: entry ? `${entry.howTo} ${entry.caution}` : GENERAL_CAUTION,
        },
      ],
      strength: strengthOf(comparisons),
    };
  });
}

function weekendRules(found: readonly TestedComparison[]): Draft[] {
  const weekend = found.find((comparison) => comparison.key === "weekend");
  if (!weekend || weekend.difference === 0) return [];
  const isWeekendWorse = weekend.difference > 0;
  return [
    {
      key: isWeekendWorse ? PROMPT_KEYS.weekends : PROMPT_KEYS.weekdays,
      source: "pattern",
      ...(isWeekendWorse ? WEEKENDS_PROMPT : WEEKDAYS_PROMPT),
      evidence: [evidenceOf(weekend)],
      notes: [],
      strength: Math.abs(weekend.difference),
    },
  ];
}

/** PRODUCT.md's open questions, always there to answer: they ask, and claim nothing. */
const OPEN_QUESTIONS = [
  { key: PROMPT_KEYS.timeOfDay, ...TIME_OF_DAY_PROMPT },
  { key: PROMPT_KEYS.people, ...PEOPLE_PROMPT },
  { key: PROMPT_KEYS.heldIn, ...HELD_IN_PROMPT },
];

function baselineRules(context: PromptContext): Draft[] {
  const { onset, lifeEvents } = context;
  return [
    {
      key: PROMPT_KEYS.onset,
      source: "baseline",
      ...ONSET_PROMPT,
      evidence: [],
      notes: [],
      onset: {
        ...onset,
        nearPain: lifeEventsNear({ events: lifeEvents, date: onset.painBeganOn }),
        nearFlare: lifeEventsNear({ events: lifeEvents, date: onset.flareBeganOn }),
      },
      strength: 0,
    },
    ...OPEN_QUESTIONS.map(
      (question): Draft => ({
        ...question,
        source: "baseline",
        evidence: [],
        notes: [],
        strength: 0,
      }),
    ),
  ];
}

/**
 * Every prompt for the person right now. Pattern prompts come first, the strongest (largest
 * difference) first, then the baseline prompts; prompts answered this week step back to the end,
 * in the same order, marked as answered.
 */
export function buildPrompts(context: PromptContext): Prompt[] {
  const found = context.analysis.comparisons.filter(isFound);
  const patternDrafts = [
    ...partOfDayRules(found),
    ...tagRules(found, context),
    ...reliefRules(found, context),
    ...weekendRules(found),
  ].sort((a, b) => b.strength - a.strength || a.key.localeCompare(b.key));
  const answered = new Set(context.answeredThisWeek);
  const prompts = [...patternDrafts, ...baselineRules(context)].map(
    ({ strength: _strength, ...draft }): Prompt => ({
      ...draft,
      isAnsweredThisWeek: answered.has(draft.key),
    }),
  );
  return [
    ...prompts.filter((prompt) => !prompt.isAnsweredThisWeek),
    ...prompts.filter((prompt) => prompt.isAnsweredThisWeek),
  ];
}

/** The text saved with an answer: every question of the prompt, as the person saw them. */
export function promptTextOf(prompt: Pick<Prompt, "questions">): string {
  return prompt.questions.join(" ");
}
