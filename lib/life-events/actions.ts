"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/forms";
import { getCurrentUser } from "@/lib/session";
import { calendarDateFor } from "@/lib/time";
import { createLifeEvent, deleteLifeEvent, updateLifeEvent, updateOnset } from "./mutations";
import { lifeEventIdSchema, lifeEventSchema, onsetSchema, updateLifeEventSchema } from "./schema";

const SESSION_ENDED = "Your session has ended. Sign in again; what you typed is still here.";
const NOT_YET = "That day hasn't happened yet.";
const DUPLICATE = "You already have an event with this title on this date.";
const GONE = "That event was already deleted.";

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

/** Saves when the signed-in person's pain and its current flare began (blank clears a date). */
export async function saveOnsetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"painBeganOn" | "flareBeganOn">> {
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
  await updateOnset({ userId: user.id, data: parsed.data });
  revalidateLifeEvents();
  return { ok: true, message: "Saved.", values };
}

/** Adds a life event for the signed-in person. */
export async function createLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  const values = formValues(formData, EVENT_FIELDS);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = lifeEventSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  if (isFuture(parsed.data.date, user.timeZone)) {
    return { ok: false, fieldErrors: { date: [NOT_YET] }, values };
  }
  try {
    await createLifeEvent({ userId: user.id, data: parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { title: [DUPLICATE] }, values };
    }
    throw error;
  }
  revalidateLifeEvents();
  return { ok: true, message: `Added “${parsed.data.title}”.` };
}

/** Changes one of the signed-in person's life events (someone else's id changes nothing). */
export async function updateLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  const values = formValues(formData, EVENT_FIELDS);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = updateLifeEventSchema.safeParse({ ...values, id: formData.get("id") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id, ...data } = parsed.data;
  if (isFuture(data.date, user.timeZone)) {
    return { ok: false, fieldErrors: { date: [NOT_YET] }, values };
  }
  let isUpdated: boolean;
  try {
    isUpdated = await updateLifeEvent({ userId: user.id, id, data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { title: [DUPLICATE] }, values };
    }
    throw error;
  }
  if (!isUpdated) return { ok: false, message: GONE, values };
  revalidateLifeEvents();
  return { ok: true, message: "Saved.", values };
}

/** Deletes one of the signed-in person's life events. */
export async function deleteLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  const parsed = lifeEventIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: GONE };
  const isDeleted = await deleteLifeEvent({ userId: user.id, id: parsed.data.id });
  revalidateLifeEvents();
  return isDeleted ? { ok: true, message: "Event deleted." } : { ok: false, message: GONE };
}
