import type { InputHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";

/** The account's email address, refilled after an error. */
export function EmailField({
  id,
  label = "Email",
  defaultValue,
  errors,
}: {
  id?: string;
  label?: string;
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <Field
      id={id}
      name="email"
      label={label}
      type="email"
      autoComplete="email"
      defaultValue={defaultValue}
      errors={errors}
      required
    />
  );
}

/** The password asked again before a sensitive step (never refilled after an error). */
export function CurrentPasswordField({
  id,
  name = "password",
  label = "Your password",
  hint,
  errors,
}: {
  id?: string;
  name?: string;
  label?: string;
  /** Why it is asked again, where that is not plain. */
  hint?: string;
  errors?: string[];
}) {
  return (
    <Field
      id={id}
      name={name}
      label={label}
      hint={hint}
      type="password"
      autoComplete="current-password"
      errors={errors}
      required
    />
  );
}

/** The new password, with the one rule it must meet. */
export function NewPasswordField({ errors }: { errors?: string[] }) {
  return (
    <Field
      name="newPassword"
      label="New password"
      type="password"
      autoComplete="new-password"
      hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      errors={errors}
      required
    />
  );
}

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
