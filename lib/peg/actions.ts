"use server";

import { revalidatePath } from "next/cache";
import { type FormState, fieldErrorsOf, formValues, NOT_A_FORM } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time";
import { deletePegResponse, savePegResponse } from "./mutations";
import { pegIdSchema, pegSchema } from "./schema";
import { PEG_FIELDS } from "./wording";

const SESSION_ENDED = "Your session has ended. Sign in again; your answers are still here.";
const GONE = "That answer was already deleted.";

function revalidatePeg() {
  revalidatePath("/reflect", "layout");
}

/** Saves the signed-in person's weekly PEG for today (their journal date); replaces today's. */
export async function savePegAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<(typeof PEG_FIELDS)[number]>> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, PEG_FIELDS);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = pegSchema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Answer all three questions.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  await savePegResponse({
    userId: user.id,
    date: journalDateFor(new Date(), user.timeZone),
    answers: parsed.data,
  });
  revalidatePeg();
  return { ok: true, message: "Saved. Your score is in the table below.", values };
}

/** Deletes one of the signed-in person's PEGs. */
export async function deletePegAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = pegIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: GONE };
  const isDeleted = await deletePegResponse({ userId: user.id, id: parsed.data.id });
  revalidatePeg();
  return isDeleted ? { ok: true, message: "Deleted." } : { ok: false, message: GONE };
}
