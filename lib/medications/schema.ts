import { z } from "zod";
import { DOSE_MAX, MEDICATION_NAME_MAX, MEDICATION_UNITS } from "./types";

/** Shared by the medication forms and their actions, and by the check-in and quick-log schemas. */

const NAME_MESSAGE = "Type the medication's name.";
const DOSE_MESSAGE = `Enter the dose as a number above 0, like 400 or 2.5 (at most ${DOSE_MAX}).`;
const TIME_MESSAGE = "Enter the time you took it, like 08:30.";

const nameSchema = z
  .string({ error: NAME_MESSAGE })
  .max(MEDICATION_NAME_MAX * 4, { error: `Keep it under ${MEDICATION_NAME_MAX} characters.` })
  .transform((name) => name.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: NAME_MESSAGE })
      .max(MEDICATION_NAME_MAX, { error: `Keep it under ${MEDICATION_NAME_MAX} characters.` }),
  );

/** A dose typed as text: "400", "2.5" or "2,5"; up to 3 decimals; above 0. */
const doseTextSchema = z
  .string({ error: DOSE_MESSAGE })
  .max(20, { error: DOSE_MESSAGE })
  .transform((text, ctx) => {
    const trimmed = text.trim();
    const value = Number(trimmed.replace(",", "."));
    if (!/^\d{1,6}([.,]\d{1,3})?$/.test(trimmed) || !(value > 0) || value > DOSE_MAX) {
      ctx.addIssue({ code: "custom", message: DOSE_MESSAGE });
      return z.NEVER;
    }
    return value;
  });

/** The same, where a blank box means "no dose given". */
const optionalDoseTextSchema = z
  .string({ error: DOSE_MESSAGE })
  .transform((text) => (text.trim() === "" ? null : text))
  .pipe(doseTextSchema.nullable());

export const unitSchema = z.enum(MEDICATION_UNITS, { error: "Choose a unit from the list." });

/** Settings → Medications: add or change one. A blank usual dose means none. */
export const medicationSchema = z.object({
  name: nameSchema,
  usualDose: optionalDoseTextSchema,
  unit: unitSchema,
});
export type MedicationInput = z.output<typeof medicationSchema>;

export const medicationIdSchema = z.object({
  id: z.uuid({ error: "That medication was not found." }),
});
export const updateMedicationSchema = medicationSchema.extend(medicationIdSchema.shape);
export const archiveMedicationSchema = medicationIdSchema.extend({
  archive: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** "08:30": a wall-clock time on the person's clock. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * One dose in the check-in or the quick log, as the form holds it (text until valid). `name` is
 * only for showing the row; the server goes by `medicationId` (the person's own only).
 */
export const doseSchema = z.object({
  medicationId: z.uuid({ error: "Choose the medication again." }),
  name: z.string().max(MEDICATION_NAME_MAX * 4),
  dose: doseTextSchema,
  unit: unitSchema,
  time: z.string({ error: TIME_MESSAGE }).regex(TIME_PATTERN, { error: TIME_MESSAGE }),
  asNeeded: z.boolean(),
});
export type DoseDraft = z.input<typeof doseSchema>;
export type DoseData = z.output<typeof doseSchema>;

/** A quick log's dose: a blank time means "when I logged this". */
export const quickLogDoseSchema = doseSchema.extend({
  time: z
    .string({ error: TIME_MESSAGE })
    .refine((time) => time === "" || TIME_PATTERN.test(time), { error: TIME_MESSAGE }),
});
export type QuickLogDoseData = z.output<typeof quickLogDoseSchema>;
