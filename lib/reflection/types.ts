import type { LifeEventMarker, OnsetDates } from "@/lib/life-events/types";
import type { PatternAnalysis, TagInfo } from "@/lib/patterns/types";
import type { ReliefItemName } from "@/lib/relief/types";

/** The comparison that raised a prompt, as it stood when the prompt was shown or answered. */
export type PromptEvidence = {
  comparisonKey: string;
  /** One plain sentence with the numbers (lib/patterns/describe). */
  sentence: string;
  labelA: string;
  labelB: string;
  nA: number;
  nB: number;
  /** A − B in pain points; positive = more pain with A. */
  difference: number;
  ciLow: number;
  ciHigh: number;
};

/** Something shown with a prompt that is not a question: a clinical check, a caution. */
export type PromptNote =
  | {
      kind: "clinical-check";
      title: string;
      intro: string;
      signs: readonly string[];
      advice: string;
    }
  | { kind: "caution"; title: string; text: string }
  | { kind: "safety"; text: string };

/** A life event near an onset date, with its distance in days (negative = before). */
export type NearEvent = LifeEventMarker & { daysFromDate: number };

export type Prompt = {
  /** Stable across analyses and weeks, e.g. "pattern:mornings-worse", "pattern:person:<id>:higher". */
  key: string;
  /** Baseline prompts are always offered; pattern prompts only when a pattern is found. */
  source: "baseline" | "pattern";
  title: string;
  /** Open questions: the first is the main one. */
  questions: readonly string[];
  evidence: readonly PromptEvidence[];
  notes: readonly PromptNote[];
  /** Only for the onset prompt: the dates given and the life events near them. */
  onset?: OnsetDates & { nearPain: NearEvent[]; nearFlare: NearEvent[] };
  /** The person already answered it this week: it steps back (shown lower, collapsed). */
  isAnsweredThisWeek: boolean;
};

/** A relief item as the rules need it: its built-in key finds its caution in the library. */
export type ReliefSubject = ReliefItemName;

/** Everything the rule engine looks at. Pure data: no database, no clock. */
export type PromptContext = {
  analysis: PatternAnalysis;
  tags: readonly TagInfo[];
  reliefs: readonly ReliefSubject[];
  onset: OnsetDates;
  lifeEvents: readonly LifeEventMarker[];
  /** Prompt keys the person answered in the current week. */
  answeredThisWeek: readonly string[];
};

/** A saved reflection, as the person's own pages show it. */
export type ReflectionDTO = {
  id: string;
  promptKey: string;
  promptText: string;
  /** The evidence snapshot saved with the answer; empty for baseline prompts. */
  evidence: PromptEvidence[];
  answer: string;
  /** Monday of the local week it was written in. */
  weekStart: string;
  /** Bumped by every change; an edit must name the version it changed. */
  version: number;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
};
