/**
 * Timing of the breathing practice: slow breathing with a longer breath out ("breathe out what
 * you are holding"). Pure: the component feeds it the elapsed time, so pausing is just not
 * counting.
 */

/** 4 s in and 6 s out: 10 s a breath, 6 breaths a minute. */
export const INHALE_MS = 4000;
export const EXHALE_MS = 6000;
export const PRACTICE_MINUTES = [1, 2, 3, 4, 5] as const;
export type PracticeMinutes = (typeof PRACTICE_MINUTES)[number];

export type BreathPhase = "in" | "out" | "done";

export type BreathState = {
  phase: BreathPhase;
  /** 1-based number of the current breath (the last one once done). */
  breath: number;
  breaths: number;
  /** 0 → 1 through the current phase (1 once done). */
  progress: number;
  /** Whole seconds left in the current phase, rounded up (0 once done). */
  phaseSecondsLeft: number;
  /** Milliseconds left in the whole practice. */
  remainingMs: number;
};

export function breathsPerMinute({
  inhaleMs = INHALE_MS,
  exhaleMs = EXHALE_MS,
}: {
  inhaleMs?: number;
  exhaleMs?: number;
} = {}): number {
  return 60_000 / (inhaleMs + exhaleMs);
}

/** Where the practice stands `elapsedMs` after it started (paused time not counted). */
export function breathingStateAt({
  elapsedMs,
  minutes,
  inhaleMs = INHALE_MS,
  exhaleMs = EXHALE_MS,
}: {
  elapsedMs: number;
  minutes: number;
  inhaleMs?: number;
  exhaleMs?: number;
}): BreathState {
  const cycleMs = inhaleMs + exhaleMs;
  const breaths = Math.max(1, Math.floor((minutes * 60_000) / cycleMs));
  const totalMs = breaths * cycleMs;
  const elapsed = Math.min(Math.max(0, elapsedMs), totalMs);
  if (elapsed >= totalMs) {
    return {
      phase: "done",
      breath: breaths,
      breaths,
      progress: 1,
      phaseSecondsLeft: 0,
      remainingMs: 0,
    };
  }
  const breathIndex = Math.floor(elapsed / cycleMs);
  const intoBreath = elapsed - breathIndex * cycleMs;
  const isIn = intoBreath < inhaleMs;
  const phaseMs = isIn ? inhaleMs : exhaleMs;
  const intoPhase = isIn ? intoBreath : intoBreath - inhaleMs;
  return {
    phase: isIn ? "in" : "out",
    breath: breathIndex + 1,
    breaths,
    progress: intoPhase / phaseMs,
    phaseSecondsLeft: Math.ceil((phaseMs - intoPhase) / 1000),
    remainingMs: totalMs - elapsed,
  };
}

/** Smallest and largest size of the visual pacer, as a fraction of its box. */
export const PACER_MIN_SCALE = 0.55;

/** The pacer's size: it grows while breathing in and shrinks while breathing out, eased. */
export function pacerScale(state: Pick<BreathState, "phase" | "progress">): number {
  const eased = (1 - Math.cos(Math.PI * state.progress)) / 2;
  const range = 1 - PACER_MIN_SCALE;
  if (state.phase === "in") return PACER_MIN_SCALE + range * eased;
  if (state.phase === "out") return 1 - range * eased;
  return PACER_MIN_SCALE;
}

/** The phase in words, for the live region and the still (reduced-motion) pacer. */
export const PHASE_WORDS: Record<BreathPhase, string> = {
  in: "Breathe in",
  out: "Breathe out",
  done: "Done. Notice how you feel now.",
};
