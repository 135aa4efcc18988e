"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  startTwoFactorSetupAction,
  type TwoFactorState,
} from "@/lib/two-factor/actions";
import { CurrentPasswordField, OneTimeCodeField } from "./account-fields";

/**
 * Two-step sign-in: off → password → the key for an authenticator app → a code from it → on.
 * When on, the password turns it off. Recovery codes work in place of an app code.
 */
export function TwoFactorSettings({ isEnabled }: { isEnabled: boolean }) {
  const [state, action, isPending] = useActionState(
    async (previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> => {
      const step = formData.get("step");
      if (step === "disable") return disableTwoFactorAction(previous, formData);
      if (step === "confirm") return confirmTwoFactorAction(previous, formData);
      return startTwoFactorSetupAction(previous, formData);
    },
    { ok: false, isEnabled } satisfies TwoFactorState,
  );
  const isOn = state.isEnabled ?? isEnabled;
  const step = { action, state, isPending };

  if (isOn) {
    return (
      <StepForm {...step} step="disable" submitLabel="Turn two-step sign-in off">
        <p>
          Two-step sign-in is on: signing in asks for a code from your app (or a recovery code).
        </p>
        <CurrentPasswordField id="two-factor-off-password" errors={state.fieldErrors?.password} />
      </StepForm>
    );
  }
  if (state.setup) {
    return (
      <StepForm {...step} step="confirm" submitLabel="Turn two-step sign-in on" isPrimary>
        <p>
          In your authenticator app, add an account with this key (or{" "}
          <a href={state.setup.uri}>open it in the app</a> on this device):
        </p>
        <p>
          Key: <code className="totp-key">{state.setup.secret}</code>
        </p>
        <OneTimeCodeField
          id="two-factor-code"
          label="The 6-digit code your app shows"
          inputMode="numeric"
          errors={state.fieldErrors?.code}
        />
      </StepForm>
    );
  }
  return (
    <StepForm {...step} step="start" submitLabel="Set up two-step sign-in">
      <p>
        Optional: besides your password, signing in asks for a code from an authenticator app on
        your phone. Your recovery codes still work if you lose the phone.
      </p>
      <CurrentPasswordField id="two-factor-password" errors={state.fieldErrors?.password} />
    </StepForm>
  );
}

/** One step of the setup: its text and field, and the button that sends it as `step`. */
function StepForm({
  action,
  state,
  isPending,
  step,
  submitLabel,
  isPrimary = false,
  children,
}: {
  action: (formData: FormData) => void;
  state: TwoFactorState;
  isPending: boolean;
  step: "start" | "confirm" | "disable";
  submitLabel: string;
  isPrimary?: boolean;
  children: ReactNode;
}) {
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <input type="hidden" name="step" value={step} />
      {children}
      <button
        type="submit"
        className={isPrimary ? "button" : "button button--secondary"}
        disabled={isPending}
      >
        {submitLabel}
      </button>
    </form>
  );
}
