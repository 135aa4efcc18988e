import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getCurrentUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "password-changed": "Password changed. Sign in with your new password.",
  "signed-out-everywhere": "You are signed out on every device.",
  "password-reset": "Password changed. Sign in with your new password.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  if (await getCurrentUser()) redirect("/tonight");
  const { notice } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <Suspense>
        <SignInForm notice={notice ? NOTICES[notice] : undefined} />
      </Suspense>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href="/create-account">Create an account</Link>.
      </p>
    </>
  );
}
