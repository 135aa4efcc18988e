import { z } from "zod";
import { currentPasswordSchema } from "@/lib/accounts/schema";
import { MEDICATION_UNITS } from "@/lib/medications/types";
import { PARTS_OF_DAY } from "@/lib/time";
import { instant, list, localDate, name, oneOf, scale, text } from "./formats/json-fields";
import { checkReferencesAndDuplicates } from "./import-plan/references";
import {
  BODY_AREAS,
  EXPERIMENT_OUTCOMES,
  HELPED,
  LIFE_EVENT_CATEGORIES,
  PAIN_QUALITIES,
  RED_FLAGS,
  SHARE_MODES,
  TAG_KINDS,
} from "./types";

/**
 * The JSON export, version 2 (documented in docs/export-format.md): version 1, medications and
 * check-ins' sleepHours.
 * The same schema validates an uploaded file before import, so every message names the record and
 * the field it is about; files of version 1 are still read. Bump SCHEMA_VERSION for any change
 * that an older Backstory could not read.
 */
export const SCHEMA_VERSION = 2;
const READ_VERSIONS = [1, 2] as const;
export const EXPORT_FORMAT = "backstory-export";

/** The largest JSON file an import accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Json = z.infer<ReturnType<typeof z.json>>;

const tagUse = z.strictObject({
  kind: oneOf(TAG_KINDS),
  name,
  /** null: the tag applies to the whole day (check-ins) or the entry as a whole. */
  partOfDay: oneOf(PARTS_OF_DAY).nullable().default(null),
});

const painFields = {
  intensity: scale(10),
  areas: list(oneOf(BODY_AREAS)),
  qualities: list(oneOf(PAIN_QUALITIES)),
  createdAt: instant.optional(),
  tags: list(tagUse),
};

const checkInPain = z.strictObject({ partOfDay: oneOf(PARTS_OF_DAY), ...painFields });

const reliefUse = z.strictObject({
  /** The relief item's name, as listed in `reliefItems`. */
  item: name,
  partOfDay: oneOf(PARTS_OF_DAY).nullable().default(null),
  minutes: z
    .int({ error: "expected a whole number of minutes from 0 to 1440" })
    .min(0)
    .max(1440)
    .nullable()
    .default(null),
  helped: oneOf(HELPED).nullable().default(null),
});

/** A dose taken: the medication's name as listed in `medications`. */
const dose = z.strictObject({
  medication: name,
  dose: z
    .number({ error: "expected a dose above 0" })
    .positive({ error: "expected a dose above 0" })
    .max(100_000, { error: "expected a dose of at most 100000" }),
  unit: oneOf(MEDICATION_UNITS),
  asNeeded: z.boolean({ error: "expected true or false" }).default(false),
  takenAt: instant,
  partOfDay: oneOf(PARTS_OF_DAY),
});

const medication = z.strictObject({
  name,
  usualDose: z
    .number({ error: "expected a dose above 0" })
    .positive({ error: "expected a dose above 0" })
    .max(100_000, { error: "expected a dose of at most 100000" })
    .nullable()
    .default(null),
  unit: oneOf(MEDICATION_UNITS),
  archivedAt: instant.nullable().default(null),
  createdAt: instant.optional(),
});

const checkIn = z.strictObject({
  date: localDate,
  stress: scale(10).nullable().default(null),
  sittingHours: z
    .number({ error: "expected a number of hours from 0 to 24" })
    .min(0, { error: "expected a number of hours from 0 to 24" })
    .max(24, { error: "expected a number of hours from 0 to 24" })
    .nullable()
    .default(null),
  sleepQuality: scale(10).nullable().default(null),
  sleepHours: z
    .number({ error: "expected a number of hours from 0 to 24" })
    .min(0, { error: "expected a number of hours from 0 to 24" })
    .max(24, { error: "expected a number of hours from 0 to 24" })
    .nullable()
    .default(null),
  note: text.nullable().default(null),
  redFlags: list(oneOf(RED_FLAGS)),
  createdAt: instant.optional(),
  updatedAt: instant.optional(),
  pain: list(checkInPain),
  tags: list(tagUse),
  relief: list(reliefUse),
  medications: list(dose),
});

const quickLog = z.strictObject({
  /** Idempotency key; a file without one gets a deterministic one on import. */
  requestId: z
    .guid({ error: "expected a UUID" })
    .transform((id) => id.toLowerCase())
    .nullable()
    .default(null),
  occurredAt: instant,
  localDate,
  partOfDay: oneOf(PARTS_OF_DAY),
  ...painFields,
  medications: list(dose),
});

