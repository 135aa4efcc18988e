/**
 * A realistic pain journal for honesty tests and demos. The model, per simulated person:
 *
 * - Calendar: `days` consecutive local dates from `startDate` (a Monday by default).
 * - Baseline pain μ ~ Uniform(4, 5), fixed for the person.
 * - Every pain rating (0–10, one part of one day) is
 *     clamp(round(μ + uₜ + εₜ,ₚ + planted effects), 0, 10)
 *   where uₜ is what the whole day shares (a good or a bad day) and εₜ,ₚ is fresh for each rating
 *   (how that part of the day went). Both have SD √2 ≈ 1.41, so a single rating varies around
 *   the person's usual level with an SD of 2 points ("day-to-day noise of about 2 points"; 1.9
 *   after rounding and clamping), and two ratings of the same day correlate about 0.5: half of
 *   the variance is shared by the day, half belongs to the moment. The even split is a neutral
 *   assumption, not a measurement: `noise` overrides it, and the simulation tests print how the
 *   results move when the day's share is larger or smaller.
 * - uₜ is AR(1) over calendar days, uₜ = 0.4·uₜ₋₁ + eₜ (stationary SD √2), so the day's pain
 *   (mean of its rated parts, the series the user sees) correlates about 0.3 between consecutive
 *   days, recorded or not; the same part of the day on consecutive days correlates about 0.2.
 * - A recorded day rates MORNING with probability 0.9, AFTERNOON 0.8, EVENING 0.9, NIGHT 0.6
 *   (at least one part); a rated part has two ratings 20% of the time (a quick log as well as
 *   the check-in) and records their median, which gives the .5 values. `parts` and `dayPain`
 *   follow the DayRecord contract. Day pain varies from day to day with an SD of about 1.6.
 * - Missing days: each day is left out independently with probability `missingRate` (0.15;
 *   0 models a check-in every night).
 * - Subjects: 3 people, 3 contexts, 3 emotions and 3 relief items, each present on a day
 *   independently of pain, of the other subjects and of other days. Shares of days are drawn
 *   per simulated person: Uniform(10%, 50%) for most, Uniform(35%, 40%) for PLANTED.personId
 *   and Uniform(40%, 50%) for PLANTED.reliefId (an evening stretch), the two that effects can be
 *   planted on.
 * - Planted effects (pain points; none by default; any combination, e.g. all three in one
 *   journal): `person` is added to every rating on days with PLANTED.personId;
 *   `reliefNextMorning` to the MORNING ratings of the day after a day with PLANTED.reliefId
 *   (negative = relief), whether or not that earlier day was recorded; `morning` makes MORNING
 *   ratings average that much above every other part. Alone it is added to every morning; with
 *   `reliefNextMorning` as well, every morning also gets back what the relief takes from the
 *   average morning (share × effect), so "mornings are 1.5 worse than evenings" stays true of
 *   the journal instead of shrinking to about 0.8.
 * - Not modelled: trends, weekly cycles, people whose pain varies more or less than 2 points,
 *   tags that cluster in runs, relief taken because of pain.
 */
import { dateFromDayNumber, dayNumber, weekdayOf } from "./dates";
import { mulberry32, normal, type Random } from "./random";
import { median } from "./stats";
import type { DayRecord, PartOfDay, ReliefInfo, TagInfo } from "./types";

export const PLANTED = { personId: "person-1", reliefId: "relief-1" } as const;

export type PlantedEffects = { person?: number; morning?: number; reliefNextMorning?: number };

/** SDs of the day's shared component and of each rating's own noise, and the day-to-day AR(1). */
export type NoiseModel = { daySd: number; ratingSd: number; autocorrelation: number };

export const DEFAULT_NOISE: NoiseModel = {
  daySd: Math.SQRT2,
  ratingSd: Math.SQRT2,
  autocorrelation: 0.4,
};

export type SimulatedJournal = { days: DayRecord[]; tags: TagInfo[]; reliefs: ReliefInfo[] };

const PART_RATED: Record<PartOfDay, number> = {
  MORNING: 0.9,
  AFTERNOON: 0.8,
  EVENING: 0.9,
  NIGHT: 0.6,
};

