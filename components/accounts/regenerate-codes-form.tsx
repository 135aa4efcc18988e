"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type CodesState, regenerateRecoveryCodesAction } from "@/lib/recovery/actions";
import { CurrentPasswordField } from "./account-fields";
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
      <CurrentPasswordField id="recovery-password" errors={state.fieldErrors?.password} />
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isPending ? "Creating…" : "Create new recovery codes"}
      </button>
    </form>
  );
}