const lifeEvent = z.strictObject({
  date: localDate,
  title: name,
  category: oneOf(LIFE_EVENT_CATEGORIES),
  note: text.nullable().default(null),
  createdAt: instant.optional(),
});

const pegResponse = z.strictObject({
  date: localDate,
  pain: scale(10),
  enjoyment: scale(10),
  activity: scale(10),
  createdAt: instant.optional(),
});

const reflection = z.strictObject({
  promptKey: name,
  promptText: text,
  evidence: z.json().nullable().default(null),
  answer: text,
  weekStart: localDate,
  createdAt: instant,
  updatedAt: instant.optional(),
});

/** A personal experiment: its change (a relief item by name, or the person's own rule). */
const experiment = z.strictObject({
  reliefItem: name.nullable().default(null),
  rule: name.nullable().default(null),
  outcome: oneOf(EXPERIMENT_OUTCOMES),
  startDate: localDate,
  blockDays: z.int({ error: "expected a whole number of nights from 1 to 14" }).min(1).max(14),
  blockOrder: z
    .string({ error: "expected text" })
    .max(40, { error: "must be at most 40 blocks" })
    .regex(/^(?:AB|BA)+$/, { error: "expected pairs of blocks written AB or BA" }),
  stoppedOn: localDate.nullable().default(null),
  createdAt: instant.optional(),
  nights: list(
    z.strictObject({ date: localDate, isDone: z.boolean({ error: "expected true or false" }) }),
  ),
});

const shareLink = z.strictObject({
  label: text.nullable(),
  mode: oneOf(SHARE_MODES),
  periodStart: localDate,
  periodEnd: localDate,
  options: z.json(),
  snapshot: z.json().nullable(),
  expiresAt: instant,
  revokedAt: instant.nullable(),
  createdAt: instant,
  accesses: list(z.strictObject({ openedAt: instant, kind: text })),
});

const account = z.strictObject({
  email: z.string().optional(),
  timeZone: z.string().optional(),
  createdAt: instant.optional(),
  painBeganOn: localDate.nullable().default(null),
  flareBeganOn: localDate.nullable().default(null),
});

const reliefItem = z.strictObject({
  builtinKey: name.nullable().default(null),
  name,
  createdAt: instant.optional(),
});

export const exportDocumentSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
    schemaVersion: z.literal(READ_VERSIONS, {
      error: `expected ${READ_VERSIONS.join(" or ")}; this version of Backstory reads version ${READ_VERSIONS.join(" and ")} files`,
    }),
    exportedAt: instant.optional(),
    account: account.optional(),
    tags: list(z.strictObject({ kind: oneOf(TAG_KINDS), name, createdAt: instant.optional() })),
    reliefItems: list(reliefItem),
    medications: list(medication),
    checkIns: list(checkIn),
    quickLogs: list(quickLog),
    lifeEvents: list(lifeEvent),
    pegResponses: list(pegResponse),
    reflections: list(reflection),
    experiments: list(experiment),
    /** Exported for the record; never imported (a link belongs to the account that made it). */
    shareLinks: list(shareLink),
  })
  .superRefine(checkReferencesAndDuplicates);

/** The document-level checks alone (references, duplicates), for a document whose lists were
 * validated piece by piece (lib/export/formats/json.ts). */
export const exportReferencesSchema = z
  .custom<ExportDocument>(() => true)
  .superRefine(checkReferencesAndDuplicates);

/** The lists of an export document, each validated item by item. */
export const EXPORT_LISTS = [
  "tags",
  "reliefItems",
  "medications",
  "checkIns",
  "quickLogs",
  "lifeEvents",
  "pegResponses",
  "reflections",
  "experiments",
  "shareLinks",
] as const satisfies readonly (keyof ExportDocument)[];

/** A parsed export file: every list present, optional values filled with null. */
export type ExportDocument = z.output<typeof exportDocumentSchema>;
/** What an export file may contain (optional fields may be left out). */
export type ExportDocumentInput = z.input<typeof exportDocumentSchema>;
export type ExportCheckIn = ExportDocument["checkIns"][number];
export type ExportQuickLog = ExportDocument["quickLogs"][number];
export type ExportTagUse = ExportCheckIn["tags"][number];
export type ExportExperiment = ExportDocument["experiments"][number];

export type ExportDose = ExportCheckIn["medications"][number];

export const EXPORT_FORMATS = ["json", "csv", "fhir"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export form: which format, and the password again. */
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Choose a format." }),
  password: currentPasswordSchema,
});

/** The import form's password (the file is checked by parseExportFile). */
export const importRequestSchema = z.object({ password: currentPasswordSchema });
