import { z } from "zod";

export const ANSWER_MAX = 4000;

const answerSchema = z
  .string({ error: "Write a few words before saving." })
  .max(ANSWER_MAX * 2, { error: `Keep it under ${ANSWER_MAX} characters.` })
  .transform((text) => text.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Write a few words before saving." })
      .max(ANSWER_MAX, { error: `Keep it under ${ANSWER_MAX} characters.` }),
  );

export const saveReflectionSchema = z.object({
  promptKey: z.string({ error: "Reload the page and try again." }).min(1).max(200),
  answer: answerSchema,
});

export const reflectionIdSchema = z.object({
  id: z.uuid({ error: "That reflection was not found." }),
});

export const updateReflectionSchema = reflectionIdSchema.extend({ answer: answerSchema });

/** The evidence saved with an answer, read back from JSON (anything unreadable is dropped). */
export const evidenceSnapshotSchema = z.array(
  z.object({
    comparisonKey: z.string(),
    sentence: z.string(),
    labelA: z.string(),
    labelB: z.string(),
    nA: z.number(),
    nB: z.number(),
    difference: z.number(),
    ciLow: z.number(),
    ciHigh: z.number(),
  }),
);
