"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type CodesState, regenerateRecoveryCodesAction } from "@/lib/recovery/actions";
import { RecoveryCodes } from "./recovery-codes";

/** New recovery codes after the password again; the old ones stop working. */
export function RegenerateCodesForm() {
  const [state, action, isPending] = useActionState(regenerateRecoveryCodesAction, {
    ok: false,
  } satisfies CodesState);
  if (state.ok && state.codes) return <RecoveryCodes codes={state.codes} />;
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <Field
        id="recovery-password"
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
        required
      />
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isPending ? "Creating…" : "Create new recovery codes"}
      </button>
    </form>
  );
}
