"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";
import { type FormState, initialFormState } from "@/lib/forms";
import { recoverWithCodeAction } from "@/lib/recovery/actions";

/** A new password with a recovery code; then sign in with it. */
export function RecoverForm() {
  const router = useRouter();
  const [state, action, isPending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await recoverWithCodeAction(previous, formData);
      if (result.ok) router.push("/sign-in?notice=password-reset");
      return result;
    },
    initialFormState,
  );
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        required
      />
      <Field
        name="code"
        label="Recovery code"
        autoComplete="one-time-code"
        hint="One of the codes you saved when you created your account (or later in Settings)."
        errors={state.fieldErrors?.code}
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
        {isPending ? "Changing…" : "Set new password"}
      </button>
    </form>
  );
}
