import { z } from "zod";
import { doseSchema, quickLogDoseSchema } from "@/lib/medications/schema";
import { MAX_DOSES, MAX_QUICK_LOG_DOSES } from "@/lib/medications/types";
import { isIsoDate, PARTS_OF_DAY } from "@/lib/time";
import {
  bodyAreasSchema,
  DATE_FORMAT,
  journalDateSchema,
  nameSchema,
  normaliseName,
  numberTextSchema,
  partOfDaySchema,
  qualitiesSchema,
  scaleSchema,
} from "./form-fields/field-schemas";
import {
  MAX_QUICK_LOG_TAGS,
  MAX_RELIEF,
  MAX_TAGS,
  NOTE_MAX,
  RELIEF_NAME_MAX,
  TAG_NAME_MAX,
} from "./vocabulary/limits";
import { RED_FLAGS } from "./vocabulary/red-flags";
import { HELPED, TAG_KINDS } from "./vocabulary/terms";

/**
 * Shared by the forms (checked before sending) and the actions (checked again on the server).
 * The input is the form's own state, so text fields stay text until they are valid: nothing the
 * person typed is lost, and `"" → 0` coercion never happens.
 */

/** One part of the day. `intensity: null` is "don't remember" (nothing is stored); 0 is "no pain". */
const partSchema = z.object({
  intensity: scaleSchema("how much it hurt").nullable(),
  areas: bodyAreasSchema,
  qualities: qualitiesSchema,
});

const tagSchema = z.object({
  kind: z.enum(TAG_KINDS, { error: "Choose person, context or feeling." }),
  name: nameSchema(TAG_NAME_MAX, "tag"),
  partOfDay: partOfDaySchema.nullable(),
});

const reliefSchema = z
  .object({
    /** A library or own item the person already has; null for a new item named below. */
    itemId: z.uuid({ error: "Choose the item again." }).nullable(),
    name: z
      .string()
      .max(RELIEF_NAME_MAX * 4)
      .transform(normaliseName),
    minutes: numberTextSchema({
      min: 0,
      max: 1440,
      decimals: 0,
      message: "Enter whole minutes from 0 to 1440, or leave it blank.",
    }),
    helped: z.enum(HELPED, { error: "Choose whether it helped." }).nullable(),
    partOfDay: partOfDaySchema.nullable(),
  })
  .superRefine((relief, ctx) => {
    if (relief.itemId) return;
    if (relief.name === "") {
      ctx.addIssue({ code: "custom", path: ["name"], message: "Type what you did." });
    } else if ([...relief.name].length > RELIEF_NAME_MAX) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: `Keep it under ${RELIEF_NAME_MAX} characters.`,
      });
    }
  });

/** One person, place or feeling: names match in any case. */
export const tagKey = (tag: { kind: string; name: string }) =>
  `${tag.kind}:${tag.name.toLowerCase()}`;

/**
 * The version of a record the client edited, for saves that must not overwrite a newer one:
 * null when it believed there was none yet.
 */
export const baseVersionSchema = z
  .number({ error: "Reload the page and try again." })
  .int()
  .min(0)
  .max(2_147_483_647)
  .nullable();

/** Made by the client once per save, so a retried save is applied once. */
export const requestIdSchema = z.uuid({ error: "Reload the page and try again." });