const TAGS: TagInfo[] = [
  { id: PLANTED.personId, kind: "PERSON", name: "Alex" },
  { id: "person-2", kind: "PERSON", name: "Sam" },
  { id: "person-3", kind: "PERSON", name: "Jo" },
  { id: "context-1", kind: "CONTEXT", name: "Work" },
  { id: "context-2", kind: "CONTEXT", name: "Commute" },
  { id: "context-3", kind: "CONTEXT", name: "Gardening" },
  { id: "emotion-1", kind: "EMOTION", name: "Stressed" },
  { id: "emotion-2", kind: "EMOTION", name: "Anxious" },
  { id: "emotion-3", kind: "EMOTION", name: "Calm" },
];
const RELIEFS: ReliefInfo[] = [
  { id: PLANTED.reliefId, name: "Stretching" },
  { id: "relief-2", name: "Heat pack" },
  { id: "relief-3", name: "Walk" },
];
/** [low, high) of the Uniform share of days; subjects not listed use [0.1, 0.5). */
const SHARE_RANGES: Record<string, readonly [number, number]> = {
  [PLANTED.personId]: [0.35, 0.4],
  [PLANTED.reliefId]: [0.4, 0.5],
};

export function simulateJournal({
  seed,
  days,
  effects = {},
  missingRate = 0.15,
  startDate = "2025-01-06",
  noise = DEFAULT_NOISE,
}: {
  seed: number;
  days: number;
  effects?: PlantedEffects;
  missingRate?: number;
  startDate?: string;
  noise?: NoiseModel;
}): SimulatedJournal {
  const random = mulberry32(seed);
  const { daySd, ratingSd, autocorrelation } = noise;
  const rate = (r: Random, mean: number) =>
    Math.min(10, Math.max(0, Math.round(mean + ratingSd * normal(r))));
  const baseline = 4 + random();
  const share = (id: string) => {
    const [low, high] = SHARE_RANGES[id] ?? [0.1, 0.5];
    return low + (high - low) * random();
  };
  const tagShares = TAGS.map((tag) => ({ id: tag.id, share: share(tag.id) }));
  const reliefShares = RELIEFS.map((relief) => ({ id: relief.id, share: share(relief.id) }));
  // Stretching lowers the mornings after it; with both planted, every morning is raised by what
  // that takes back on average, so mornings still average `morning` above the other parts.
  const reliefShare = reliefShares.find((s) => s.id === PLANTED.reliefId)?.share ?? 0;
  const morningEffect =
    effects.morning === undefined
      ? 0
      : effects.morning - reliefShare * (effects.reliefNextMorning ?? 0);
  const innovationSd = daySd * Math.sqrt(1 - autocorrelation ** 2);
  const present = (shares: { id: string; share: number }[]) =>
    shares.filter((s) => random() < s.share).map((s) => s.id);

  const records: DayRecord[] = [];
  let dayEffect = daySd * normal(random);
  let reliefYesterday = false;
  const first = dayNumber(startDate);
  for (let n = first; n < first + days; n++) {
    if (n > first) dayEffect = autocorrelation * dayEffect + innovationSd * normal(random);
    const tagIds = present(tagShares);
    const reliefIds = present(reliefShares);
    const mean =
      baseline + dayEffect + (tagIds.includes(PLANTED.personId) ? (effects.person ?? 0) : 0);
    const morningShift = morningEffect + (reliefYesterday ? (effects.reliefNextMorning ?? 0) : 0);
    reliefYesterday = reliefIds.includes(PLANTED.reliefId);

    const parts: Partial<Record<PartOfDay, number>> = {};
    for (const part of Object.keys(PART_RATED) as PartOfDay[]) {
      if (random() >= PART_RATED[part]) continue;
      const partMean = mean + (part === "MORNING" ? morningShift : 0);
      const ratings =
        random() < 0.2
          ? [rate(random, partMean), rate(random, partMean)]
          : [rate(random, partMean)];
      parts[part] = median(ratings) ?? 0;
    }
    const rated = Object.values(parts);
    if (random() < missingRate || rated.length === 0) continue;
    records.push({
      date: dateFromDayNumber(n),
      weekday: weekdayOf(n),
      parts,
      dayPain: rated.reduce((sum, p) => sum + p, 0) / rated.length,
      tagIds,
      reliefIds,
    });
  }
  return { days: records, tags: TAGS, reliefs: RELIEFS };
}
