/**
 * Where an experiment stands on a given local date, and how far along it is (pure: the loaders
 * give it the stored record, the nights answered and today's date).
 */

import { addDays, daysBetween } from "@/lib/time";
import { blockOfNight, type ExperimentDesign, lastNight, totalNights } from "../design/schedule";
import type { ExperimentProgress, ExperimentStatus, NightRecord } from "../types";

type Stored = ExperimentDesign & { stoppedOn: string | null };

export function statusOf(experiment: Stored, today: string): ExperimentStatus {
  if (experiment.stoppedOn !== null) return "stopped";
  if (today < experiment.startDate) return "planned";
  const last = lastNight(experiment);
  if (today <= last) return "running";
  // The last night's outcome is the next day, recorded in that day's check-in.
  return today <= addDays(last, 1) ? "waiting" : "finished";
}

/** The first night that is not (or no longer) part of the experiment's analysis. */
export function analysisEndsBefore(experiment: Stored): string {
  return experiment.stoppedOn ?? addDays(lastNight(experiment), 1);
}

/** Nights that are over (before today, and before a stop), on and off, done or not. */
export function progressOf(
  experiment: Stored,
  nights: readonly NightRecord[],
  today: string,
): ExperimentProgress {
  const total = totalNights(experiment);
  const end = [today, experiment.stoppedOn ?? today].sort()[0] ?? today;
  const nightsSoFar = Math.max(0, Math.min(total, daysBetween(experiment.startDate, end)));
  const answers = new Map(nights.map((night) => [night.date, night.isDone]));
  const progress: ExperimentProgress = {
    nightsSoFar,
    totalNights: total,
    onNights: 0,
    onNightsDone: 0,
    offNights: 0,
    offNightsDone: 0,
    nightsUnrecorded: 0,
  };
  for (let night = 0; night < nightsSoFar; night++) {
    const isOn = blockOfNight(experiment, night)?.isOn ?? false;
    const answer = answers.get(addDays(experiment.startDate, night));
    if (isOn) progress.onNights++;
    else progress.offNights++;
    if (answer === undefined) progress.nightsUnrecorded++;
    else if (answer && isOn) progress.onNightsDone++;
    else if (answer) progress.offNightsDone++;
  }
  return progress;
}
