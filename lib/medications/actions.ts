"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { type FormState, fieldErrorsOf, formValues, NOT_A_FORM, requestIdOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { createMedication, setMedicationArchived, updateMedication } from "./mutations";
import { archiveMedicationSchema, medicationSchema, updateMedicationSchema } from "./schema";

const SESSION_ENDED = "Your session has ended. Sign in again; what you typed is still here.";
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
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, MEDICATION_FIELDS);
  const parsed = medicationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await createMedication({
      userId: user.id,
      data: parsed.data,
      requestId: requestIdOf(formData),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { name: [DUPLICATE] }, values };
    }
    throw error;
  }
  revalidateMedications();
  return { ok: true, message: `Added ${parsed.data.name}.` };
}

/** Changes one of the signed-in person's medications (someone else's id changes nothing). */
export async function updateMedicationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<MedicationField>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, MEDICATION_FIELDS);
  const parsed = updateMedicationSchema.safeParse({ ...values, id: formData.get("id") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id, ...data } = parsed.data;
  let isSaved: boolean;
  try {
    isSaved = await updateMedication({ userId: user.id, id, data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, fieldErrors: { name: [DUPLICATE] }, values };
    }
    throw error;
  }
  if (!isSaved) return { ok: false, message: GONE, values };
  revalidateMedications();
  return { ok: true, message: "Saved.", values };
}

/** Archives one of the signed-in person's medications, or brings it back (`archive=false`). */
export async function archiveMedicationAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = archiveMedicationSchema.safeParse({
    id: formData.get("id"),
    archive: formData.get("archive"),
  });
  if (!parsed.success) return { ok: false, message: GONE };
  const isArchived = parsed.data.archive;
  const isDone = await setMedicationArchived({ userId: user.id, id: parsed.data.id, isArchived });
  if (!isDone) return { ok: false, message: GONE };
  revalidateMedications();
  return { ok: true, message: isArchived ? "Archived." : "Back in your list." };
}
