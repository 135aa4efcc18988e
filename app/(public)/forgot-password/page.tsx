import type { Metadata } from "next";
import Link from "next/link";
import { RecoverForm } from "@/components/accounts/recover-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Forgot your password?</h1>
      <p>
        Your journal is not lost. Use one of the recovery codes you saved when you created your
        account to choose a new password. This signs you out everywhere.
      </p>
      <RecoverForm />
      <p>
        No codes? Whoever runs this Backstory can give you a one-time reset link (
        <code>npm run reset-password -- your@email</code>).
      </p>
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </>
  );
}
