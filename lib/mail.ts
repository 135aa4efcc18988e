import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "./env";

// Outgoing email through the SMTP server in SMTP_URL (e.g. smtps://user:pass@mail.example.org),
// shared by every feature that sends mail (reminders; password reset). Without SMTP_URL the app
// sends no email and says so where it matters.

let transport: Transporter | undefined;

export function isMailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/**
 * Sends a plain-text email and returns true; returns false without sending when SMTP_URL is
 * unset. Throws when the SMTP server refuses it (the message never contains a password).
 */
export async function sendMail({
  to,
  subject,
  text,
}: {
  to: string;
  subject: string;
  text: string;
}): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.SMTP_FROM, to, subject, text });
  return true;
}
