import type { PartOfDay } from "@/lib/time";

/**
 * The journal's fixed lists, in the person's words. The keys match the enums in
 * prisma/schema.prisma (mutations.ts checks that at compile time).
 */
export const PART_OF_DAY_LABELS: Record<PartOfDay, { label: string; hours: string }> = {
  MORNING: { label: "Morning", hours: "4 a.m. to noon" },
  AFTERNOON: { label: "Afternoon", hours: "noon to 5 p.m." },
  EVENING: { label: "Evening", hours: "5 p.m. to 10 p.m." },
  NIGHT: { label: "Night", hours: "10 p.m. to 4 a.m." },
};

export const BODY_AREAS = [
  "LOWER_BACK",
  "MID_UPPER_BACK",
  "NECK",
  "HIPS",
  "BUTTOCKS",
  "BACK_OF_THIGHS",
  "CALVES_FEET",
  "FRONT_THIGHS_GROIN",
  "DOWN_ONE_LEG",
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  LOWER_BACK: "Lower back",
  MID_UPPER_BACK: "Between the shoulder blades",
  NECK: "Neck",
  HIPS: "Hips",
  BUTTOCKS: "Buttocks",
  BACK_OF_THIGHS: "Back of the thighs",
  CALVES_FEET: "Calves and feet",
  FRONT_THIGHS_GROIN: "Front of the thighs, groin",
  DOWN_ONE_LEG: "Down one leg",
};

export const PAIN_QUALITIES = [
  "DULL_ACHE",
  "TIGHT",
  "SHARP",
  "STABBING",
  "BURNING",
  "SHOOTING",
  "STIFF",
] as const;
export type PainQuality = (typeof PAIN_QUALITIES)[number];

export const PAIN_QUALITY_LABELS: Record<PainQuality, string> = {
  DULL_ACHE: "Dull ache",
  TIGHT: "Tight",
  SHARP: "Sharp",
  STABBING: "Stabbing",
  BURNING: "Burning",
  SHOOTING: "Shooting",
  STIFF: "Stiff",
};

export const TAG_KINDS = ["PERSON", "CONTEXT", "EMOTION"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TAG_KIND_LABELS: Record<
  TagKind,
  { label: string; question: string; examples: string }
> = {
  PERSON: {
    label: "People",
    question: "Who were you with?",
    examples: "Names are yours alone, e.g. “my manager”, “Sam”.",
  },
  CONTEXT: {
    label: "Where and doing what",
    question: "Where were you, and doing what?",
    examples: "e.g. at work, at a desk for hours, a long drive, at home, exercising.",
  },
  EMOTION: {
    label: "Feelings",
    question: "What did you feel?",
    examples: "e.g. angry, frustrated, anxious, sad, burdened, calm, content.",
  },
};

export const HELPED = ["YES", "A_LITTLE", "NO", "NOT_SURE"] as const;
export type Helped = (typeof HELPED)[number];

export const HELPED_LABELS: Record<Helped, string> = {
  YES: "Yes",
  A_LITTLE: "A little",
  NO: "No",
  NOT_SURE: "Not sure",
};

/** What to do, shown as soon as an urgent symptom is ticked and with every day that has one. */
export const URGENT_ADVICE = {
  title: "Get medical help today",
  body:
    "This needs a doctor today, even if the pain itself is mild. Go to an emergency department " +
    "or call your local emergency number now (for example 112, 911 or 999). Don't wait to see " +
    "whether it passes.",
} as const;

export const SOON_ADVICE = {
  title: "Worth seeing a professional soon",
  body:
    "This is not an emergency, but it is worth having a doctor or physiotherapist look at it in " +
    "the next few days. If it gets much worse, or an urgent sign appears, get help the same day.",
} as const;

export const NOT_A_DIAGNOSIS =
  "Backstory does not diagnose. These questions only help you decide when to ask a professional.";

/** The 0–10 scale's anchors (numeric rating scale). */
export const INTENSITY_ANCHORS = { 0: "no pain", 5: "moderate", 10: "worst imaginable" } as const;

/** "6 out of 10", or "no pain" for 0, for screen readers and summaries. */
export function intensityText(intensity: number): string {
  return intensity === 0 ? "no pain" : `${intensity} out of 10`;
}
