"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { clearJournalAction } from "@/lib/journal/actions";

/** Empties the journal (for example after trying the sample data), after a typed confirmation. */
export function ClearJournalForm() {
  const [state, action, isPending] = useActionState(clearJournalAction, { ok: false });
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        name="confirm"
        label="Type delete to confirm"
        hint="Deletes every check-in and quick log. Your tags and relief items stay."
        autoComplete="off"
        errors={state.fieldErrors?.confirm}
      />
      <button type="submit" className="button button--danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete all entries"}
      </button>
    </form>
  );
}
