import { z } from "zod";
import { currentPasswordSchema } from "@/lib/accounts/schema";
import { MEDICATION_UNITS } from "@/lib/medications/types";
import { isIsoDate } from "@/lib/time";
import {
  BODY_AREAS,
  EXPERIMENT_OUTCOMES,
  HELPED,
  LIFE_EVENT_CATEGORIES,
  PAIN_QUALITIES,
  PARTS_OF_DAY,
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

// Generous limits: an import must accept whatever the journal lets people type.
const NAME_MAX = 500;
const TEXT_MAX = 100_000;

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(", ")}` });

const localDate = z
  .string({ error: "expected a date written YYYY-MM-DD" })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

const instant = z.iso.datetime({
  offset: true,
  error: "expected a date and time like 2026-03-01T08:30:00.000Z",
});

const scale = (max: number) =>
  z
    .int({ error: `expected a whole number from 0 to ${max}` })
    .min(0)
    .max(max);

const name = z
  .string({ error: "expected text" })
  .min(1, { error: "must not be empty" })
  .max(NAME_MAX, { error: `must be at most ${NAME_MAX} characters` });

const text = z
  .string({ error: "expected text" })
  .max(TEXT_MAX, { error: `must be at most ${TEXT_MAX} characters` });

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: "expected a list" }).default([]);

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

/** What identifies an experiment across an export and an import (the same file twice adds one). */
export const experimentKey = (e: { startDate: string; blockDays: number; blockOrder: string }) =>
  `${e.startDate}\u0000${e.blockDays}\u0000${e.blockOrder}`;
export type ExportDose = ExportCheckIn["medications"][number];

function checkReferencesAndDuplicates(doc: ExportDocument, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  // Only what the database itself keeps unique: an export always passes these checks.
  const firstSeen = <K>(seen: Set<K>, key: K) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  const tagKeys = new Set<string>();
  doc.tags.forEach((tag, index) => {
    if (!firstSeen(tagKeys, `${tag.kind}\u0000${tag.name}`)) {
      issue(["tags", index], `the ${tag.kind} tag "${tag.name}" is listed twice`);
    }
  });
  const reliefNames = new Set<string>();
  const builtinKeys = new Set<string>();
  doc.reliefItems.forEach((item, index) => {
    if (!firstSeen(reliefNames, item.name)) {
      issue(["reliefItems", index, "name"], `"${item.name}" is listed twice`);
    }
    if (item.builtinKey !== null && !firstSeen(builtinKeys, item.builtinKey)) {
      issue(["reliefItems", index, "builtinKey"], `"${item.builtinKey}" is listed twice`);
    }
  });

  // The account holds one medication per name in any case.
  const medicationNames = new Set<string>();
  const medicationMatch = new Set<string>();
  doc.medications.forEach((item, index) => {
    medicationNames.add(item.name);
    if (!firstSeen(medicationMatch, item.name.toLowerCase())) {
      issue(["medications", index, "name"], `"${item.name}" is listed twice`);
    }
  });
  const checkDoses = (doses: ExportDose[], path: (string | number)[]) => {
    doses.forEach((taken, index) => {
      if (!medicationNames.has(taken.medication)) {
        issue([...path, index, "medication"], `no medication "${taken.medication}" in medications`);
      }
    });
  };

  const checkTags = (uses: ExportTagUse[], path: (string | number)[]) => {
    uses.forEach((use, index) => {
      if (!tagKeys.has(`${use.kind}\u0000${use.name}`)) {
        issue([...path, index], `no ${use.kind} tag "${use.name}" in tags`);
      }
    });
  };

  const dates = new Set<string>();
  doc.checkIns.forEach((checkIn, index) => {
    if (!firstSeen(dates, checkIn.date)) {
      issue(["checkIns", index, "date"], `there is already a check-in for ${checkIn.date}`);
    }
    const parts = new Set<string>();
    checkIn.pain.forEach((pain, painIndex) => {
      if (!firstSeen(parts, pain.partOfDay)) {
        issue(
          ["checkIns", index, "pain", painIndex, "partOfDay"],
          "this part of day is rated twice",
        );
      }
      checkTags(pain.tags, ["checkIns", index, "pain", painIndex, "tags"]);
    });
    checkTags(checkIn.tags, ["checkIns", index, "tags"]);
    const items = new Set<string>();
    checkIn.relief.forEach((use, useIndex) => {
      const path = ["checkIns", index, "relief", useIndex, "item"];
      if (!reliefNames.has(use.item)) issue(path, `no relief item "${use.item}" in reliefItems`);
      if (!firstSeen(items, use.item)) issue(path, `"${use.item}" is listed twice on this day`);
    });
    checkDoses(checkIn.medications, ["checkIns", index, "medications"]);
  });

  const requestIds = new Set<string>();
  doc.quickLogs.forEach((log, index) => {
    if (log.requestId !== null && !firstSeen(requestIds, log.requestId)) {
      issue(["quickLogs", index, "requestId"], "this requestId appears twice");
    }
    checkTags(log.tags, ["quickLogs", index, "tags"]);
    checkDoses(log.medications, ["quickLogs", index, "medications"]);
  });

  const events = new Set<string>();
  doc.lifeEvents.forEach((event, index) => {
    if (!firstSeen(events, `${event.date}\u0000${event.title}`)) {
      issue(["lifeEvents", index, "title"], `"${event.title}" on ${event.date} is listed twice`);
    }
  });
  const pegDates = new Set<string>();
  doc.pegResponses.forEach((peg, index) => {
    if (!firstSeen(pegDates, peg.date)) {
      issue(["pegResponses", index, "date"], `there is already a PEG for ${peg.date}`);
    }
  });
  const experimentKeys = new Set<string>();
  doc.experiments.forEach((experiment, index) => {
    const path = ["experiments", index];
    // Both null: the relief item was removed from the library since (kept as such).
    if (experiment.reliefItem !== null && experiment.rule !== null) {
      issue([...path, "rule"], "expected a reliefItem or a rule, not both");
    }
    if (experiment.reliefItem !== null && !reliefNames.has(experiment.reliefItem)) {
      issue([...path, "reliefItem"], `no relief item "${experiment.reliefItem}" in reliefItems`);
    }
    if (!firstSeen(experimentKeys, experimentKey(experiment))) {
      issue(
        [...path, "startDate"],
        `the experiment starting ${experiment.startDate} is listed twice`,
      );
    }
    const nights = new Set<string>();
    experiment.nights.forEach((night, nightIndex) => {
      if (!firstSeen(nights, night.date)) {
        issue([...path, "nights", nightIndex, "date"], `${night.date} is listed twice`);
      }
    });
  });
  const reflectionKeys = new Set<string>();
  doc.reflections.forEach((reflection, index) => {
    const key = `${reflection.promptKey}\u0000${Date.parse(reflection.createdAt)}`;
    if (!firstSeen(reflectionKeys, key)) {
      issue(["reflections", index, "createdAt"], "this prompt has two answers at the same time");
    }
  });
}

export const EXPORT_FORMATS = ["json", "csv", "fhir"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export form: which format, and the password again. */
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Choose a format." }),
  password: currentPasswordSchema,
});

/** The import form's password (the file is checked by parseExportFile). */
export const importRequestSchema = z.object({ password: currentPasswordSchema });
