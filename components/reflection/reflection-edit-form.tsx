"use client";

import { useActionState, useId } from "react";
import { VersionedFormFooter } from "@/components/ui/conflict-choice";
import { FormMessage } from "@/components/ui/form-message";
import { useVersionedForm } from "@/components/ui/use-versioned-form";
import { type FormState, initialFormState } from "@/lib/forms";
import { updateReflectionAction } from "@/lib/reflection/actions";

/**
 * Changes the answer of a saved reflection; the prompt and its evidence stay as they were. An
 * answer changed elsewhere meanwhile is shown beside this one, and the person chooses.
 */
export function ReflectionEditForm({
  id,
  answer,
  version,
}: {
  id: string;
  answer: string;
  version: number;
}) {
  const fieldId = useId();
  const [state, action, isPending] = useActionState<FormState<"answer">, FormData>(
    updateReflectionAction,
    initialFormState,
  );
  const form = useVersionedForm(state, version);
  const errors = state.fieldErrors?.answer;
  const value = form.values?.answer ?? answer;
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={form.version} />
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
      <FormMessage message={form.message} isError={form.isError} />
      <VersionedFormFooter
        conflict={form.conflict}
        mine={{ answer: value }}
        toLines={(values) => [{ label: "Answer", value: values.answer ?? "" }]}
        onTakeSaved={form.takeSaved}
        isPending={isPending}
        submitLabel="Save changes"
      />
    </form>
  );
}
