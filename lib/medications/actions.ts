"use server";

import { revalidatePath } from "next/cache";
import { signedInFormAction } from "@/lib/form-action";
import { type FormState, formValues, requestIdOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { createMedication, setMedicationArchived, updateMedication } from "./mutations";
import { archiveMedicationSchema, medicationSchema, updateMedicationSchema } from "./schema";

const DUPLICATE = "Your list already has a medication with this name (archived ones included).";
const GONE = "That medication was not found. Reload the page.";

type MedicationField = "name" | "usualDose" | "unit";
const MEDICATION_FIELDS = ["name", "usualDose", "unit"] as const;

// The list is offered in Settings, in the check-in (Tonight) and in the quick log.
function revalidateMedications() {
  revalidatePath("/", "layout");
}

/** Adds a medication to the signed-in person's list; a retried submit (same request id) adds one. */
export async function createMedicationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<MedicationField>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: MEDICATION_FIELDS,
    read: (form) => formValues(form, MEDICATION_FIELDS),
    schema: medicationSchema,
    errors: { CONFLICT: { field: "name", message: DUPLICATE } },
    run: async ({ user, input, formData }) => {
      await createMedication({ userId: user.id, data: input, requestId: requestIdOf(formData) });
      revalidateMedications();
      return { ok: true, message: `Added ${input.name}.` };
    },
  });
}

/** Changes one of the signed-in person's medications (someone else's id changes nothing). */
export async function updateMedicationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<MedicationField>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: MEDICATION_FIELDS,
    read: (form) => ({ ...formValues(form, MEDICATION_FIELDS), id: form.get("id") }),
    schema: updateMedicationSchema,
    errors: { CONFLICT: { field: "name", message: DUPLICATE } },
    run: async ({ user, input, values, refuse }) => {
      const { id, ...data } = input;
      const isSaved = await updateMedication({ userId: user.id, id, data });
      if (!isSaved) return refuse({ message: GONE });
      revalidateMedications();
      return { ok: true, message: "Saved.", values };
    },
  });
}

/** Archives one of the signed-in person's medications, or brings it back (`archive=false`). */
export async function archiveMedicationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id"), archive: form.get("archive") }),
    schema: archiveMedicationSchema,
    invalid: GONE,
    run: async ({ user, input }) => {
      const isArchived = input.archive;
      const isDone = await setMedicationArchived({ userId: user.id, id: input.id, isArchived });
      if (!isDone) return { ok: false, message: GONE };
      revalidateMedications();
      return { ok: true, message: isArchived ? "Archived." : "Back in your list." };
    },
  });
}
