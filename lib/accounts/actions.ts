"use server";

import { cookies, headers } from "next/headers";
import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { deviceCookieName } from "@/lib/device-cookie";
import { AppError } from "@/lib/errors";
import { type FormState, fieldErrorsOf, formValues, NOT_A_FORM } from "@/lib/forms";
import { hashPassword, isCommonPassword } from "@/lib/passwords";
import { consumeSignUpAttempt } from "@/lib/rate-limit";
import { generateRecoveryCodes } from "@/lib/recovery/codes";
import { replaceRecoveryCodes } from "@/lib/recovery/mutations";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { deleteAllSessions } from "@/lib/sessions/mutations";
import {
  confirmPassword,
  createUser,
  deleteAccount,
  updatePassword,
  updateTimeZone,
} from "./mutations";
import {
  changePasswordSchema,
  createAccountSchema,
  deleteAccountSchema,
  settingsSchema,
} from "./schema";

/** Who is asking, for the limits: the client's address and the device cookie, if any. */
async function requestIdentity() {
  return {
    clientKey: clientKeyFrom(await headers()),
    deviceToken: (await cookies()).get(deviceCookieName())?.value ?? null,
  };
}

const COMMON_PASSWORD = "This password is too common and easy to guess. Try a few unrelated words.";
const RATE_LIMITED = "Too many attempts from here. Wait a while and try again.";

/**
 * Creates an account (anyone may call it; limited per client). Returns field errors for bad
 * input; on success the form signs in with the same credentials.
 */
export async function createAccountAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"email" | "password" | "timeZone"> & { codes?: string[] }> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["email", "timeZone"] as const);
  try {
    await consumeSignUpAttempt({ clientKey: clientKeyFrom(await headers()) });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: RATE_LIMITED, values };
    throw error;
  }
  const parsed = createAccountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, password, timeZone } = parsed.data;
  if (isCommonPassword(password)) {
    return { ok: false, fieldErrors: { password: [COMMON_PASSWORD] }, values };
  }
  // Hash before looking at the email so that a taken and a free email take the same time.
  const passwordHash = await hashPassword(password);
  let userId: string;
  try {
    userId = (await createUser({ email, passwordHash, timeZone })).id;
  } catch (error) {
    if (error instanceof AppError && error.code === "EMAIL_TAKEN") {
      return {
        ok: false,
        fieldErrors: { email: ["This email already has an account. Sign in instead."] },
        values,
      };
    }
    throw error;
  }
  // Shown once by the form; only their hashes are kept.
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes({ userId, codes });
  return { ok: true, values: { email }, codes };
}

/** Changes the signed-in person's password after checking the current one; ends every session. */
export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"currentPassword" | "newPassword">> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;
  // A wrong current password counts toward the sign-in limits, as a failed sign-in would.
  const check = await confirmPassword({
    userId: user.id,
    password: currentPassword,
    ...(await requestIdentity()),
  });
  if (check === "RATE_LIMITED") return { ok: false, message: RATE_LIMITED };
  if (check === "WRONG_PASSWORD") {
    return { ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } };
  }
  if (isCommonPassword(newPassword)) {
    return { ok: false, fieldErrors: { newPassword: [COMMON_PASSWORD] } };
  }
  await updatePassword({ userId: user.id, passwordHash: await hashPassword(newPassword) });
  await recordAudit({
    userId: user.id,
    event: "PASSWORD_CHANGED",
    context: auditContextFrom(await headers()),
  });
  return { ok: true, message: "Password changed. Sign in with your new password." };
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhereAction(): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  await deleteAllSessions({ userId: user.id });
  await recordAudit({
    userId: user.id,
    event: "SIGNED_OUT_EVERYWHERE",
    context: auditContextFrom(await headers()),
  });
  return { ok: true };
}

/** Saves the signed-in person's settings (time zone). */
export async function updateSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"timeZone">> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["timeZone"] as const);
  const parsed = settingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  await updateTimeZone({ userId: user.id, timeZone: parsed.data.timeZone });
  return { ok: true, message: "Settings saved.", values };
}

/**
 * Deletes the signed-in person's account and everything in it, after they type the
 * confirmation and their password again (wrong passwords count toward the sign-in limits).
 * On success the form signs out; the session would stop working anyway.
 */
export async function deleteAccountAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"confirmation" | "password">> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = formValues(formData, ["confirmation"] as const);
  const parsed = deleteAccountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const check = await confirmPassword({
    userId: user.id,
    password: parsed.data.password,
    ...(await requestIdentity()),
  });
  if (check === "RATE_LIMITED") return { ok: false, message: RATE_LIMITED, values };
  if (check === "WRONG_PASSWORD") {
    return { ok: false, fieldErrors: { password: ["That is not your password."] }, values };
  }
  await deleteAccount({ userId: user.id });
  return { ok: true, message: "Your account and everything in it are deleted." };
}
