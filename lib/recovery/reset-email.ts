import "server-only";
import { getEnv } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { isMailConfigured, sendMail } from "@/lib/mail";
import { mayEmailResetTo } from "@/lib/rate-limit";
import { createPasswordReset } from "./mutations";
import { RESET_LINK_MINUTES, resetLinkFor } from "./tokens";

/**
 * Reset links go by email only when mail is set up and the site knows its own public address
 * (NEXTAUTH_URL): a link built from the request's Host header could point anywhere.
 */
export function isEmailResetAvailable(): boolean {
  return isMailConfigured() && Boolean(getEnv().NEXTAUTH_URL);
}

/**
 * Emails a one-time reset link to the account with this email, if there is one and it has not
 * had three this hour. Resolves when done, never rejects: a failure is logged (without the
 * address) and the person sees the same answer either way.
 */
export async function emailResetLink(email: string): Promise<void> {
  const base = getEnv().NEXTAUTH_URL;
  if (!base || !isMailConfigured()) return;
  try {
    if (!(await mayEmailResetTo(email))) return;
    const reset = await createPasswordReset({ email });
    if (!reset) return;
    await sendMail({
      to: email,
      subject: "Choose a new Backstory password",
      text: [
        "Someone, hopefully you, asked to choose a new password for your Backstory journal.",
        "",
        `This link works once, for ${RESET_LINK_MINUTES} minutes:`,
        resetLinkFor({ base, token: reset.token }),
        "",
        "Choosing a new password signs you out on every device. If you did not ask for this,",
        "ignore this email: nothing changes, and your password stays as it is.",
      ].join("\n"),
    });
    log.info({ userId: reset.userId }, "password reset email sent");
  } catch (error) {
    log.error(errorFields(error), "password reset email failed");
  }
}
