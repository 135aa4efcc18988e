"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import { NewPasswordField } from "./account-fields";

/**
 * A form that sets a new password, proven by a recovery code, a reset link or the current
 * password (`fields` adds those inputs above the new password). `onSaved` runs once the server
 * has accepted it: every session has ended by then, so it leads to signing in again.
 */
export function NewPasswordForm({
  action,
  onSaved,
  submitLabel,
  fields,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  onSaved: () => unknown;
  submitLabel: string;
  fields: (state: FormState) => ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await action(previous, formData);
      if (result.ok) await onSaved();
      return result;
    },
    initialFormState,
  );
  return (
    <form action={formAction} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      {fields(state)}
      <NewPasswordField errors={state.fieldErrors?.newPassword} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Changing…" : submitLabel}
      </button>
    </form>
  );
}
