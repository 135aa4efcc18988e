"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import {
  type FormState,
  fieldErrorsOf,
  formValues,
  NOT_A_FORM,
  requestIdOf,
  versionOf,
} from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { calendarDateFor } from "@/lib/time";
import { createLifeEvent, deleteLifeEvent, updateLifeEvent, updateOnset } from "./mutations";
import { lifeEventIdSchema, lifeEventSchema, onsetSchema, updateLifeEventSchema } from "./schema";

const SESSION_ENDED = "Your session has ended. Sign in again; what you typed is still here.";
const NOT_YET = "That day hasn't happened yet.";
const DUPLICATE = "You already have an event with this title on this date.";
const GONE = "That event was already deleted.";
const CHANGED_ELSEWHERE =
  "This was changed in another tab or on another device since you opened it. Nothing was saved yet: compare and choose below.";
const RELOAD = "Reload the page and try again; what you typed is still here.";

type EventField = "date" | "title" | "category" | "note";
const EVENT_FIELDS = ["date", "title", "category", "note"] as const;

// Life events show on the Reflect pages and on the Patterns trend chart.
function revalidateLifeEvents() {
  revalidatePath("/reflect", "layout");
  revalidatePath("/patterns", "layout");
}

/** True when the date is later than today in the person's own zone. */
function isFuture(date: string | null, timeZone: string): boolean {
  return date !== null && date > calendarDateFor(new Date(), timeZone);
}

/**
 * Saves when the signed-in person's pain and its current flare began (blank clears a date),
 * unless they changed elsewhere since the form opened: then both go back to choose from.
 */
export async function saveOnsetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"painBeganOn" | "flareBeganOn">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["painBeganOn", "flareBeganOn"] as const);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = onsetSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { painBeganOn, flareBeganOn } = parsed.data;
  if (isFuture(painBeganOn, user.timeZone) || isFuture(flareBeganOn, user.timeZone)) {
    const fieldErrors = {
      ...(isFuture(painBeganOn, user.timeZone) ? { painBeganOn: [NOT_YET] } : {}),
      ...(isFuture(flareBeganOn, user.timeZone) ? { flareBeganOn: [NOT_YET] } : {}),
    };
    return { ok: false, fieldErrors, values };
  }
  const version = versionOf(formData);
  if (version === null) return { ok: false, message: RELOAD, values };
  const result = await updateOnset({ userId: user.id, data: parsed.data, version });
  if (result.status === "conflict") {
    const current = {
      painBeganOn: result.current.painBeganOn ?? "",
      flareBeganOn: result.current.flareBeganOn ?? "",
    };
    return {
      ok: false,
      message: CHANGED_ELSEWHERE,
      values,
      conflict: { version: result.version, current },
    };
  }
  revalidateLifeEvents();
  return { ok: true, message: "Saved.", values, version: result.version };
}

/** Adds a life event for the signed-in person; a retried submit (same request id) adds one. */
export async function createLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, EVENT_FIELDS);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = lifeEventSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  if (isFuture(parsed.data.date, user.timeZone)) {
    return { ok: false, fieldErrors: { date: [NOT_YET] }, values };
  }
  try {
    await createLifeEvent({ userId: user.id, data: parsed.data, requestId: requestIdOf(formData) });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { title: [DUPLICATE] }, values };
    }
    throw error;
  }
  revalidateLifeEvents();
  return { ok: true, message: `Added “${parsed.data.title}”.` };
}

/**
 * Changes one of the signed-in person's life events (someone else's id changes nothing), unless
 * it changed elsewhere since the form opened: then both versions go back to choose from.
 */
export async function updateLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, EVENT_FIELDS);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = updateLifeEventSchema.safeParse({ ...values, id: formData.get("id") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id, ...data } = parsed.data;
  if (isFuture(data.date, user.timeZone)) {
    return { ok: false, fieldErrors: { date: [NOT_YET] }, values };
  }
  const version = versionOf(formData);
  if (version === null) return { ok: false, message: RELOAD, values };
  let result: Awaited<ReturnType<typeof updateLifeEvent>>;
  try {
    result = await updateLifeEvent({ userId: user.id, id, version, data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { title: [DUPLICATE] }, values };
    }
    throw error;
  }
  if (result.status === "gone") return { ok: false, message: GONE, values };
  if (result.status === "conflict") {
    const { current } = result;
    return {
      ok: false,
      message: CHANGED_ELSEWHERE,
      values,
      conflict: { version: result.version, current: { ...current, note: current.note ?? "" } },
    };
  }
  revalidateLifeEvents();
  return { ok: true, message: "Saved.", values, version: result.version };
}

/** Deletes one of the signed-in person's life events. */
export async function deleteLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = lifeEventIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: GONE };
  const isDeleted = await deleteLifeEvent({ userId: user.id, id: parsed.data.id });
  revalidateLifeEvents();
  return isDeleted ? { ok: true, message: "Event deleted." } : { ok: false, message: GONE };
}
