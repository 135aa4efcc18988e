import type { ExperimentAnalysis } from "./design/analysis";
import type { ExperimentOutcome } from "./design/outcome";
import type { Block, ExperimentDesign } from "./design/schedule";

export { EXPERIMENT_OUTCOMES, type ExperimentOutcome } from "./design/outcome";

/** The longest own rule ("no screens after 10"), in characters. */
export const RULE_MAX = 120;

/** What each outcome measures, in the words the pages use. */
export const OUTCOME_LABELS: Record<ExperimentOutcome, string> = {
  MORNING: "next morning's pain",
  AFTERNOON: "next afternoon's pain",
  EVENING: "next evening's pain",
  NIGHT: "next night's pain",
  DAY: "next day's pain (the whole day)",
};

/**
 * planned: before its first night; running: nights left; waiting: every night is over and the
 * last outcome day is still to be recorded; finished; stopped: ended early by the person.
 */
export type ExperimentStatus = "planned" | "running" | "waiting" | "finished" | "stopped";

export type ExperimentSummaryDTO = ExperimentDesign & {
  id: string;
  /** "Child's pose" or the person's own rule, decrypted. */
  change: string;
  isOwnRule: boolean;
  outcome: ExperimentOutcome;
  pairs: number;
  lastNight: string;
  stoppedOn: string | null;
  status: ExperimentStatus;
  /** Local date it was created on (before its first night). */
  createdOn: string;
};

export type NightRecord = { date: string; isDone: boolean };

export type ExperimentProgress = {
  nightsSoFar: number;
  totalNights: number;
  /** On nights so far (before today or the stop), and on how many the change was done. */
  onNights: number;
  onNightsDone: number;
  offNights: number;
  offNightsDone: number;
  /** Nights so far with no answer (neither a tap nor, for relief, a logged use). */
  nightsUnrecorded: number;
};

export type ExperimentDetailDTO = ExperimentSummaryDTO & {
  blocks: Block[];
  nights: NightRecord[];
  progress: ExperimentProgress;
  /** Only once it is finished or stopped: no peeking while it runs. */
  analysis: ExperimentAnalysis | null;
  /** Outcome days the analysis could have used, and how many were recorded. */
  outcomeDays: { expected: number; recorded: number };
};

/** Tonight's card: the plan for this night and what was answered. */
export type TonightExperimentDTO = {
  id: string;
  change: string;
  date: string;
  isOn: boolean;
  night: number;
  totalNights: number;
  answer: boolean | null;
};

/** An experiment as a shared summary shows it: plain sentences, nothing else. */
export type SharedExperiment = {
  change: string;
  outcome: string;
  startDate: string;
  lastNight: string;
  status: string;
  verdict: string | null;
  evidence: string | null;
  adherence: string;
  caveats: string[];
};
