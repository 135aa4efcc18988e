import type { PartOfDay } from "@/lib/time";

/**
 * Medications: the person's list (Settings → Medications) and the doses they log in the
 * check-in and the quick log. Plain data for pages and client components.
 */

/** The units a dose can be in: a fixed list, so a unit never holds free text. */
export const MEDICATION_UNITS = [
  "mg",
  "g",
  "mcg",
  "ml",
  "drops",
  "tablets",
  "capsules",
  "puffs",
  "patches",
  "sprays",
  "units",
] as const;
export type MedicationUnit = (typeof MEDICATION_UNITS)[number];

/** Limits shared by the forms (maxLength) and the schemas. */
export const MEDICATION_NAME_MAX = 80;
export const DOSE_MAX = 100_000;
/** Doses a day in one check-in, and with one quick log. */
export const MAX_DOSES = 30;
export const MAX_QUICK_LOG_DOSES = 5;

/** A medication in the person's list. */
export type MedicationDTO = {
  id: string;
  name: string;
  usualDose: number | null;
  unit: MedicationUnit;
  isArchived: boolean;
  /** Doses logged, and the latest journal date one was (null: never). */
  uses: number;
  lastUsed: string | null;
};

/** A dose taken, as the journal shows it. */
export type DoseDTO = {
  medicationId: string;
  name: string;
  dose: number;
  unit: MedicationUnit;
  /** Taken "as needed" rather than on a schedule. */
  asNeeded: boolean;
  /** ISO instant (UTC). */
  takenAt: string;
  /** "08:30", on the person's clock. */
  time: string;
  partOfDay: PartOfDay;
};
