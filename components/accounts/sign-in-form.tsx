"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInSchema } from "@/lib/accounts/schema";
import { safeCallbackPath } from "@/lib/callback-url";
import { CurrentPasswordField, OneTimeCodeField } from "./account-fields";

const MESSAGES: Record<string, string> = {
  RATE_LIMITED: "Too many attempts. Wait a few minutes, then try again.",
  CredentialsSignin: "That email and password don't match an account.",
  CODE_REQUIRED:
    "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
  CODE_WRONG: "That code didn't work. Try the newest code from the app, or a recovery code.",
};

/** Signs in with next-auth's credentials provider; the same answer for unknown emails and wrong passwords. */
export function SignInForm({ notice }: { notice?: string }) {
  const router = useRouter();
  const next = useSearchParams().get("callbackUrl");
  const [email, setEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | undefined>(notice);
  const [isPending, setPending] = useState(false);
  // Shown once the password was right and the account uses two-step sign-in.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({
      email: form.get("email"),
      password: form.get("password"),
    });
    if (!parsed.success) {
      setFieldErrors(groupIssues(parsed.error.issues));
      setMessage(undefined);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const code = form.get("code");
    const result = await signIn("credentials", {
      ...parsed.data,
      ...(typeof code === "string" && code ? { code } : {}),
      redirect: false,
    });
    setPending(false);
    if (!result?.ok) {
      const error = result?.error ?? "";
      if (error === "CODE_REQUIRED" || error === "CODE_WRONG") setNeedsCode(true);
      setMessage(MESSAGES[error] ?? MESSAGES.CredentialsSignin);
      return;
    }
    router.push(safeCallbackPath(next));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="narrow">
      <FormMessage message={message} isError={message !== notice} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={fieldErrors.email}
        required
      />
      <CurrentPasswordField label="Password" errors={fieldErrors.password} />
      {needsCode ? <OneTimeCodeField label="Code from your app, or a recovery code" /> : null}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function groupIssues(issues: { path: PropertyKey[]; message: string }[]) {
  const grouped: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    grouped[key] = [...(grouped[key] ?? []), issue.message];
  }
  return grouped;
}
