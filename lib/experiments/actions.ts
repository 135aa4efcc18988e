"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signedInFormAction } from "@/lib/form-action";
import { type FormState, formValues, requestIdOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { addDays } from "@/lib/time";
import { journalDateFor } from "@/lib/time-zone";
import {
  createExperiment,
  deleteExperiment,
  recordExperimentNight,
  stopExperiment,
} from "./mutations";
import {
  createExperimentSchema,
  experimentIdSchema,
  MAX_DAYS_AHEAD,
  recordNightSchema,
} from "./schema";

const NOT_FOUND = "That experiment was not found.";
const FIELDS = [
  "changeKind",
  "reliefItemId",
  "rule",
  "outcome",
  "blockDays",
  "pairs",
  "startDate",
] as const;
type ExperimentField = (typeof FIELDS)[number];

function revalidateExperiments() {
  revalidatePath("/experiments", "layout");
  revalidatePath("/tonight");
}

/**
 * Creates an experiment for the signed-in person (its block order drawn now, at random) and
 * opens it; a retried submit (same request id) creates one. Errors go back next to the fields
 * with everything typed.
 */
export async function createExperimentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<ExperimentField>> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: FIELDS,
    read: (form) => formValues(form, FIELDS),
    schema: createExperimentSchema,
    errors: {
      NOT_FOUND: { field: "reliefItemId", message: "Choose one of your relief items." },
      CONFLICT: {
        field: "startDate",
        message:
          "Another experiment still has nights left then. Start after it ends, or stop it first.",
      },
    },
    run: async ({ user, input, formData, refuse }) => {
      const today = journalDateFor(new Date(), user.timeZone);
      if (input.startDate < today) {
        return refuse({ field: "startDate", message: "The first night can't be in the past." });
      }
      if (input.startDate > addDays(today, MAX_DAYS_AHEAD)) {
        return refuse({ field: "startDate", message: `Start within ${MAX_DAYS_AHEAD} days.` });
      }
      const { id } = await createExperiment({
        userId: user.id,
        data: input,
        requestId: requestIdOf(formData),
      });
      revalidateExperiments();
      redirect(`/experiments/${id}`);
    },
  });
}

/**
 * One tap on Tonight: whether the change was done on that night. Tonight renders it as a plain
 * form (bound to an initial state), so it needs no client code.
 */
export async function recordExperimentNightAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id"), date: form.get("date"), isDone: form.get("isDone") }),
    schema: recordNightSchema,
    invalid: NOT_FOUND,
    run: async ({ user, input }) => {
      const isSaved = await recordExperimentNight({ userId: user.id, ...input });
      if (!isSaved) return { ok: false, message: NOT_FOUND };
      revalidateExperiments();
      return { ok: true, message: "Noted." };
    },
  });
}

/** Stops one of the signed-in person's experiments early, from tonight on. */
export async function stopExperimentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id") }),
    schema: experimentIdSchema,
    invalid: NOT_FOUND,
    run: async ({ user, input }) => {
      const today = journalDateFor(new Date(), user.timeZone);
      const isStopped = await stopExperiment({ userId: user.id, id: input.id, stoppedOn: today });
      if (!isStopped) return { ok: false, message: NOT_FOUND };
      revalidateExperiments();
      return { ok: true, message: "Stopped." };
    },
  });
}

/** Deletes one of the signed-in person's experiments and everything recorded for it. */
export async function deleteExperimentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id") }),
    schema: experimentIdSchema,
    invalid: NOT_FOUND,
    run: async ({ user, input }) => {
      const isDeleted = await deleteExperiment({ userId: user.id, id: input.id });
      if (!isDeleted) return { ok: false, message: NOT_FOUND };
      revalidateExperiments();
      redirect("/experiments");
    },
  });
}
