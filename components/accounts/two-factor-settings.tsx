"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  startTwoFactorSetupAction,
  type TwoFactorState,
} from "@/lib/two-factor/actions";

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

  if (isOn) {
    return (
      <form action={action} noValidate className="narrow">
        <FormMessage message={state.message} isError={!state.ok} />
        <p>
          Two-step sign-in is on: signing in asks for a code from your app (or a recovery code).
        </p>
        <input type="hidden" name="step" value="disable" />
        <Field
          id="two-factor-off-password"
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={state.fieldErrors?.password}
          required
        />
        <button type="submit" className="button button--secondary" disabled={isPending}>
          Turn two-step sign-in off
        </button>
      </form>
    );
  }
  if (state.setup) {
    return (
      <form action={action} noValidate className="narrow">
        <FormMessage message={state.message} isError={!state.ok} />
        <p>
          In your authenticator app, add an account with this key (or{" "}
          <a href={state.setup.uri}>open it in the app</a> on this device):
        </p>
        <p>
          Key: <code className="totp-key">{state.setup.secret}</code>
        </p>
        <input type="hidden" name="step" value="confirm" />
        <Field
          id="two-factor-code"
          name="code"
          label="The 6-digit code your app shows"
          inputMode="numeric"
          autoComplete="one-time-code"
          errors={state.fieldErrors?.code}
          required
        />
        <button type="submit" className="button" disabled={isPending}>
          Turn two-step sign-in on
        </button>
      </form>
    );
  }
  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <p>
        Optional: besides your password, signing in asks for a code from an authenticator app on
        your phone. Your recovery codes still work if you lose the phone.
      </p>
      <input type="hidden" name="step" value="start" />
      <Field
        id="two-factor-password"
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
        required
      />
      <button type="submit" className="button button--secondary" disabled={isPending}>
        Set up two-step sign-in
      </button>
    </form>
  );
}
