"use client";

import { useRouter } from "next/navigation";
import { resetWithLinkAction } from "@/lib/recovery/actions";
import { NewPasswordForm } from "./new-password-form";

/** A new password through a reset link; then sign in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  return (
    <NewPasswordForm
      action={resetWithLinkAction}
      onSaved={() => router.push("/sign-in?notice=password-reset")}
      submitLabel="Set new password"
      fields={() => <input type="hidden" name="token" value={token} />}
    />
  );
}
