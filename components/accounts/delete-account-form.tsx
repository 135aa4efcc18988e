"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { DELETE_CONFIRMATION } from "@/lib/accounts/schema";
import { type FormState, initialFormState } from "@/lib/forms";
import { CurrentPasswordField } from "./account-fields";
import { signOutTo } from "./sign-out";

/** Deletes the account for good after the typed confirmation and the password; then signs out. */
export function DeleteAccountForm() {
  const [state, action, isPending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await deleteAccountAction(previous, formData);
      if (result.ok) await signOutTo("/?notice=account-deleted");
      return result;
    },
    initialFormState,
  );
  return (
    <form action={action} noValidate className="narrow" aria-labelledby="delete-heading">
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        id="delete-confirmation"
        name="confirmation"
        label={`Type “${DELETE_CONFIRMATION}”`}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.confirmation}
        key={state.values?.confirmation}
        errors={state.fieldErrors?.confirmation}
        required
      />
      <CurrentPasswordField id="delete-password" errors={state.fieldErrors?.password} />
      <button type="submit" className="button button--danger" disabled={isPending || state.ok}>
        {isPending ? "Deleting…" : "Delete my account and everything in it"}
      </button>
    </form>
  );
}
