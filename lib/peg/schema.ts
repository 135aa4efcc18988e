import { z } from "zod";

/** One answer 0–10 from a radio group: text until it is valid, so "" never becomes 0. */
const answerSchema = (message: string) =>
  z
    .string({ error: message })
    .regex(/^(?:10|\d)$/, { error: message })
    .transform(Number);

export const pegSchema = z.object({
  pain: answerSchema("Choose a number from 0 to 10 for your pain."),
  enjoyment: answerSchema("Choose a number from 0 to 10 for enjoyment of life."),
  activity: answerSchema("Choose a number from 0 to 10 for everyday activities."),
});
export type PegInput = z.infer<typeof pegSchema>;

export const pegIdSchema = z.object({ id: z.uuid({ error: "That answer was not found." }) });
