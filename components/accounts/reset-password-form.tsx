"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";
import { type FormState, initialFormState } from "@/lib/forms";
import { resetWithLinkAction } from "@/lib/recovery/actions";

/** A new password through a reset link; then sign in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [state, action, isPending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await resetWithLinkAction(previous, formData);
      if (result.ok) router.push("/sign-in?notice=password-reset");
      return result;
    },
    initialFormState,
  );
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <input type="hidden" name="token" value={token} />
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
