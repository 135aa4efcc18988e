import type { Metadata } from "next";
import Link from "next/link";
import { EmailResetForm } from "@/components/accounts/email-reset-form";
import { RecoverForm } from "@/components/accounts/recover-form";
import { isEmailResetAvailable } from "@/lib/recovery/loaders";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  const canEmail = isEmailResetAvailable();
  return (
    <>
      <h1>Forgot your password?</h1>
      <p>Your journal is not lost. Choosing a new password signs you out on every device.</p>
      {canEmail ? <EmailResetForm /> : null}
      <h2>{canEmail ? "Or use a recovery code" : "Use a recovery code"}</h2>
      <RecoverForm />
      <p>
        No codes{canEmail ? " and no email" : ""}? Whoever runs this Backstory can give you a
        one-time reset link (<code>npm run reset-password -- your@email</code>).
      </p>
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </>
  );
}
