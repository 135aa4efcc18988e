import { z } from "zod";
import { isIsoDate } from "@/lib/time";

/** The field rules of the JSON export file (lib/export/schema.ts builds its records from them). */

// Generous limits: an import must accept whatever the journal lets people type.
const NAME_MAX = 500;
const TEXT_MAX = 100_000;

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(", ")}` });

export const localDate = z
  .string({ error: "expected a date written YYYY-MM-DD" })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

export const instant = z.iso.datetime({
  offset: true,
  error: "expected a date and time like 2026-03-01T08:30:00.000Z",
});

export const scale = (max: number) =>
  z
    .int({ error: `expected a whole number from 0 to ${max}` })
    .min(0)
    .max(max);

export const name = z
  .string({ error: "expected text" })
  .min(1, { error: "must not be empty" })
  .max(NAME_MAX, { error: `must be at most ${NAME_MAX} characters` });

export const text = z
  .string({ error: "expected text" })
  .max(TEXT_MAX, { error: `must be at most ${TEXT_MAX} characters` });

export const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: "expected a list" }).default([]);
