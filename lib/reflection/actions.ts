"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  type FormState,
  fieldErrorsOf,
  formValues,
  NOT_A_FORM,
  requestIdOf,
  versionOf,
} from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { getPromptsFor } from "./context";
import { createReflection, deleteReflection, updateReflection } from "./mutations";
import { promptTextOf } from "./rules";
import { reflectionIdSchema, saveReflectionSchema, updateReflectionSchema } from "./schema";

const SESSION_ENDED = "Your session has ended. Sign in again; what you wrote is still here.";
const GONE = "That reflection was already deleted.";
const RELOAD = "Reload the page and try again; what you wrote is still here.";
const CHANGED_ELSEWHERE =
  "This answer was changed in another tab or on another device since you opened it. Nothing was saved yet: compare and choose below.";
const PROMPT_GONE =
  "Your patterns have changed since this page opened, and this question is no longer asked. " +
  "Copy your answer, reload the page, and save it under another question.";

function revalidateReflections() {
  revalidatePath("/reflect", "layout");
}

/**
 * Saves the signed-in person's answer to one of their current prompts, with the prompt's text
 * and evidence as they stand now (worked out again here, never taken from the form). Redirects
 * to the breathing practice on success.
 */
export async function saveReflectionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"answer">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["answer"] as const);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = saveReflectionSchema.safeParse({
    promptKey: formData.get("promptKey"),
    answer: values.answer,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { prompts, weekStart } = await getPromptsFor({ userId: user.id, timeZone: user.timeZone });
  const prompt = prompts.find((candidate) => candidate.key === parsed.data.promptKey);
  if (!prompt) return { ok: false, message: PROMPT_GONE, values };
  await createReflection({
    userId: user.id,
    requestId: requestIdOf(formData),
    promptKey: prompt.key,
    promptText: promptTextOf(prompt),
    evidence: prompt.evidence,
    answer: parsed.data.answer,
    weekStart,
  });
  revalidateReflections();
  redirect("/reflect/breathe?saved=1");
}

/**
 * Changes the answer of one of the signed-in person's reflections, unless it changed elsewhere
 * since the form opened (the form's `version`): then both answers go back for the person to
 * choose.
 */
export async function updateReflectionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"answer">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["answer"] as const);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED, values };
  const parsed = updateReflectionSchema.safeParse({
    id: formData.get("id"),
    answer: values.answer,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const version = versionOf(formData);
  if (version === null) return { ok: false, message: RELOAD, values };
  const result = await updateReflection({ userId: user.id, ...parsed.data, version });
  if (result.status === "gone") return { ok: false, message: GONE, values };
  if (result.status === "conflict") {
    return {
      ok: false,
      message: CHANGED_ELSEWHERE,
      values,
      conflict: { version: result.version, current: { answer: result.answer } },
    };
  }
  revalidateReflections();
  return { ok: true, message: "Saved.", values, version: result.version };
}

/** Deletes one of the signed-in person's reflections. */
export async function deleteReflectionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = reflectionIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: GONE };
  const isDeleted = await deleteReflection({ userId: user.id, id: parsed.data.id });
  revalidateReflections();
  return isDeleted ? { ok: true, message: "Reflection deleted." } : { ok: false, message: GONE };
}
