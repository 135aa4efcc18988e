import type { InputHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";

/**
 * A code from an authenticator app or a recovery code, where two-step sign-in asks for one
 * (signing in, turning it on): named `code`, offered by the phone's one-time-code autofill.
 */
export function OneTimeCodeField({
  id,
  label,
  hint,
  errors,
  inputMode,
}: {
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** "numeric" where only an app's 6 digits fit (recovery codes have letters). */
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
}) {
  return (
    <Field
      id={id}
      name="code"
      label={label}
      hint={hint}
      inputMode={inputMode}
      autoComplete="one-time-code"
      errors={errors}
      required
    />
  );
}
