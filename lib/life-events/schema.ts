import { z } from "zod";
import { journalDateSchema } from "@/lib/journal/form-fields/field-schemas";
import { LIFE_EVENT_CATEGORIES } from "./types";

export const TITLE_MAX = 120;
export const LIFE_EVENT_NOTE_MAX = 2000;

const titleSchema = z
  .string({ error: "Give the event a short title." })
  .transform((text) => text.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "Give the event a short title." })
      .max(TITLE_MAX, { error: `Keep the title under ${TITLE_MAX} characters.` }),
  );

/** Blank means no note. */
const noteSchema = z
  .string()
  .max(LIFE_EVENT_NOTE_MAX * 2, { error: `Keep the note under ${LIFE_EVENT_NOTE_MAX} characters.` })
  .optional()
  .transform((text) => text?.trim() || null)
  .pipe(
    z
      .string()
      .max(LIFE_EVENT_NOTE_MAX, { error: `Keep the note under ${LIFE_EVENT_NOTE_MAX} characters.` })
      .nullable(),
  );

export const lifeEventSchema = z.object({
  date: journalDateSchema,
  title: titleSchema,
  category: z.enum(LIFE_EVENT_CATEGORIES, { error: "Choose what kind of event it was." }),
  note: noteSchema,
});
export type LifeEventInput = z.infer<typeof lifeEventSchema>;

export const lifeEventIdSchema = z.object({ id: z.uuid({ error: "That event was not found." }) });

export const updateLifeEventSchema = lifeEventSchema.extend(lifeEventIdSchema.shape);

/** An optional date: a blank field clears it. */
const optionalDateSchema = z
  .string()
  .optional()
  .transform((text) => text?.trim() || null)
  .pipe(journalDateSchema.nullable());

export const onsetSchema = z
  .object({ painBeganOn: optionalDateSchema, flareBeganOn: optionalDateSchema })
  .refine(
    ({ painBeganOn, flareBeganOn }) =>
      painBeganOn === null || flareBeganOn === null || flareBeganOn >= painBeganOn,
    { error: "A flare of this pain can't begin before the pain itself.", path: ["flareBeganOn"] },
  );
export type OnsetInput = z.infer<typeof onsetSchema>;
