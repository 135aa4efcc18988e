import { z } from "zod";
import { journalDateSchema } from "@/lib/journal/form-fields/field-schemas";
import { isIsoDate } from "@/lib/time";
import { BLOCK_DAY_CHOICES, MAX_NIGHTS, MIN_NIGHTS } from "./design/defaults";
import { EXPERIMENT_OUTCOMES } from "./design/outcome";
import { MAX_PAIRS } from "./design/randomisation-test";
import { RULE_MAX } from "./types";

/** How far ahead an experiment may be planned. */
export const MAX_DAYS_AHEAD = 30;

const ruleSchema = z
  .string()
  .optional()
  .transform((text) => (text ?? "").normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(z.string().max(RULE_MAX, { error: `Keep the rule under ${RULE_MAX} characters.` }));

const wholeNumber = (error: string) =>
  z
    .string({ error })
    .trim()
    .regex(/^\d{1,3}$/, { error })
    .transform(Number);

/**
 * The create form: a change (a relief item, or the person's own rule), the outcome, the length
 * in blocks, and the first night. Shared by the form and createExperimentAction.
 */
export const createExperimentSchema = z
  .object({
    changeKind: z.enum(["relief", "rule"], { error: "Choose what you will change." }),
    reliefItemId: z.string().optional(),
    rule: ruleSchema,
    outcome: z.enum(EXPERIMENT_OUTCOMES, { error: "Choose what to measure." }),
    blockDays: wholeNumber("Choose how many nights a block lasts.").pipe(
      z.number().refine((n) => (BLOCK_DAY_CHOICES as readonly number[]).includes(n), {
        error: "Choose how many nights a block lasts.",
      }),
    ),
    pairs: wholeNumber("Give the number of pairs of blocks as a whole number.").pipe(
      z
        .number()
        .min(2, { error: "At least 2 pairs (one on and one off block each)." })
        .max(MAX_PAIRS, { error: `At most ${MAX_PAIRS} pairs.` }),
    ),
    // May be ahead of today (checked against the person's own date in the action).
    startDate: z
      .string({ error: "Choose the first night." })
      .refine(isIsoDate, { error: "Choose the first night as a date." }),
  })
  .superRefine((value, context) => {
    if (value.changeKind === "relief" && !z.uuid().safeParse(value.reliefItemId).success) {
      context.addIssue({
        code: "custom",
        path: ["reliefItemId"],
        message: "Choose the relief item you will try.",
      });
    }
    if (value.changeKind === "rule" && value.rule.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["rule"],
        message: "Write your rule, e.g. “no screens after 10”.",
      });
    }
    const nights = value.blockDays * 2 * value.pairs;
    if (nights < MIN_NIGHTS || nights > MAX_NIGHTS) {
      context.addIssue({
        code: "custom",
        path: ["pairs"],
        message: `That is ${nights} nights; an experiment runs ${MIN_NIGHTS} to ${MAX_NIGHTS} nights (4 to 16 weeks).`,
      });
    }
  })
  .transform(({ changeKind, reliefItemId, rule, ...rest }) => ({
    ...rest,
    change:
      changeKind === "relief"
        ? ({ kind: "relief", reliefItemId: reliefItemId ?? "" } as const)
        : ({ kind: "rule", rule } as const),
  }));
export type CreateExperimentInput = z.infer<typeof createExperimentSchema>;

export const experimentIdSchema = z.object({ id: z.uuid() });

/** One tap on Tonight: whether the change was done on that night. */
export const recordNightSchema = z.object({
  id: z.uuid(),
  date: journalDateSchema,
  isDone: z.enum(["yes", "no"]).transform((answer) => answer === "yes"),
});
