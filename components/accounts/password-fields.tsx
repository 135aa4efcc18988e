import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schema";

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
