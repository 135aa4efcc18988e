"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createAccountAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";
import { type FormState, initialFormState } from "@/lib/forms";
import { EmailField } from "./account-fields";
import { RecoveryCodes } from "./recovery-codes";

type SignUpState = FormState & { codes?: string[] };

/** Creates the account, then signs in with the same credentials. The time zone comes from the browser. */
export function CreateAccountForm() {
  const router = useRouter();
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  const [state, action, isPending] = useActionState(
    async (previous: SignUpState, formData: FormData): Promise<SignUpState> => {
      const result = await createAccountAction(previous, formData);
      if (!result.ok) return result;
      const signedIn = await signIn("credentials", {
        email: result.values?.email,
        password: formData.get("password"),
        redirect: false,
      });
      if (!signedIn?.ok) return { ok: false, message: "Your account exists. Sign in to continue." };
      return result;
    },
    initialFormState as SignUpState,
  );

  // Signed in: the recovery codes are shown this once, before anything else.
  if (state.ok && state.codes) {
    return (
      <div className="narrow">
        <RecoveryCodes codes={state.codes} />
        <button
          type="button"
          className="button"
          onClick={() => {
            router.push("/tonight?welcome=1");
            router.refresh();
          }}
        >
          I have saved my codes — continue
        </button>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="narrow">
      <FormMessage message={state.message} isError={!state.ok} />
      <EmailField defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Any characters; a few unrelated words work well.`}
        errors={state.fieldErrors?.password}
        required
      />
      <input type="hidden" name="timeZone" value={timeZone} />
      <p className="muted">Your time zone: {timeZone}. You can change it later in Settings.</p>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
