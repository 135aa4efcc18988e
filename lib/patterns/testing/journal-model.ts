/**
 * A family of realistic pain journals for the honesty tests (docs/statistics.md, "The journal
 * models"). One simulated person, day by day over consecutive calendar dates:
 *
 * - Baseline μ ~ Uniform(3.5, 5.5). Each rating (0–10, one part of one day) is
 *     clamp(round(μ + uₜ + weekly(t) + part(p) + outlierₜ + planted + εₜ,ₚ), 0, 10)
 *   with uₜ the day's shared component, AR(1) over calendar days, uₜ = φ·uₜ₋₁ + eₜ, stationary
 *   SD 1.0, and εₜ,ₚ the moment's own noise, SD 1.2 (`noise` overrides both): a single rating
 *   varies by about 1.6 points around the person's usual level and day pain by about 1.3,
 *   flares included (docs/statistics.md also reports a noisier setting). φ is set so that day pain (the mean of a day's rated parts) correlates `dayCorrelation` (0.2–0.6)
 *   between consecutive days.
 * - weekly(t): a weekly cycle, Monday +0.4, Tuesday +0.2, Thursday −0.2, Friday −0.4, other days
 *   0, so weekdays and weekends average the same (a weekend effect is planted separately).
 * - part(p): mornings are worse than the other parts by `morning` points (Uniform(1, 2) per
 *   person unless planted exactly): the real time-of-day differences of real journals.
 * - outlierₜ: 3% of days are flare days, +Uniform(2.5, 4) on every rating.
 * - Subjects: 15 tags (5 people, 5 places/activities, 5 feelings) and 6 relief items, each on a
 *   share of days ~ Uniform(5%, 60%) drawn per person. "Work" is a weekday place (85% of
 *   weekdays, never weekends). In runs (`isInRuns`), a subject present yesterday is present today
 *   with probability c ~ Uniform(0.6, 0.85) per subject (a visit, a week of a medicine, a stretch
 *   kept up), and starts with the probability that keeps its share; otherwise days are drawn
 *   independently.
 * - Relief is taken more on bad days: the chance to start (or to do it, when independent) is
 *   multiplied by exp(0.5·z), z = how many SDs the day's recorded pain is above the person's usual.
 * - Recording: each day is missing with probability `missingDayRate`; a recorded day rates
 *   MORNING 90%, AFTERNOON 80%, EVENING 90%, NIGHT 60% of the time (at least one part); 20% of
 *   rated parts have two ratings (a quick log as well) and record their median.
 * - Day factors, from their own random stream (so the rest of a journal is the same with or
 *   without them): hours slept the night before ~ Normal(6.5, 1.1) rounded to half hours (about
 *   a quarter of nights under 6 h), stress 0–10 ~ round(4 + 2·N), hours sitting ~ 7 on weekdays
 *   and 2.5 on weekends (SD 1.5); in runs (`isInRuns`) sleep and stress carry over from day to
 *   day (correlation 0.5 and 0.7), otherwise independent. 90% of recorded days record each.
 * - Planted effects (pain points): `person` on every rating of days with the person "Alex";
 *   `reliefNextMorning` on the morning after a day with "Evening stretch" (recorded or not);
 *   `weekend` on every weekend rating; `morning` fixes the morning excess exactly;
 *   `shortSleep` on every rating of a day after a night under 6 hours (recorded or not).
 */

import type { PartOfDay } from "@/lib/time";
import { mulberry32, normal, type Random } from "../../random";
import { dateFromDayNumber, dayNumber, weekdayOf } from "../analysis/dates";
import { median } from "../stats/rank-tests";
import type { DayRecord, ReliefInfo, TagInfo } from "../types";

export const PLANTED = { personId: "person-1", reliefId: "relief-1" } as const;

export type PlantedEffects = {
  person?: number;
  reliefNextMorning?: number;
  weekend?: number;
  morning?: number;
  shortSleep?: number;
};

export type JournalModel = {
  weeks: number;
  /** Correlation of day pain between consecutive days. */
  dayCorrelation: number;
  /**
   * Subjects come in runs: one present yesterday is present today with a chance drawn per subject
   * from Uniform(0.6, 0.85). False: drawn independently day to day.
   */
  isInRuns: boolean;
  missingDayRate?: number;
  effects?: PlantedEffects;
  /** SD of the day's shared component and of each rating's own noise (default 1.0 and 1.2). */
  noise?: { daySd: number; ratingSd: number };
};

