"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { changePasswordAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";
import { type FormState, initialFormState } from "@/lib/forms";
import { signOutTo } from "./sign-out";

/** Changing the password ends every session, this one too: sign in again with the new one. */
export function ChangePasswordForm() {
  const [state, action, isPending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await changePasswordAction(previous, formData);
      if (result.ok) await signOutTo("/sign-in?notice=password-changed");
      return result;
    },
    initialFormState,
  );
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
        required
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={state.fieldErrors?.newPassword}
        required
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
