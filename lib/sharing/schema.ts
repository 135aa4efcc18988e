import { z } from "zod";
import { addDays, isIsoDate } from "@/lib/time";

export const DEFAULT_EXPIRY_DAYS = 14;
export const MAX_EXPIRY_DAYS = 90;
export const MAX_PERIOD_DAYS = 366 * 3;

const DATE_ERROR = "Enter a date as YYYY-MM-DD.";
const dateSchema = z.string({ error: DATE_ERROR }).refine(isIsoDate, { error: DATE_ERROR });
const checkbox = z
  .union([z.literal("on"), z.literal("1"), z.literal("true"), z.literal("")], {
    // Only a hand-edited address gets here (a form sends "on" or nothing).
    error: "A box in the address was neither ticked nor unticked.",
  })
  .optional()
  .transform((value) => value === "on" || value === "1" || value === "true");

function bothDates({ from, to }: { from: string; to: string }): boolean {
  return isIsoDate(from) && isIsoDate(to);
}

/** What the person chooses to show: the period and the private parts to include. */
export const summaryOptionsSchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    includeNotes: checkbox,
    includeReflections: checkbox,
    includeExperiments: checkbox,
    showNames: checkbox,
    includeMedications: checkbox,
  })
  .refine((options) => options.from <= options.to, {
    path: ["to"],
    error: "The end date must be on or after the start date.",
  })
  // Object checks run even when a date above failed its own check: compare real dates only.
  .refine(
    (options) => !bothDates(options) || options.to <= addDays(options.from, MAX_PERIOD_DAYS),
    {
      path: ["from"],
      error: "Choose a period of at most three years.",
    },
  );

export type SummaryOptions = z.infer<typeof summaryOptionsSchema>;

export const createShareSchema = z.intersection(
  summaryOptionsSchema,
  z.object({
    expiresInDays: z.coerce
      .number({ error: `Choose from 1 to ${MAX_EXPIRY_DAYS} days.` })
      .int({ error: "Choose a whole number of days." })
      .min(1, { error: "A link lasts at least 1 day." })
      .max(MAX_EXPIRY_DAYS, { error: `A link lasts at most ${MAX_EXPIRY_DAYS} days.` }),
    mode: z.enum(["SNAPSHOT", "LIVE"], { error: "Choose a frozen copy or the live period." }),
    label: z
      .string()
      .trim()
      .max(80, { error: "Keep the label under 80 characters." })
      .optional()
      .transform((label) => label || null),
  }),
);

export type CreateShareInput = z.infer<typeof createShareSchema>;

export const shareIdSchema = z.object({ id: z.uuid({ error: "That link was not found." }) });
