// The journal's fixed lists, as the export writes them (the enums of prisma/schema.prisma).

export { EXPERIMENT_OUTCOMES } from "@/lib/experiments/types";
export { RED_FLAGS } from "@/lib/journal/vocabulary/red-flags";
export {
  BODY_AREAS,
  type BodyArea,
  HELPED,
  PAIN_QUALITIES,
  type PainQuality,
  TAG_KINDS,
} from "@/lib/journal/vocabulary/terms";
export { LIFE_EVENT_CATEGORIES } from "@/lib/life-events/types";

export const SHARE_MODES = ["SNAPSHOT", "LIVE"] as const;

/** How many records of one kind an import added, and how many it found already there. */
export type ImportCount = { imported: number; alreadyPresent: number };

export const IMPORT_RECORD_KINDS = [
  "tags",
  "reliefItems",
  "medications",
  "checkIns",
  "painRatings",
  "doses",
  "quickLogs",
  "lifeEvents",
  "pegResponses",
  "reflections",
  "experiments",
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
  medications: "Medications (your list)",
  doses: "Medication doses",
  checkIns: "Nightly check-ins",
  painRatings: "Pain ratings in check-ins",
  quickLogs: "Quick logs",
  lifeEvents: "Life events",
  pegResponses: "Weekly PEG answers",
  reflections: "Reflections",
  experiments: "Personal experiments",
};
