"use server";

import { revalidatePath } from "next/cache";
import { signedInFormAction } from "@/lib/form-action";
import { type FormState, formValues } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time-zone";
import { deletePegResponse, savePegResponse } from "./mutations";
import { PEG_FIELDS } from "./questionnaire/wording";
import { pegIdSchema, pegSchema } from "./schema";

const GONE = "That answer was already deleted.";

function revalidatePeg() {
  revalidatePath("/reflect", "layout");
}

/** Saves the signed-in person's weekly PEG for today (their journal date); replaces today's. */
export async function savePegAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<(typeof PEG_FIELDS)[number]>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: PEG_FIELDS,
    read: (form) => formValues(form, PEG_FIELDS),
    schema: pegSchema,
    invalid: ({ fieldErrors, values }) => ({
      ok: false,
      message: "Answer all three questions.",
      fieldErrors,
      values,
    }),
    run: async ({ user, input, values }) => {
      await savePegResponse({
        userId: user.id,
        date: journalDateFor(new Date(), user.timeZone),
        answers: input,
      });
      revalidatePeg();
      return { ok: true, message: "Saved. Your score is in the table below.", values };
    },
  });
}

/** Deletes one of the signed-in person's PEGs. */
export async function deletePegAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id") }),
    schema: pegIdSchema,
    invalid: GONE,
    run: async ({ user, input }) => {
      const isDeleted = await deletePegResponse({ userId: user.id, id: input.id });
      revalidatePeg();
      return isDeleted ? { ok: true, message: "Deleted." } : { ok: false, message: GONE };
    },
  });
}
