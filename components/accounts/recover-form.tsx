"use client";

import { useRouter } from "next/navigation";
import { recoverWithCodeAction } from "@/lib/recovery/actions";
import { EmailField, OneTimeCodeField } from "./account-fields";
import { NewPasswordForm } from "./new-password-form";

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
          <EmailField defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
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
