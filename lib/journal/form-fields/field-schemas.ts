import { z } from "zod";
import { isIsoDate, PARTS_OF_DAY } from "@/lib/time";
import { latestPossibleDate } from "@/lib/time-zone";
import { EARLIEST_DATE } from "../vocabulary/limits";
import { BODY_AREAS, PAIN_QUALITIES } from "../vocabulary/terms";

/**
 * The journal's field rules, from which ../schema.ts builds its form schemas. Text fields stay
 * text until they are valid: nothing the person typed is lost, and `"" → 0` never happens.
 */

export const DATE_FORMAT = "Enter the date as year-month-day, e.g. 2026-11-24.";

/** A real calendar date, not before 1900 and not after today anywhere on Earth. */
export const journalDateSchema = z
  .string({ error: DATE_FORMAT })
  .refine(isIsoDate, { error: DATE_FORMAT, abort: true })
  .refine((date) => date >= EARLIEST_DATE, { error: "Choose a date after 1900.", abort: true })
  .refine((date) => date <= latestPossibleDate(), { error: "That day hasn't happened yet." });

export const scaleSchema = (what: string) =>
  z
    .number({ error: `Choose ${what} from 0 to 10.` })
    .int({ error: `Choose ${what} from 0 to 10.` })
    .min(0, { error: `Choose ${what} from 0 to 10.` })
    .max(10, { error: `Choose ${what} from 0 to 10.` });

/** Text typed into a number box: blank means "not given"; a comma works as a decimal point. */
export const numberTextSchema = ({
  min,
  max,
  decimals,
  message,
}: {
  min: number;
  max: number;
  decimals: number;
  message: string;
}) => {
  const pattern = decimals > 0 ? new RegExp(`^\\d{1,5}([.,]\\d{1,${decimals}})?$`) : /^\d{1,5}$/;
  return z
    .string({ error: message })
    .max(20, { error: message })
    .transform((text, ctx) => {
      const trimmed = text.trim();
      if (trimmed === "") return null;
      const value = Number(trimmed.replace(",", "."));
      if (!pattern.test(trimmed) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
};

/** Trimmed, inner runs of spaces collapsed, Unicode-normalised: "  my   manager " → "my manager". */
export function normaliseName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ");
}

export const nameSchema = (max: number, what: string) =>
  z
    .string({ error: `Type a name for the ${what}.` })
    .max(max * 4, { error: `Keep it under ${max} characters.` })
    .transform(normaliseName)
    .pipe(
      z
        .string()
        .min(1, { error: `Type a name for the ${what}.` })
        .max(max, { error: `Keep it under ${max} characters.` }),
    );

export const partOfDaySchema = z.enum(PARTS_OF_DAY, { error: "Choose a part of the day." });
export const bodyAreasSchema = z
  .array(z.enum(BODY_AREAS, { error: "Choose from the listed areas." }))
  .max(BODY_AREAS.length * 2)
  .transform((areas) => [...new Set(areas)]);
export const qualitiesSchema = z
  .array(z.enum(PAIN_QUALITIES, { error: "Choose from the listed qualities." }))
  .max(PAIN_QUALITIES.length * 2)
  .transform((qualities) => [...new Set(qualities)]);
