"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { emailResetLinkAction } from "@/lib/recovery/actions";

/** "Email me a link": a one-time reset link to the account's address. */
export function EmailResetForm() {
  const [state, action, isPending] = useActionState(emailResetLinkAction, initialFormState);
  return (
    <form action={action} noValidate className="narrow" aria-labelledby="email-reset-heading">
      <h2 id="email-reset-heading">Email me a link</h2>
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        id="reset-email"
        name="email"
        label="Your email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        required
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Email me a reset link"}
      </button>
    </form>
  );
}