/** What the simulator knows and an analysis must estimate (the oracle uses it). */
export type TrueParameters = { phi: number; daySd: number; ratingSd: number };

export type SimulatedJournal = {
  days: DayRecord[];
  tags: TagInfo[];
  reliefs: ReliefInfo[];
  truth: TrueParameters;
  /** First and last calendar date simulated. */
  from: string;
  to: string;
};

export const TYPICAL_NOISE = { daySd: 1.0, ratingSd: 1.2 };
/** Average number of rated parts on a recorded day (0.9 + 0.8 + 0.9 + 0.6). */
const MEAN_PARTS = 3.2;
const PART_RATED: Record<PartOfDay, number> = {
  MORNING: 0.9,
  AFTERNOON: 0.8,
  EVENING: 0.9,
  NIGHT: 0.6,
};
const WEEKLY = [0, 0.4, 0.2, 0, -0.2, -0.4, 0];
const FLARE_RATE = 0.03;
const BAD_DAY_SLOPE = 0.5;

const NAMES: Record<TagInfo["kind"], string[]> = {
  PERSON: ["Alex", "Sam", "Jo", "Robin", "Mum"],
  CONTEXT: ["Work", "Driving", "At a desk", "Gardening", "Gym"],
  EMOTION: ["Frustrated", "Anxious", "Calm", "Burdened", "Content"],
};
export const MODEL_TAGS: TagInfo[] = (["PERSON", "CONTEXT", "EMOTION"] as const).flatMap((kind) =>
  NAMES[kind].map((name, i) => ({ id: `${kind.toLowerCase()}-${i + 1}`, kind, name })),
);
export const MODEL_RELIEFS: ReliefInfo[] = [
  "Evening stretch",
  "Heat",
  "Ibuprofen",
  "Walk",
  "Foam roller",
  "Breathing",
].map((name, i) => ({ id: `relief-${i + 1}`, name }));
const WORK_ID = "context-1";
export const SHORT_NIGHT_HOURS = 6;

/** Hours slept, stress and hours sitting, day by day, from their own stream. */
function dayFactorSeries(seed: number, isInRuns: boolean) {
  const random = mulberry32(seed ^ 0x5bd1e995);
  const [sleepCarry, stressCarry] = isInRuns ? [0.5, 0.7] : [0, 0];
  let sleep = normal(random);
  let stress = normal(random);
  return (isWeekend: boolean) => {
    sleep = sleepCarry * sleep + Math.sqrt(1 - sleepCarry ** 2) * normal(random);
    stress = stressCarry * stress + Math.sqrt(1 - stressCarry ** 2) * normal(random);
    const sitting = (isWeekend ? 2.5 : 7) + 1.5 * normal(random);
    const recorded = [random(), random(), random()].map((u) => u < 0.9);
    const sleepHours = Math.min(12, Math.max(2, Math.round(2 * (6.5 + 1.1 * sleep)) / 2));
    return {
      sleepHours,
      factors: {
        sleepHours: recorded[0] ? sleepHours : null,
        stress: recorded[1] ? Math.min(10, Math.max(0, Math.round(4 + 2 * stress))) : null,
        sittingHours: recorded[2] ? Math.min(16, Math.max(0, Math.round(2 * sitting) / 2)) : null,
      },
    };
  };
}

/** The latent AR(1) coefficient that gives day pain the wanted lag-1 correlation. */
function latentPhi(
  dayCorrelation: number,
  { daySd, ratingSd }: { daySd: number; ratingSd: number },
): number {
  const dayPainVariance = daySd ** 2 + ratingSd ** 2 / MEAN_PARTS;
  return Math.min(0.97, (dayCorrelation * dayPainVariance) / daySd ** 2);
}

type Subject = {
  id: string;
  share: number;
  /** Chance a run goes on; null when days are drawn independently. */
  continuation: number | null;
  present: boolean;
  isRelief: boolean;
};

function shareFor(random: Random, id: string, effects: PlantedEffects): number {
  if (id === PLANTED.personId && effects.person !== undefined) return 0.35 + 0.1 * random();
  if (id === PLANTED.reliefId && effects.reliefNextMorning !== undefined)
    return 0.35 + 0.15 * random();
  return 0.05 + 0.55 * random();
}

