import type { z } from "zod";

/**
 * What every form action returns to useActionState (STYLE.md A3). Actions build it through
 * lib/form-action.ts, which also holds the messages forms share.
 */
export type FormState<Field extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Field, string[]>>;
  /** What the person typed (never passwords), to refill the form after an error. */
  values?: Partial<Record<Field, string>>;
  /** The saved record's version after a successful save: the next save edits it. */
  version?: number;
  /** The record changed elsewhere since the form opened: what is stored now, and its version. */
  conflict?: { version: number; current: Partial<Record<Field, string>> };
};

/**
 * The version a versioned form edits: the "keep mine" button of a conflict sends the version
 * stored now as `overwriteVersion`, every other submit the hidden `version` field. Null when
 * neither is a whole number.
 */
export function versionOf(formData: FormData): number | null {
  const raw = formData.get("overwriteVersion") ?? formData.get("version");
  if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
}

/** The client-made request id of a create form, or null when it is missing or not a UUID. */
export function requestIdOf(formData: FormData): string | null {
  const raw = formData.get("requestId");
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return typeof raw === "string" && uuid.test(raw) ? raw.toLowerCase() : null;
}

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
