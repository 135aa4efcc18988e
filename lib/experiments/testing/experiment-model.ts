/**
 * Simulated journals of people running a personal experiment (docs/statistics.md, "Personal
 * experiments"), built like the patterns' journal models (lib/patterns/testing/journal-model.ts)
 * so the two sets of figures speak of the same kind of journal:
 *
 * - each rating = clamp(round(μ + uₜ + weekly(t) + part + flareₜ + effect + εₜ,ₚ), 0, 10), μ ~
 *   Uniform(3.5, 5.5), uₜ AR(1) over calendar days with SD 1.0 and its coefficient set so that
 *   day pain correlates `dayCorrelation` from one day to the next, εₜ,ₚ SD 1.2, mornings 1–2
 *   points worse, a weekly rhythm (Monday +0.4 … Friday −0.4), 3% flare days (+2.5 to +4);
 * - morning, afternoon, evening and night rated on 90%, 80%, 90%, 60% of recorded days, and
 *   `missingDayRate` of days not recorded at all;
 * - the change is done on `adherence` of "on" nights and `offNightRate` of "off" nights; when done
 *   it moves the next day's ratings by `effect` (the next morning only, or the whole next day),
 *   and `carryOver` of it again the day after.
 */

import { mulberry32, normal } from "@/lib/random";
import { addDays, weekdayOf } from "@/lib/time";
import type { OutcomeDay } from "../design/outcome";
import { type ExperimentDesign, isOnNight, totalNights } from "../design/schedule";

export type ExperimentModel = {
  dayCorrelation: number;
  missingDayRate: number;
  /** Pain points on the day after a night the change was done (negative: it helps). */
  effect: number;
  /** Where the effect lands: the next morning only, or every part of the next day. */
  effectOn: "MORNING" | "DAY";
  adherence: number;
  offNightRate: number;
  carryOver?: number;
};

const DAY_SD = 1.0;
const RATING_SD = 1.2;
const MEAN_PARTS = 3.2;
const PARTS = [
  ["MORNING", 0.9],
  ["AFTERNOON", 0.8],
  ["EVENING", 0.9],
  ["NIGHT", 0.6],
] as const;
const WEEKLY = [0, 0.4, 0.2, 0, -0.2, -0.4, 0];

function latentPhi(dayCorrelation: number): number {
  const dayPainVariance = DAY_SD ** 2 + RATING_SD ** 2 / MEAN_PARTS;
  return Math.min(0.97, (dayCorrelation * dayPainVariance) / DAY_SD ** 2);
}

/** The outcome days (from the day after the first night to the day after the last) of one person. */
export function simulateExperimentJournal({
  seed,
  design,
  model,
}: {
  seed: number;
  design: ExperimentDesign;
  model: ExperimentModel;
}): OutcomeDay[] {
  const random = mulberry32(seed);
  const phi = latentPhi(model.dayCorrelation);
  const baseline = 3.5 + 2 * random();
  const morning = 1 + random();
  const nights = totalNights(design);
  const doneOn: boolean[] = [];
  for (let night = 0; night < nights; night++) {
    doneOn.push(random() < (isOnNight(design, night) ? model.adherence : model.offNightRate));
  }
  const days: OutcomeDay[] = [];
  const startWeekday = weekdayOf(design.startDate);
  let shared = DAY_SD * normal(random);
  // Day k (k = 1 … nights) follows night k − 1; a week of burn-in before gives uₜ its spread.
  for (let k = -6; k <= nights; k++) {
    shared = phi * shared + DAY_SD * Math.sqrt(1 - phi ** 2) * normal(random);
    if (k < 1) continue;
    const date = addDays(design.startDate, k);
    const weekday = (startWeekday + k) % 7;
    const flare = random() < 0.03 ? 2.5 + 1.5 * random() : 0;
    const effect =
      (doneOn[k - 1] ? model.effect : 0) +
      (doneOn[k - 2] ? model.effect * (model.carryOver ?? 0) : 0);
    const mean = baseline + shared + (WEEKLY[weekday] ?? 0) + flare;
    const parts: OutcomeDay["parts"] = {};
    for (const [part, share] of PARTS) {
      if (random() >= share) continue;
      const partEffect = model.effectOn === "DAY" || part === "MORNING" ? effect : 0;
      const partMean = mean + (part === "MORNING" ? morning : 0) + partEffect;
      parts[part] = Math.min(10, Math.max(0, Math.round(partMean + RATING_SD * normal(random))));
    }
    const rated = Object.values(parts);
    if (random() < model.missingDayRate || rated.length === 0) continue;
    days.push({ date, parts, dayPain: rated.reduce((sum, p) => sum + p, 0) / rated.length });
  }
  return days;
}
