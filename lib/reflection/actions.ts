"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changedElsewhere, FORM_MESSAGES, signedInFormAction } from "@/lib/form-action";
import { type FormState, formValues, requestIdOf, versionOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { getPromptsFor } from "./data";
import { createReflection, deleteReflection, updateReflection } from "./mutations";
import { promptTextOf } from "./prompts/rules";
import { reflectionIdSchema, saveReflectionSchema, updateReflectionSchema } from "./schema";

const GONE = "That reflection was already deleted.";
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
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["answer"],
    read: (form) => ({
      promptKey: form.get("promptKey"),
      answer: formValues(form, ["answer"]).answer,
    }),
    schema: saveReflectionSchema,
    run: async ({ user, input, formData, refuse }) => {
      const { prompts, weekStart } = await getPromptsFor({
        userId: user.id,
        timeZone: user.timeZone,
      });
      const prompt = prompts.find((candidate) => candidate.key === input.promptKey);
      if (!prompt) return refuse({ message: PROMPT_GONE });
      await createReflection({
        userId: user.id,
        requestId: requestIdOf(formData),
        promptKey: prompt.key,
        promptText: promptTextOf(prompt),
        evidence: prompt.evidence,
        answer: input.answer,
        weekStart,
      });
      revalidateReflections();
      redirect("/reflect/breathe?saved=1");
    },
  });
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
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["answer"],
    read: (form) => ({ id: form.get("id"), answer: formValues(form, ["answer"]).answer }),
    schema: updateReflectionSchema,
    run: async ({ user, input, formData, values, refuse }) => {
      const version = versionOf(formData);
      if (version === null) return refuse({ message: FORM_MESSAGES.reloadKept });
      const result = await updateReflection({ userId: user.id, ...input, version });
      if (result.status === "gone") return refuse({ message: GONE });
      if (result.status === "conflict") {
        return {
          ok: false,
          message: changedElsewhere("This answer"),
          values,
          conflict: { version: result.version, current: { answer: result.answer } },
        };
      }
      revalidateReflections();
      return { ok: true, message: "Saved.", values, version: result.version };
    },
  });
}

/** Deletes one of the signed-in person's reflections. */
export async function deleteReflectionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ id: form.get("id") }),
    schema: reflectionIdSchema,
    invalid: GONE,
    run: async ({ user, input }) => {
      const isDeleted = await deleteReflection({ userId: user.id, id: input.id });
      revalidateReflections();
      return isDeleted
        ? { ok: true, message: "Reflection deleted." }
        : { ok: false, message: GONE };
    },
  });
}
