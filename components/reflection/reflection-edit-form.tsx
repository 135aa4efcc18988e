"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { updateReflectionAction } from "@/lib/reflection/actions";

/** Changes the answer of a saved reflection; the prompt and its evidence stay as they were. */
export function ReflectionEditForm({ id, answer }: { id: string; answer: string }) {
  const fieldId = useId();
  const [state, action, isPending] = useActionState<FormState<"answer">, FormData>(
    updateReflectionAction,
    initialFormState,
  );
  const errors = state.fieldErrors?.answer;
  const value = state.values?.answer ?? answer;
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={fieldId}>Your answer</label>
        <textarea
          id={fieldId}
          name="answer"
          rows={5}
          key={value}
          defaultValue={value}
          aria-describedby={errors ? `${fieldId}-error` : undefined}
          aria-invalid={errors ? true : undefined}
        />
        {errors ? (
          <p id={`${fieldId}-error`} className="field-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
