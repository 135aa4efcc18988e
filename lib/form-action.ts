import "server-only";
import { cookies, headers } from "next/headers";
import type { z } from "zod";
import { clientKeyFrom } from "./client-key";
import { deviceCookieName } from "./device-cookie";
import { AppError, type AppErrorCode } from "./errors";
import { fieldErrorsOf, formValues } from "./forms";

/**
 * The answers every form shares, worded once for each situation. "Still here" is said only by
 * forms that keep what was typed: those that declare their `fields` (sent back as `values`) or
 * keep their own state (`keepsInput`).
 */
export const FORM_MESSAGES = {
  sessionEnded: "Your session has ended. Sign in again.",
  sessionEndedKept: "Your session has ended. Sign in again; what you typed is still here.",
  /** Not a form, or a part the page fills in itself is unreadable: only a reload helps. */
  unreadable: "This form could not be read. Reload the page and try again.",
  reloadKept: "Reload the page and try again; what you typed is still here.",
  rateLimited: "Too many attempts from here. Wait a while and try again.",
  commonPassword: "This password is too common and easy to guess. Try a few unrelated words.",
  wrongPassword: "That is not your password.",
  passwordChanged: "Password changed. Sign in with your new password.",
} as const;

/** The answer to a save made from a page older than the record (`what`: "This check-in"). */
export function changedElsewhere(what: string): string {
  return `${what} was changed in another tab or on another device since you opened it. Nothing was saved yet: compare and choose below.`;
}

/** An action called with something other than a form (only a hand-made request can do that). */
export const NOT_A_FORM = { ok: false, message: FORM_MESSAGES.unreadable } as const;

/** What every action returns, a FormState (./forms.ts) or a richer state built on it. */
type Answer = { ok: boolean };

type Values<Field extends string> = Partial<Record<Field, string>>;
type FieldErrors<Field extends string> = Partial<Record<Field, string[]>>;

/** An expected failure: a message under one field, or above the form when `field` is absent. */
export type FormProblem = { message: string; field?: string };

/** Expected failures thrown as AppError: the same words wherever they happen. */
const PROBLEMS: Partial<Record<AppErrorCode, FormProblem>> = {
  RATE_LIMITED: { message: FORM_MESSAGES.rateLimited },
  WRONG_PASSWORD: { field: "password", message: FORM_MESSAGES.wrongPassword },
};

type Refusal<Field extends string> = { fieldErrors: FieldErrors<Field>; values?: Values<Field> };

/** What a form action does, between the gate it passes and the state it returns. */
export type FormSpec<Input, Field extends string, State extends Answer, Context> = {
  /** The text fields sent back after any failure, so the form refills them (never passwords). */
  fields?: readonly Field[];
  /** The form keeps what was typed in its own state (a client form that sends JSON). */
  keepsInput?: boolean;
  /** Runs before the input is read, e.g. a limit that counts every attempt. May throw AppError. */
  before?: () => Promise<void>;
  /** What the schema parses: the form's fields by default. `undefined` means unreadable. */
  read?: (formData: FormData) => unknown;
  schema: z.ZodType<Input>;
  /**
   * The answer to input the schema refuses. By default the field errors (with the values); a
   * string answers with that message alone (for fields the page fills in, a person can't fix).
   */
  invalid?: string | ((refusal: Refusal<Field>) => NoInfer<State>);
  /** Answers to AppError codes thrown by `before` or `run`; other codes are rethrown. */
  errors?: Partial<Record<AppErrorCode, FormProblem>>;
  run: (
    context: Context & {
      input: Input;
      formData: FormData;
      values?: Values<Field>;
      /** A failed state for an expected problem, with the values to refill the form. */
      refuse: (problem: FormProblem) => NoInfer<State>;
    },
  ) => Promise<NoInfer<State>>;
};

/**
 * A failed state. The states actions return add only optional fields to FormState, so a bare
 * failure is one of them. Values go back only for forms that declare their fields.
 */
