"use client";

import { useActionState, useId } from "react";
import { VersionedFormFooter } from "@/components/ui/conflict-choice";
import { FormMessage } from "@/components/ui/form-message";
import { useVersionedForm } from "@/components/ui/use-versioned-form";
import { type FormState, initialFormState } from "@/lib/forms";
import { saveReflectionAction, updateReflectionAction } from "@/lib/reflection/actions";

type ReflectionFormProps =
  | {
      /** A new answer to one prompt; saving leads on to the (optional) breathing practice. */
      mode: "new";
      promptKey: string;
      title: string;
      /** Made by the server per page view: a retried submit stores one reflection. */
      requestId: string;
    }
  | {
      /**
       * The answer of a saved reflection (the prompt and its evidence stay as they were). An
       * answer changed elsewhere meanwhile is shown beside this one, and the person chooses.
       */
      mode: "edit";
      id: string;
      answer: string;
      version: number;
    };

/** The answer to a reflection prompt: a new one, or a change to a saved one. */
export function ReflectionForm(props: ReflectionFormProps) {
  const fieldId = useId();
  const isNew = props.mode === "new";
  const [state, action, isPending] = useActionState<FormState<"answer">, FormData>(
    isNew ? saveReflectionAction : updateReflectionAction,
    initialFormState,
  );
  const form = useVersionedForm(state, isNew ? 0 : props.version);
  const errors = state.fieldErrors?.answer;
  const value = form.values?.answer ?? (isNew ? "" : props.answer);
  const hintId = isNew ? `${fieldId}-hint` : undefined;
  const errorId = errors ? `${fieldId}-error` : undefined;
  return (
    <form action={action} className={isNew ? "reflection-form" : undefined}>
      {isNew ? (
        <>
          <input type="hidden" name="promptKey" value={props.promptKey} />
          <input type="hidden" name="requestId" value={props.requestId} />
        </>
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={form.version} />
        </>
      )}
      <div className="field">
        <label htmlFor={fieldId}>
          Your answer
          {isNew ? <span className="visually-hidden"> about {props.title}</span> : null}
        </label>
        {isNew ? (
          <span id={hintId} className="hint">
            Only you can read it. A few words are enough.
          </span>
        ) : null}
        <textarea
          id={fieldId}
          name="answer"
          key={value}
          defaultValue={value}
          rows={isNew ? 4 : 5}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          aria-invalid={errors ? true : undefined}
        />
        {errors ? (
          <p id={errorId} className="field-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage message={form.message} isError={form.isError} />
      {isNew ? (
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Saving…" : "Save reflection"}
        </button>
      ) : (
        <VersionedFormFooter
          conflict={form.conflict}
          mine={{ answer: value }}
          toLines={(values) => [{ label: "Answer", value: values.answer ?? "" }]}
          onTakeSaved={form.takeSaved}
          isPending={isPending}
          submitLabel="Save changes"
        />
      )}
    </form>
  );
}
