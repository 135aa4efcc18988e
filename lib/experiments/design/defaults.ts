import type { ExperimentOutcome } from "./outcome";

/**
 * What a person is offered (docs/statistics.md, "Personal experiments", has the simulations
 * behind it). Short blocks in many pairs give the randomisation test more possible orders and
 * cancel more of pain's day-to-day drift within each pair: 14 pairs of 2-night blocks find a
 * 1.5-point change in next-day pain far more often than 4 pairs of 7-night blocks, which can
 * never reach 5% (their smallest p-value is 1/16).
 */
export const BLOCK_DAY_CHOICES = [2, 3, 4, 7] as const;
export const DEFAULT_DESIGN = { blockDays: 2, pairs: 14 } as const;
/**
 * The outcome the form starts on: the whole next day averages about three ratings, and 8 weeks
 * of it find a 1.5-point change for 84% of simulated people; one part of the day is one rating a
 * day, and no block length finds that change in 8 weeks more than 56% of the time (measured).
 */
export const DEFAULT_OUTCOME = "DAY" satisfies ExperimentOutcome;
/** At least 4 blocks of 7 nights' worth (issue 15), whatever the block length. */
export const MIN_NIGHTS = 28;
export const MAX_NIGHTS = 112;
