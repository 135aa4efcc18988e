"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { emailResetLinkAction } from "@/lib/recovery/actions";
import { EmailField } from "./account-fields";

/** "Email me a link": a one-time reset link to the account's address. */
export function EmailResetForm() {
  const [state, action, isPending] = useActionState(emailResetLinkAction, initialFormState);
  return (
    <form action={action} noValidate className="narrow" aria-labelledby="email-reset-heading">
      <h2 id="email-reset-heading">Email me a link</h2>
      <FormMessage message={state.message} isError={!state.ok} />
      <EmailField
        id="reset-email"
        label="Your email"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Email me a reset link"}
      </button>
    </form>
  );
}
