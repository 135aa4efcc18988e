import type { SharedExperiment } from "@/lib/experiments/types";
import type { Comparison, PartDistribution, WeekSummary } from "@/lib/patterns/types";
import type { PegPoint } from "@/lib/peg/types";

export const SUMMARY_VERSION = 1;

/**
 * Everything a shared summary shows, as plain JSON: stored as is for frozen links and rendered
 * the same way in the preview, the shared page and the PDF. People are already aliased here
 * unless the person chose to show names; notes and reflections are absent unless chosen.
 */
export type ShareSummary = {
  version: typeof SUMMARY_VERSION;
  period: { from: string; to: string };
  generatedAt: string;
  daysLogged: number;
  ratings: number;
  showsNames: boolean;
  partsOfDay: PartDistribution[];
  weeks: WeekSummary[];
  lifeEvents: { date: string; title: string; category: string }[];
  patterns: { testedCount: number; methods: string[]; comparisons: Comparison[] };
  relief: ReliefOutcome[];
  redFlags: { date: string; flags: string[] }[];
  peg: PegPoint[];
  notes: { date: string; note: string }[] | null;
  reflections: { date: string; prompt: string; answer: string }[] | null;
  /** Only when the person ticks it; absent from summaries frozen before experiments existed. */
  experiments?: SharedExperiment[] | null;
  /** Medications taken in the period, only when the person includes them (absent before v2). */
  medications?: MedicationTaken[] | null;
};

/** One medication over the period: how often it was taken, and in what doses. */
export type MedicationTaken = {
  name: string;
  days: number;
  doses: number;
  asNeeded: number;
  /** The doses taken, e.g. ["400 mg", "200 mg"], most frequent first. */
  amounts: string[];
};

export type ReliefOutcome = {
  name: string;
  days: number;
  minutes: number;
  helped: number;
  helpedALittle: number;
  didNotHelp: number;
};

export type ShareLinkDTO = {
  id: string;
  label: string | null;
  mode: "SNAPSHOT" | "LIVE";
  periodStart: string;
  periodEnd: string;
  includeNotes: boolean;
  includeReflections: boolean;
  includeExperiments: boolean;
  showNames: boolean;
  includeMedications: boolean;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  openings: number;
  lastOpenedAt: string | null;
};
