"use client";

import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/field";
import { recoverWithCodeAction } from "@/lib/recovery/actions";
import { NewPasswordForm } from "./new-password-form";
import { OneTimeCodeField } from "./one-time-code-field";

/** A new password with a recovery code; then sign in with it. */
export function RecoverForm() {
  const router = useRouter();
  return (
    <NewPasswordForm
      action={recoverWithCodeAction}
      onSaved={() => router.push("/sign-in?notice=password-reset")}
      submitLabel="Set new password"
      fields={(state) => (
        <>
          <Field
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            defaultValue={state.values?.email}
            errors={state.fieldErrors?.email}
            required
          />
          <OneTimeCodeField
            label="Recovery code"
            hint="One of the codes you saved when you created your account (or later in Settings)."
            errors={state.fieldErrors?.code}
          />
        </>
      )}
    />
  );
}
