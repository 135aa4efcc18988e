"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { type FormState, fieldErrorsOf, formValues, NOT_A_FORM, requestIdOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { addDays, journalDateFor } from "@/lib/time";
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

const SESSION_ENDED = "Your session has ended. Sign in again; what you typed is still here.";
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
  const user = await getCurrentUser();
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, FIELDS);
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = createExperimentSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const today = journalDateFor(new Date(), user.timeZone);
  if (parsed.data.startDate < today) {
    return {
      ok: false,
      fieldErrors: { startDate: ["The first night can't be in the past."] },
      values,
    };
  }
  if (parsed.data.startDate > addDays(today, MAX_DAYS_AHEAD)) {
    return {
      ok: false,
      fieldErrors: { startDate: [`Start within ${MAX_DAYS_AHEAD} days.`] },
      values,
    };
  }
  let id: string;
  try {
    ({ id } = await createExperiment({
      userId: user.id,
      data: parsed.data,
      requestId: requestIdOf(formData),
    }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return {
        ok: false,
        fieldErrors: { reliefItemId: ["Choose one of your relief items."] },
        values,
      };
    }
    if (error instanceof AppError && error.code === "CONFLICT") {
      return {
        ok: false,
        fieldErrors: {
          startDate: [
            "Another experiment still has nights left then. Start after it ends, or stop it first.",
          ],
        },
        values,
      };
    }
    throw error;
  }
  revalidateExperiments();
  redirect(`/experiments/${id}`);
}

/**
 * One tap on Tonight: whether the change was done on that night. Tonight renders it as a plain
 * form (bound to an initial state), so it needs no client code.
 */
export async function recordExperimentNightAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = recordNightSchema.safeParse({
    id: formData.get("id"),
    date: formData.get("date"),
    isDone: formData.get("isDone"),
  });
  if (!parsed.success) return { ok: false, message: NOT_FOUND };
  const isSaved = await recordExperimentNight({ userId: user.id, ...parsed.data });
  if (!isSaved) return { ok: false, message: NOT_FOUND };
  revalidateExperiments();
  return { ok: true, message: "Noted." };
}

/** Stops one of the signed-in person's experiments early, from tonight on. */
export async function stopExperimentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = experimentIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: NOT_FOUND };
  const today = journalDateFor(new Date(), user.timeZone);
  const isStopped = await stopExperiment({ userId: user.id, id: parsed.data.id, stoppedOn: today });
  if (!isStopped) return { ok: false, message: NOT_FOUND };
  revalidateExperiments();
  return { ok: true, message: "Stopped." };
}

/** Deletes one of the signed-in person's experiments and everything recorded for it. */
export async function deleteExperimentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = experimentIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: NOT_FOUND };
  const isDeleted = await deleteExperiment({ userId: user.id, id: parsed.data.id });
  if (!isDeleted) return { ok: false, message: NOT_FOUND };
  revalidateExperiments();
  redirect("/experiments");
}