function isPresentToday(random: Random, subject: Subject, factor: number): boolean {
  const { share, continuation } = subject;
  if (continuation === null) return random() < Math.min(1, share * factor);
  if (subject.present) return random() < continuation;
  const start = Math.min(1, ((share * (1 - continuation)) / (1 - share)) * factor);
  return random() < start;
}

export function simulateJournal({
  seed,
  model,
  startDate = "2025-01-06",
}: {
  seed: number;
  model: JournalModel;
  startDate?: string;
}): SimulatedJournal {
  const random = mulberry32(seed);
  const nextDayFactors = dayFactorSeries(seed, model.isInRuns);
  const {
    weeks,
    dayCorrelation,
    isInRuns,
    missingDayRate = 0.15,
    effects = {},
    noise = TYPICAL_NOISE,
  } = model;
  const { daySd, ratingSd } = noise;
  const phi = latentPhi(dayCorrelation, noise);
  const baseline = 3.5 + 2 * random();
  const morning = effects.morning ?? 1 + random();
  const subjects: Subject[] = [...MODEL_TAGS, ...MODEL_RELIEFS].map((s) => ({
    id: s.id,
    share: shareFor(random, s.id, effects),
    continuation: isInRuns ? 0.6 + 0.25 * random() : null,
    present: false,
    isRelief: s.id.startsWith("relief-"),
  }));
  const usualDayPain = baseline + 0.25 * morning;
  const dayPainSd = Math.sqrt(daySd ** 2 + ratingSd ** 2 / MEAN_PARTS);
  const rate = (mean: number) =>
    Math.min(10, Math.max(0, Math.round(mean + ratingSd * normal(random))));

  const days: DayRecord[] = [];
  let dayEffect = daySd * normal(random);
  let reliefYesterday = false;
  const first = dayNumber(startDate);
  const last = first + weeks * 7 - 1;
  for (let n = first; n <= last; n++) {
    if (n > first) dayEffect = phi * dayEffect + daySd * Math.sqrt(1 - phi ** 2) * normal(random);
    const weekday = weekdayOf(n);
    const isWeekend = weekday === 0 || weekday === 6;
    const { sleepHours, factors } = nextDayFactors(isWeekend);
    for (const subject of subjects) {
      if (subject.isRelief) continue;
      subject.present =
        subject.id === WORK_ID ? !isWeekend && random() < 0.85 : isPresentToday(random, subject, 1);
    }
    const tagIds = subjects.filter((s) => !s.isRelief && s.present).map((s) => s.id);
    const flare = random() < FLARE_RATE ? 2.5 + 1.5 * random() : 0;
    const mean =
      baseline +
      dayEffect +
      (WEEKLY[weekday] ?? 0) +
      flare +
      (isWeekend ? (effects.weekend ?? 0) : 0) +
      (tagIds.includes(PLANTED.personId) ? (effects.person ?? 0) : 0) +
      (sleepHours < SHORT_NIGHT_HOURS ? (effects.shortSleep ?? 0) : 0);
    const morningMean = mean + morning + (reliefYesterday ? (effects.reliefNextMorning ?? 0) : 0);

    const parts: Partial<Record<PartOfDay, number>> = {};
    for (const part of Object.keys(PART_RATED) as PartOfDay[]) {
      if (random() >= PART_RATED[part]) continue;
      const partMean = part === "MORNING" ? morningMean : mean;
      const ratings = random() < 0.2 ? [rate(partMean), rate(partMean)] : [rate(partMean)];
      parts[part] = median(ratings) ?? 0;
    }
    const rated = Object.values(parts);
    const dayPain = rated.length
      ? rated.reduce((sum, p) => sum + p, 0) / rated.length
      : mean + 0.25 * morning;
    const badDayFactor = Math.exp((BAD_DAY_SLOPE * (dayPain - usualDayPain)) / dayPainSd);
    for (const subject of subjects) {
      if (subject.isRelief) subject.present = isPresentToday(random, subject, badDayFactor);
    }
    const reliefIds = subjects.filter((s) => s.isRelief && s.present).map((s) => s.id);
    reliefYesterday = reliefIds.includes(PLANTED.reliefId);
    if (random() < missingDayRate || rated.length === 0) continue;
    days.push({ date: dateFromDayNumber(n), weekday, parts, dayPain, tagIds, reliefIds, factors });
  }
  return {
    days,
    tags: MODEL_TAGS,
    reliefs: MODEL_RELIEFS,
    truth: { phi, daySd, ratingSd },
    from: dateFromDayNumber(first),
    to: dateFromDayNumber(last),
  };
}
