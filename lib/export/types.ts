/** The journal's fixed lists, as the export writes them (the enums of prisma/schema.prisma). */
export const PARTS_OF_DAY = ["MORNING", "AFTERNOON", "EVENING", "NIGHT"] as const;
export const TAG_KINDS = ["PERSON", "CONTEXT", "EMOTION"] as const;
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
export const PAIN_QUALITIES = [
  "DULL_ACHE",
  "TIGHT",
  "SHARP",
  "STABBING",
  "BURNING",
  "SHOOTING",
  "STIFF",
] as const;
export const RED_FLAGS = [
  "SADDLE_NUMBNESS",
  "BLADDER_BOWEL",
  "BOTH_LEGS_WEAK",
  "SHOOTING_DOWN_LEG",
  "NUMBNESS_TINGLING",
  "WORSE_AT_NIGHT",
  "FEVER",
  "WEIGHT_LOSS",
  "AFTER_FALL_OR_INJURY",
  "STEADILY_WORSE",
] as const;
export const HELPED = ["YES", "A_LITTLE", "NO", "NOT_SURE"] as const;
export const LIFE_EVENT_CATEGORIES = [
  "WORK",
  "RELATIONSHIP",
  "HEALTH",
  "LOSS",
  "MOVE",
  "OTHER",
] as const;
export const SHARE_MODES = ["SNAPSHOT", "LIVE"] as const;

export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export type BodyArea = (typeof BODY_AREAS)[number];
export type PainQuality = (typeof PAIN_QUALITIES)[number];

/** How many records of one kind an import added, and how many it found already there. */
export type ImportCount = { imported: number; alreadyPresent: number };

export const IMPORT_RECORD_KINDS = [
  "tags",
  "reliefItems",
  "checkIns",
  "painRatings",
  "quickLogs",
  "lifeEvents",
  "pegResponses",
  "reflections",
] as const;
export type ImportRecordKind = (typeof IMPORT_RECORD_KINDS)[number];

/** What an import did, for the report shown afterwards. */
export type ImportReport = {
  counts: Record<ImportRecordKind, ImportCount>;
  /** "set": the file's onset dates were taken; "kept": the account already had its own. */
  onsetDates: "set" | "kept" | "none";
  /** The file's time zone when it differs from the account's (local dates are kept as written). */
  otherTimeZone: string | null;
  /** Share links in the file: listed in exports, never imported. */
  shareLinksNotImported: number;
};

export const IMPORT_RECORD_LABELS: Record<ImportRecordKind, string> = {
  tags: "Tags (people, places, feelings)",
  reliefItems: "Relief items",
  checkIns: "Nightly check-ins",
  painRatings: "Pain ratings in check-ins",
  quickLogs: "Quick logs",
  lifeEvents: "Life events",
  pegResponses: "Weekly PEG answers",
  reflections: "Reflections",
};
