import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { getCurrentUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Create account" };

export default async function CreateAccountPage() {
  if (await getCurrentUser()) redirect("/tonight");
  return (
    <>
      <h1>Create your account</h1>
      <p className="muted">Your journal stays on this server. Only you can read it.</p>
      <CreateAccountForm />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}
