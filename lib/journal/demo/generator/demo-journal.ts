import type {
  CheckInDTO,
  DayTagDTO,
  PartRating,
  QuickLogDTO,
  ReliefUseDTO,
} from "@/lib/journal/types";
import type { BodyArea, PainQuality, TagKind } from "@/lib/journal/vocabulary/terms";
import { mulberry32, normal, type Random } from "@/lib/random";
import { addDays, PARTS_OF_DAY, type PartOfDay, weekdayOf } from "@/lib/time";
import { instantAt } from "@/lib/time-zone";

/**
 * A deterministic demo journal (docs/demo-data.md): the same seed, end date and zone always give
 * the same journal. Pure: no database, no clock.
 */

export type DemoTag = DayTagDTO;

/** A demo check-in: a stored one's answers, its ratings as rows, relief by built-in key. */
export type DemoCheckIn = Pick<
  CheckInDTO,
  "date" | "stress" | "sleepQuality" | "sleepHours" | "sittingHours" | "note" | "redFlags"
> & {
  painEntries: (PartRating & { partOfDay: PartOfDay })[];
  tags: DemoTag[];
  relief: (Pick<ReliefUseDTO, "minutes" | "helped" | "partOfDay"> & { builtinKey: string })[];
};

/** A demo quick log: a stored quick log without its id and with no medications. */
export type DemoQuickLog = Omit<QuickLogDTO, "id" | "medications">;

export type DemoJournal = { checkIns: DemoCheckIn[]; quickLogs: DemoQuickLog[] };

export const DEMO_SEED = 20261227;

/** The patterns planted in the demo journal, in pain points on the 0–10 scale. */
export const DEMO_PLANTED = {
  /** Every rating on a day with this person is this much higher. */
  person: { name: "Alex", effect: 2, shareOfDays: 0.3 },
  /** Done in the evening; the next morning's rating is this much lower. */
  eveningStretch: { builtinKey: "CHILDS_POSE", effect: -2.5, shareOfDays: 0.45 },
  /** Added to each part's rating. Mornings average about 2 points above evenings overall. */
  partOfDay: { MORNING: 2.3, AFTERNOON: 0.3, EVENING: -0.8, NIGHT: -0.3 } as Record<
    PartOfDay,
    number
  >,
} as const;

const BASELINE = 4;
const DAY_AUTOCORRELATION = 0.3;
const DAY_SD = 0.9;
const RATING_SD = 0.8;
const MISSING_DAY_RATE = 0.12;
const PART_RATED: Record<PartOfDay, number> = {
  MORNING: 0.93,
  AFTERNOON: 0.85,
  EVENING: 0.93,
  NIGHT: 0.6,
};

const chance = (random: Random, p: number) => random() < p;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const clampRating = (value: number) => Math.min(10, Math.max(0, Math.round(value)));

const NOTES = [
  "Long meeting this afternoon.",
  "Slept badly, woke up stiff.",
  "Walked to the shops instead of driving.",
  "Felt better after dinner with friends.",
  "Back tight after the drive.",
  "Quiet day at home.",
];

type DayPlan = {
  date: string;
  isRecorded: boolean;
  isWeekday: boolean;
  withPerson: boolean;
  eveningStretch: boolean;
  dayEffect: number;
};

/** Which days exist and what happened on them, recorded or not. */
function planDays(random: Random, endDate: string, days: number): DayPlan[] {
  const plans: DayPlan[] = [];
  let dayEffect = 0;
  const innovationSd = DAY_SD * Math.sqrt(1 - DAY_AUTOCORRELATION ** 2);
  for (let offset = days - 1; offset >= 0; offset--) {
    const date = addDays(endDate, -offset);
    const weekday = weekdayOf(date);
    dayEffect = DAY_AUTOCORRELATION * dayEffect + innovationSd * normal(random);
    plans.push({
      date,
      // The last day is always recorded, so the journal visibly runs up to the end date.
      isRecorded: !chance(random, MISSING_DAY_RATE) || offset === 0,
      isWeekday: weekday >= 1 && weekday <= 5,
      withPerson: chance(random, DEMO_PLANTED.person.shareOfDays),
      eveningStretch: chance(random, DEMO_PLANTED.eveningStretch.shareOfDays),
      dayEffect,
    });
  }
  return plans;
}

function ratingsFor(random: Random, plan: DayPlan, stretchedLastEvening: boolean) {
  const entries: DemoCheckIn["painEntries"] = [];
  const rated = PARTS_OF_DAY.filter((partOfDay) => chance(random, PART_RATED[partOfDay]));
  // A recorded day has at least one rating.
  if (rated.length === 0) rated.push("EVENING");
  for (const partOfDay of rated) {
    let mean = BASELINE + plan.dayEffect + DEMO_PLANTED.partOfDay[partOfDay];
    if (plan.withPerson) mean += DEMO_PLANTED.person.effect;
    if (partOfDay === "MORNING" && stretchedLastEvening) mean += DEMO_PLANTED.eveningStretch.effect;
    const intensity = clampRating(mean + RATING_SD * normal(random));
    const areas: BodyArea[] =
      intensity === 0
        ? []
        : [
            "LOWER_BACK",
            ...(chance(random, 0.25) ? (["HIPS"] as const) : []),
            ...(chance(random, 0.15) ? (["BACK_OF_THIGHS"] as const) : []),
          ];
    const qualities: PainQuality[] =
      intensity === 0
        ? []
        : [partOfDay === "MORNING" ? "STIFF" : pick(random, ["DULL_ACHE", "TIGHT"])];
    entries.push({ partOfDay, intensity, areas, qualities });
  }
  return entries;
}

