"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { confirmPassword } from "@/lib/accounts/mutations";
import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { deviceCookieName, verifiedDeviceId } from "@/lib/device-cookie";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type FormState, fieldErrorsOf, formValues, NOT_A_FORM } from "@/lib/forms";
import { hashPassword, isCommonPassword } from "@/lib/passwords";
import {
  assertSignInAllowed,
  consumeResetEmailRequest,
  recordSignInFailure,
  recordSignInSuccess,
} from "@/lib/rate-limit";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { generateRecoveryCodes } from "./codes";
import {
  replaceRecoveryCodes,
  resetPasswordWithRecoveryCode,
  resetPasswordWithToken,
} from "./mutations";
import { emailResetLink } from "./reset-email";
import {
  emailResetSchema,
  recoverWithCodeSchema,
  regenerateCodesSchema,
  resetWithLinkSchema,
} from "./schema";

export type CodesState = FormState<"password"> & { codes?: string[] };

const COMMON_PASSWORD = "This password is too common and easy to guess. Try a few unrelated words.";
const RATE_LIMITED = "Too many attempts from here. Wait a while and try again.";

/**
 * Replaces the signed-in person's recovery codes after they type their password again (wrong
 * passwords count toward the sign-in limits). Returns the new codes once; the old ones stop
 * working.
 */
export async function regenerateRecoveryCodesAction(
  _previous: CodesState,
  formData: FormData,
): Promise<CodesState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = regenerateCodesSchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const requestHeaders = await headers();
  const check = await confirmPassword({
    userId: user.id,
    password: parsed.data.password,
    clientKey: clientKeyFrom(requestHeaders),
    deviceToken: (await cookies()).get(deviceCookieName())?.value ?? null,
  });
  if (check === "RATE_LIMITED") return { ok: false, message: RATE_LIMITED };
  if (check === "WRONG_PASSWORD") {
    return { ok: false, fieldErrors: { password: ["That is not your password."] } };
  }
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes({ userId: user.id, codes });
  await recordAudit({
    userId: user.id,
    event: "RECOVERY_CODES_CREATED",
    context: auditContextFrom(requestHeaders),
  });
  revalidatePath("/settings");
  return { ok: true, codes };
}

/**
 * "Forgot your password?": a new password with one of the recovery codes (anyone may call it).
 * The same answer for an unknown email and a wrong or used code; wrong codes count toward the
 * sign-in limits of that email. Success uses the code up and ends every session.
 */
export async function recoverWithCodeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"email" | "code" | "newPassword">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["email"] as const);
  const parsed = recoverWithCodeSchema.safeParse({
    email: formData.get("email"),
    code: formData.get("code"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, code, newPassword } = parsed.data;
  if (isCommonPassword(newPassword)) {
    return { ok: false, fieldErrors: { newPassword: [COMMON_PASSWORD] }, values };
  }
  const requestHeaders = await headers();
  const attempt = {
    email,
    clientKey: clientKeyFrom(requestHeaders),
    deviceId: verifiedDeviceId({
      token: (await cookies()).get(deviceCookieName())?.value,
      email,
      secret: getEnv().NEXTAUTH_SECRET,
    }),
  };
  try {
    await assertSignInAllowed(attempt);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: RATE_LIMITED, values };
    throw error;
  }
  // Hashed before the lookup, so a known and an unknown email take the same time.
  const passwordHash = await hashPassword(newPassword);
  const userId = await resetPasswordWithRecoveryCode({ email, code, passwordHash });
  if (!userId) {
    await recordSignInFailure(attempt);
    return {
      ok: false,
      fieldErrors: {
        code: ["That email and recovery code don't go together, or the code was used."],
      },
      values,
    };
  }
  await recordSignInSuccess(attempt);
  const context = auditContextFrom(requestHeaders);
  await recordAudit({ userId, event: "RECOVERY_CODE_USED", context });
  await recordAudit({ userId, event: "PASSWORD_RESET", context, detail: "recovery code" });
  return { ok: true, message: "Password changed. Sign in with your new password." };
}

/**
 * "Email me a link" (anyone may call it): the same answer, at once, whether or not an account
 * has this email; the email itself is sent in the background (lib/recovery/reset-email.ts).
 * Limited per client, and per account so that nobody can flood someone's inbox.
 */
export async function emailResetLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"email">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["email"] as const);
  const parsed = emailResetSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await consumeResetEmailRequest({ clientKey: clientKeyFrom(await headers()) });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: RATE_LIMITED, values };
    throw error;
  }
  void emailResetLink(parsed.data.email);
  return {
    ok: true,
    message: `If an account uses ${parsed.data.email}, a link to choose a new password is on its way. It works once, for 30 minutes.`,
  };
}

/** A new password through a reset link (anyone holding the link may call it, once, in 30 minutes). */
export async function resetWithLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"newPassword">> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = resetWithLinkSchema.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<"newPassword" | "token">(parsed.error);
    if (fieldErrors.token) return { ok: false, message: LINK_UNUSABLE };
    return { ok: false, fieldErrors };
  }
  const { token, newPassword } = parsed.data;
  if (isCommonPassword(newPassword))
    return { ok: false, fieldErrors: { newPassword: [COMMON_PASSWORD] } };
  const userId = await resetPasswordWithToken({
    token,
    passwordHash: await hashPassword(newPassword),
  });
  if (!userId) return { ok: false, message: LINK_UNUSABLE };
  await recordAudit({
    userId,
    event: "PASSWORD_RESET",
    context: auditContextFrom(await headers()),
    detail: "reset link",
  });
  return { ok: true, message: "Password changed. Sign in with your new password." };
}

const LINK_UNUSABLE =
  "This reset link has expired or was already used. Ask for a new one, or use a recovery code.";