export const checkInSchema = z
  .object({
    date: journalDateSchema,
    requestId: requestIdSchema.nullable().optional(),
    /**
     * The version of the check-in being edited (at replacesDate, or else at date), null for a
     * new one. Left out, the save replaces whatever is there (scripts and benchmarks do that).
     */
    baseVersion: baseVersionSchema.optional(),
    /** The date this check-in was opened for, when saving should move it from there. */
    replacesDate: z
      .string()
      .refine(isIsoDate, { error: DATE_FORMAT })
      .nullable()
      .optional()
      .transform((date) => date ?? null),
    parts: z.object({
      MORNING: partSchema,
      AFTERNOON: partSchema,
      EVENING: partSchema,
      NIGHT: partSchema,
    }),
    stress: scaleSchema("a stress level").nullable(),
    sleepQuality: scaleSchema("how well you slept").nullable(),
    sittingHours: numberTextSchema({
      min: 0,
      max: 24,
      decimals: 2,
      message: "Enter hours from 0 to 24, like 6 or 7.5, or leave it blank.",
    }),
    // Optional in the payload: a save kept on a phone before this field existed still goes in.
    sleepHours: numberTextSchema({
      min: 0,
      max: 24,
      decimals: 2,
      message: "Enter the hours you slept, from 0 to 24, like 6 or 7.5, or leave it blank.",
    })
      .optional()
      .transform((hours) => hours ?? null),
    note: z
      .string({ error: "The note could not be read." })
      .max(NOTE_MAX, { error: `Keep the note under ${NOTE_MAX} characters.` })
      .transform((note) => (note.trim() === "" ? null : note.trim())),
    redFlags: z
      .array(z.enum(RED_FLAGS, { error: "Tick only the listed symptoms." }))
      .max(RED_FLAGS.length * 2)
      .transform((flags) => RED_FLAGS.filter((flag) => flags.includes(flag))),
    tags: z.array(tagSchema).max(MAX_TAGS, { error: `Use at most ${MAX_TAGS} tags a day.` }),
    relief: z
      .array(reliefSchema)
      .max(MAX_RELIEF, { error: `List at most ${MAX_RELIEF} things a day.` }),
    /** Left out by forms (and saves kept offline) from before medications: none taken. */
    medications: z
      .array(doseSchema)
      .max(MAX_DOSES, { error: `List at most ${MAX_DOSES} doses a day.` })
      .optional()
      .transform((doses) => doses ?? []),
  })
  .transform((input) => ({
    date: input.date,
    replacesDate: input.replacesDate === input.date ? null : input.replacesDate,
    requestId: input.requestId ?? null,
    baseVersion: input.baseVersion,
    // Only parts with a rating are stored; "where" and "what it felt like" only for parts that hurt.
    painEntries: PARTS_OF_DAY.flatMap((partOfDay) => {
      const part = input.parts[partOfDay];
      if (part.intensity === null) return [];
      const hurt = part.intensity > 0;
      return [
        {
          partOfDay,
          intensity: part.intensity,
          areas: hurt ? part.areas : [],
          qualities: hurt ? part.qualities : [],
        },
      ];
    }),
    stress: input.stress,
    sleepQuality: input.sleepQuality,
    sleepHours: input.sleepHours,
    sittingHours: input.sittingHours,
    note: input.note,
    redFlags: input.redFlags,
    tags: uniqueBy(input.tags, (tag) => `${tagKey(tag)}:${tag.partOfDay ?? "DAY"}`),
    relief: uniqueBy(input.relief, (relief) => relief.itemId ?? `new:${relief.name.toLowerCase()}`),
    // The same medication may be taken twice a day (morning and evening): each dose is kept.
    medications: input.medications,
  }));

/** The check-in form's state: what the person typed, before validation. */
export type CheckInDraft = z.input<typeof checkInSchema>;
/** A valid check-in, ready to store. */
export type CheckInData = z.output<typeof checkInSchema>;
export type CheckInTag = CheckInData["tags"][number];
export type CheckInRelief = CheckInData["relief"][number];
export type CheckInDose = CheckInData["medications"][number];

export const quickLogSchema = z.object({
  /** Made by the form once per log, so a retried submit stores it once. */
  requestId: z.uuid({ error: "Reload the page and try again." }),
  /**
   * When it was logged, for a log kept on the phone while offline and sent later; the server's
   * clock otherwise. The server trusts it up to a week back and never in the future.
   */
  loggedAt: z.iso.datetime({ offset: true, error: "Reload the page and try again." }).optional(),
  intensity: scaleSchema("how much it hurts"),
  areas: bodyAreasSchema,
  tags: z
    .array(tagSchema.omit({ partOfDay: true }))
    .max(MAX_QUICK_LOG_TAGS, { error: `Use at most ${MAX_QUICK_LOG_TAGS} tags.` })
    .transform((tags) => uniqueBy(tags, tagKey)),
  medications: z
    .array(quickLogDoseSchema)
    .max(MAX_QUICK_LOG_DOSES, { error: `List at most ${MAX_QUICK_LOG_DOSES} doses.` })
    .optional()
    .transform((doses) => doses ?? []),
});
export type QuickLogDraft = z.input<typeof quickLogSchema>;
export type QuickLogData = z.output<typeof quickLogSchema>;

const optionalDate = z.string().refine(isIsoDate).optional().catch(undefined);

/** The journal page's filters from the URL; anything unreadable is ignored rather than an error. */
export const journalFiltersSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  tag: z.uuid().optional().catch(undefined),
  /** Paging: show days before this date. */
  before: optionalDate,
});
export type JournalFilters = z.output<typeof journalFiltersSchema>;

/** "Delete all entries" needs the word typed, so a stray tap cannot empty the journal. */
export const clearJournalSchema = z.object({
  confirm: z
    .string({ error: "Type delete to confirm." })
    .trim()
    .toLowerCase()
    .pipe(z.literal("delete", { error: "Type delete to confirm." })),
});

export const deleteDaySchema = z.object({ date: journalDateSchema });
export const deleteQuickLogSchema = z.object({ id: z.uuid({ error: "Entry not found." }) });

/** The items in order, each key once (the first one kept). */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
