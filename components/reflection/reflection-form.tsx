"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { saveReflectionAction } from "@/lib/reflection/actions";

/** The answer to one prompt. Saving leads on to the (optional) breathing practice. */
export function ReflectionForm({
  promptKey,
  title,
  requestId,
}: {
  promptKey: string;
  title: string;
  /** Made by the server per page view: a retried submit stores one reflection. */
  requestId: string;
}) {
  const id = useId();
  const [state, action, isPending] = useActionState<FormState<"answer">, FormData>(
    saveReflectionAction,
    initialFormState,
  );
  const errors = state.fieldErrors?.answer;
  const answer = state.values?.answer ?? "";
  return (
    <form action={action} className="reflection-form">
      <input type="hidden" name="promptKey" value={promptKey} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="field">
        <label htmlFor={`${id}-answer`}>
          Your answer<span className="visually-hidden"> about {title}</span>
        </label>
        <span id={`${id}-hint`} className="hint">
          Only you can read it. A few words are enough.
        </span>
        <textarea
          id={`${id}-answer`}
          name="answer"
          key={answer}
          defaultValue={answer}
          rows={4}
          aria-describedby={errors ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={errors ? true : undefined}
        />
        {errors ? (
          <p id={`${id}-error`} className="field-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage message={state.message} isError={!state.ok} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save reflection"}
      </button>
    </form>
  );
}
