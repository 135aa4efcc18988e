import type { z } from "zod";

/** What every form action returns to useActionState (STYLE.md A3). */
export type FormState<Field extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Field, string[]>>;
  /** What the person typed (never passwords), to refill the form after an error. */
  values?: Partial<Record<Field, string>>;
};

export const initialFormState: FormState = { ok: false };

/** The text fields of a form, for refilling it; password fields are left out on purpose. */
export function formValues<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

export function fieldErrorsOf<Field extends string>(
  error: z.ZodError,
): Partial<Record<Field, string[]>> {
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") as Field;
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
}

/**
 * The JSON a client form sends in one hidden field (for forms whose state is richer than flat
 * fields), or undefined when it is missing, too large or not JSON. Never throws.
 */
export function jsonPayloadOf(formData: FormData, field = "payload", maxLength = 200_000): unknown {
  const raw = formData.get(field);
  if (typeof raw !== "string" || raw.length > maxLength) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
