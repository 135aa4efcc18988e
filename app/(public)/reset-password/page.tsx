import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { loadUsableResetToken } from "@/lib/recovery/loaders";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const token = await loadUsableResetToken((await searchParams).token);
  return (
    <>
      <h1>Choose a new password</h1>
      {token ? (
        <>
          <p>Setting a new password signs you out everywhere.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="notice notice--error">
          This reset link has expired or was already used. Ask for a new one, or{" "}
          <Link href="/forgot-password">use a recovery code</Link>.
        </p>
      )}
    </>
  );
}