function tagsFor(random: Random, plan: DayPlan): DemoTag[] {
  const tags: DemoTag[] = [];
  const add = (kind: TagKind, name: string, partOfDay: PartOfDay | null = null) =>
    tags.push({ kind, name, partOfDay });
  if (plan.withPerson)
    add("PERSON", DEMO_PLANTED.person.name, chance(random, 0.7) ? null : "MORNING");
  if (chance(random, 0.4)) add("PERSON", "Sam", chance(random, 0.5) ? "EVENING" : null);
  if (chance(random, 0.15)) add("PERSON", "Mum", "AFTERNOON");
  if (plan.isWeekday && chance(random, 0.85)) {
    add("CONTEXT", "At work");
    if (chance(random, 0.7)) add("CONTEXT", "At a desk for hours");
  } else {
    add("CONTEXT", "At home");
  }
  if (chance(random, 0.25))
    add("CONTEXT", "Driving", pick(random, ["MORNING", "EVENING"] as const));
  if (chance(random, 0.2)) add("CONTEXT", "Exercising", "EVENING");
  for (const [name, p] of [
    ["Frustrated", 0.25],
    ["Anxious", 0.2],
    ["Calm", 0.35],
    ["Content", 0.25],
    ["Burdened", 0.1],
  ] as const) {
    if (chance(random, p)) add("EMOTION", name);
  }
  return tags;
}

function reliefFor(random: Random, plan: DayPlan): DemoCheckIn["relief"] {
  const relief: DemoCheckIn["relief"] = [];
  if (plan.eveningStretch) {
    relief.push({
      builtinKey: DEMO_PLANTED.eveningStretch.builtinKey,
      minutes: between(random, 5, 15),
      helped: pick(random, ["YES", "A_LITTLE", "A_LITTLE", "NOT_SURE"] as const),
      partOfDay: "EVENING",
    });
  }
  if (chance(random, 0.35)) {
    relief.push({
      builtinKey: "GENTLE_WALK",
      minutes: between(random, 15, 40),
      helped: pick(random, ["YES", "A_LITTLE", "NO", "NOT_SURE"] as const),
      partOfDay: pick(random, ["AFTERNOON", null] as const),
    });
  }
  if (chance(random, 0.2)) {
    relief.push({ builtinKey: "HEAT", minutes: 20, helped: "A_LITTLE", partOfDay: "EVENING" });
  }
  if (chance(random, 0.15)) {
    relief.push({ builtinKey: "BREATHING", minutes: 5, helped: "NOT_SURE", partOfDay: null });
  }
  if (chance(random, 0.07)) {
    relief.push({ builtinKey: "PHYSIOTHERAPIST", minutes: 45, helped: "YES", partOfDay: null });
  }
  return relief;
}

/**
 * Twelve weeks (by default) of check-ins ending on `endDate`, with missing days, varied tags,
 * relief, a few quick logs, and the patterns in DEMO_PLANTED.
 */
export function generateDemoJournal({
  endDate,
  timeZone,
  seed = DEMO_SEED,
  weeks = 12,
}: {
  endDate: string;
  timeZone: string;
  seed?: number;
  weeks?: number;
}): DemoJournal {
  const plans = planDays(mulberry32(seed), endDate, weeks * 7);
  const checkIns: DemoCheckIn[] = [];
  const quickLogs: DemoQuickLog[] = [];
  plans.forEach((plan, index) => {
    if (!plan.isRecorded) return;
    // Each day draws from its own stream, so weekday-dependent choices (work or home) never shift
    // the ratings of later days: the pain numbers are the same whatever the end date.
    const random = mulberry32(seed + 7919 * (index + 1));
    const stretchedLastEvening = plans[index - 1]?.eveningStretch ?? false;
    const painEntries = ratingsFor(random, plan, stretchedLastEvening);
    const checkIn: DemoCheckIn = {
      date: plan.date,
      painEntries,
      // Stress and sleep have no effect on pain here (the sample's day factors show nothing).
      stress: between(random, 2, 6),
      sleepQuality: chance(random, 0.9) ? between(random, 4, 8) : null,
      sleepHours: null,
      sittingHours: plan.isWeekday ? between(random, 12, 18) / 2 : between(random, 2, 8) / 2,
      note: chance(random, 0.1) ? pick(random, NOTES) : null,
      redFlags: [],
      tags: tagsFor(random, plan),
      relief: reliefFor(random, plan),
    };
    checkIns.push(checkIn);
    const afternoon = painEntries.find((entry) => entry.partOfDay === "AFTERNOON");
    if (afternoon && chance(random, 0.12)) {
      const hour = between(random, 12, 16);
      quickLogs.push({
        occurredAt: instantAt({
          date: plan.date,
          hour,
          minute: between(random, 0, 59),
          timeZone,
        }).toISOString(),
        localDate: plan.date,
        partOfDay: "AFTERNOON",
        intensity: clampRating(afternoon.intensity + between(random, 0, 2)),
        areas: ["LOWER_BACK"],
        tags: plan.isWeekday ? [{ kind: "CONTEXT", name: "At work" }] : [],
      });
    }
    // Drawn last, so the rest of the day is what it was before hours slept existed.
    if (chance(random, 0.85)) checkIn.sleepHours = between(random, 10, 17) / 2;
  });
  return { checkIns, quickLogs };
}
