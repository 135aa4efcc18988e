"use server";

import { revalidatePath } from "next/cache";
import { changedElsewhere, FORM_MESSAGES, signedInFormAction } from "@/lib/form-action";
import { type FormState, formValues, requestIdOf, versionOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { calendarDateFor } from "@/lib/time-zone";
import { createLifeEvent, deleteLifeEvent, updateLifeEvent, updateOnset } from "./mutations";
import { lifeEventIdSchema, lifeEventSchema, onsetSchema, updateLifeEventSchema } from "./schema";

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

/**
 * Saves when the signed-in person's pain and its current flare began (blank clears a date),
 * unless they changed elsewhere since the form opened: then both go back to choose from.
 */
export async function saveOnsetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"painBeganOn" | "flareBeganOn">> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["painBeganOn", "flareBeganOn"],
    read: (form) => formValues(form, ["painBeganOn", "flareBeganOn"]),
    schema: onsetSchema,
    run: async ({ user, input, formData, values, refuse }) => {
      const { painBeganOn, flareBeganOn } = input;
      if (isFuture(painBeganOn, user.timeZone) || isFuture(flareBeganOn, user.timeZone)) {
        const fieldErrors = {
          ...(isFuture(painBeganOn, user.timeZone) ? { painBeganOn: [NOT_YET] } : {}),
          ...(isFuture(flareBeganOn, user.timeZone) ? { flareBeganOn: [NOT_YET] } : {}),
        };
        return { ok: false, fieldErrors, values };
      }
      const version = versionOf(formData);
      if (version === null) return refuse({ message: FORM_MESSAGES.reloadKept });
      const result = await updateOnset({ userId: user.id, data: input, version });
      if (result.status === "conflict") {
        const current = {
          painBeganOn: result.current.painBeganOn ?? "",
          flareBeganOn: result.current.flareBeganOn ?? "",
        };
        return {
          ok: false,
          message: changedElsewhere("This"),
          values,
          conflict: { version: result.version, current },
        };
      }
      revalidateLifeEvents();
      return { ok: true, message: "Saved.", values, version: result.version };
    },
  });
}

/** Adds a life event for the signed-in person; a retried submit (same request id) adds one. */
export async function createLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: EVENT_FIELDS,
    read: (form) => formValues(form, EVENT_FIELDS),
    schema: lifeEventSchema,
    errors: { CONFLICT: { field: "title", message: DUPLICATE } },
    run: async ({ user, input, formData, refuse }) => {
      if (isFuture(input.date, user.timeZone)) return refuse({ field: "date", message: NOT_YET });
      await createLifeEvent({ userId: user.id, data: input, requestId: requestIdOf(formData) });
      revalidateLifeEvents();
      return { ok: true, message: `Added “${input.title}”.` };
    },
  });
}

/**
 * Changes one of the signed-in person's life events (someone else's id changes nothing), unless
 * it changed elsewhere since the form opened: then both versions go back to choose from.
 */
export async function updateLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<EventField>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: EVENT_FIELDS,
    read: (form) => ({ ...formValues(form, EVENT_FIELDS), id: form.get("id") }),
    schema: updateLifeEventSchema,
    errors: { CONFLICT: { field: "title", message: DUPLICATE } },
    run: async ({ user, input, formData, values, refuse }) => {
      const { id, ...data } = input;
      if (isFuture(data.date, user.timeZone)) return refuse({ field: "date", message: NOT_YET });
      const version = versionOf(formData);
      if (version === null) return refuse({ message: FORM_MESSAGES.reloadKept });
      const result = await updateLifeEvent({ userId: user.id, id, version, data });
      if (result.status === "gone") return refuse({ message: GONE });
      if (result.status === "conflict") {
        const { current } = result;
        return {
          ok: false,
          message: changedElsewhere("This"),
          values,
          conflict: { version: result.version, current: { ...current, note: current.note ?? "" } },
        };
      }
      revalidateLifeEvents();
      return { ok: true, message: "Saved.", values, version: result.version };
    },
  });
}

/** Deletes one of the signed-in person's life events. */
export async function deleteLifeEventAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id") }),
    schema: lifeEventIdSchema,
    invalid: GONE,
    run: async ({ user, input }) => {
      const isDeleted = await deleteLifeEvent({ userId: user.id, id: input.id });
      revalidateLifeEvents();
      return isDeleted ? { ok: true, message: "Event deleted." } : { ok: false, message: GONE };
    },
  });
}
