"use client";

import { changePasswordAction } from "@/lib/accounts/actions";
import { CurrentPasswordField } from "./account-fields";
import { NewPasswordForm } from "./new-password-form";
import { signOutTo } from "./sign-out";

/** Changing the password ends every session, this one too: sign in again with the new one. */
export function ChangePasswordForm() {
  return (
    <NewPasswordForm
      action={changePasswordAction}
      onSaved={() => signOutTo("/sign-in?notice=password-changed")}
      submitLabel="Change password"
      fields={(state) => (
        <CurrentPasswordField
          name="currentPassword"
          label="Current password"
          errors={state.fieldErrors?.currentPassword}
        />
      )}
    />
  );
}