function failed<State>({
  message,
  fieldErrors,
  values,
}: {
  message?: string;
  fieldErrors?: Partial<Record<string, string[]>>;
  values?: Partial<Record<string, string>>;
}): State {
  const answer = {
    ok: false,
    ...(message !== undefined && { message }),
    ...(fieldErrors && { fieldErrors }),
    ...(values && { values }),
  };
  return answer as unknown as State;
}

function refusal<State>(
  problem: FormProblem,
  values: Partial<Record<string, string>> | undefined,
): State {
  return problem.field
    ? failed({ fieldErrors: { [problem.field]: [problem.message] }, values })
    : failed({ message: problem.message, values });
}

async function readAndRun<Input, Field extends string, State extends Answer, Context>(
  formData: FormData,
  spec: FormSpec<Input, Field, State, Context>,
  context: Context,
): Promise<State> {
  const values = spec.fields && formValues(formData, spec.fields);
  const refuse = (problem: FormProblem) => refusal<State>(problem, values);
  try {
    await spec.before?.();
    const raw = spec.read ? spec.read(formData) : Object.fromEntries(formData);
    if (raw === undefined) return refuse({ message: FORM_MESSAGES.unreadable });
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf<Field>(parsed.error);
      if (typeof spec.invalid === "string") return refuse({ message: spec.invalid });
      if (spec.invalid) return spec.invalid({ fieldErrors, ...(values && { values }) });
      return failed({ fieldErrors, values });
    }
    return await spec.run({ ...context, input: parsed.data, formData, values, refuse });
  } catch (error) {
    const problem: FormProblem | undefined =
      error instanceof AppError ? (spec.errors?.[error.code] ?? PROBLEMS[error.code]) : undefined;
    if (problem) return refusal(problem, values);
    throw error;
  }
}

/**
 * Every signed-in form action: the session first (`gate`, e.g. getCurrentUser), before the
 * arguments are even looked at; then the form guard (actions are public POST endpoints that a
 * hand-made request can call with anything); then the shared zod schema; then `run` with the
 * signed-in person and the parsed input. Expected failures come back as a FormState, never a
 * throw; unexpected ones are thrown on to error.tsx.
 */
export async function signedInFormAction<User, Input, Field extends string, State extends Answer>(
  gate: () => Promise<User | null>,
  formData: unknown,
  spec: FormSpec<Input, Field, State, { user: User }>,
): Promise<State> {
  const user = await gate();
  if (!user) {
    const form = formData instanceof FormData ? formData : null;
    const values = form && spec.fields ? formValues(form, spec.fields) : undefined;
    const isKept = values !== undefined || (form !== null && spec.keepsInput === true);
    const message = isKept ? FORM_MESSAGES.sessionEndedKept : FORM_MESSAGES.sessionEnded;
    return refusal<State>({ message }, values);
  }
  if (!(formData instanceof FormData)) return failed(NOT_A_FORM);
  return readAndRun(formData, spec, { user });
}

/** A form anyone may send (create an account, forgot password): the same steps but the gate. */
export async function publicFormAction<Input, Field extends string, State extends Answer>(
  formData: unknown,
  spec: FormSpec<Input, Field, State, object>,
): Promise<State> {
  if (!(formData instanceof FormData)) return failed(NOT_A_FORM);
  return readAndRun(formData, spec, {});
}

/** A signed-in action that takes no form (a button): the session, then `run`. */
export async function signedInAction<User, State extends Answer>(
  gate: () => Promise<User | null>,
  run: (context: { user: User }) => Promise<NoInfer<State>>,
): Promise<State> {
  const user = await gate();
  if (!user) return refusal<State>({ message: FORM_MESSAGES.sessionEnded }, undefined);
  return run({ user });
}

/**
 * Who is asking, for the sign-in limits that a password typed again counts toward: the client's
 * address and this browser's device cookie, if any.
 */
export async function requestIdentity(): Promise<{
  clientKey: string;
  deviceToken: string | null;
}> {
  return {
    clientKey: clientKeyFrom(await headers()),
    deviceToken: (await cookies()).get(deviceCookieName())?.value ?? null,
  };
}
