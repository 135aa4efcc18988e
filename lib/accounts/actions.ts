"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { clientKeyFrom } from "@/lib/client-key";
import {
  FORM_MESSAGES,
  publicFormAction,
  requestIdentity,
  signedInAction,
  signedInFormAction,
} from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { hashPassword, isCommonPassword } from "@/lib/passwords";
import { consumeSignUpAttempt } from "@/lib/rate-limit";
import { replaceRecoveryCodes } from "@/lib/recovery/mutations";
import { generateRecoveryCodes } from "@/lib/recovery/secrets/codes";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { deleteAllSessions } from "@/lib/sessions/mutations";
import {
  assertPasswordAgain,
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

/**
 * Creates an account (anyone may call it; limited per client). Returns field errors for bad
 * input; on success the form signs in with the same credentials.
 */
export async function createAccountAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"email" | "password" | "timeZone"> & { codes?: string[] }> {
  return publicFormAction(formData, {
    fields: ["email", "timeZone"],
    // Every attempt counts toward the limit, well-formed or not.
    before: async () => consumeSignUpAttempt({ clientKey: clientKeyFrom(await headers()) }),
    schema: createAccountSchema,
    errors: {
      EMAIL_TAKEN: {
        field: "email",
        message: "This email already has an account. Sign in instead.",
      },
    },
    run: async ({ input, refuse }) => {
      const { email, password, timeZone } = input;
      if (isCommonPassword(password)) {
        return refuse({ field: "password", message: FORM_MESSAGES.commonPassword });
      }
      // Hash before looking at the email so that a taken and a free email take the same time.
      const passwordHash = await hashPassword(password);
      const userId = (await createUser({ email, passwordHash, timeZone })).id;
      // Shown once by the form; only their hashes are kept.
      const codes = generateRecoveryCodes();
      await replaceRecoveryCodes({ userId, codes });
      return { ok: true, values: { email }, codes };
    },
  });
}

/** Changes the signed-in person's password after checking the current one; ends every session. */
export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"currentPassword" | "newPassword">> {
  return signedInFormAction(getCurrentUser, formData, {
    schema: changePasswordSchema,
    errors: {
      WRONG_PASSWORD: { field: "currentPassword", message: "That is not your current password." },
    },
    run: async ({ user, input, refuse }) => {
      const { currentPassword, newPassword } = input;
      // A wrong current password counts toward the sign-in limits, as a failed sign-in would.
      const identity = await requestIdentity();
      await assertPasswordAgain({ userId: user.id, password: currentPassword, ...identity });
      if (isCommonPassword(newPassword)) {
        return refuse({ field: "newPassword", message: FORM_MESSAGES.commonPassword });
      }
      await updatePassword({ userId: user.id, passwordHash: await hashPassword(newPassword) });
      await recordAudit({
        userId: user.id,
        event: "PASSWORD_CHANGED",
        context: auditContextFrom(await headers()),
      });
      return { ok: true, message: FORM_MESSAGES.passwordChanged };
    },
  });
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhereAction(): Promise<FormState> {
  return signedInAction(getCurrentUser, async ({ user }) => {
    await deleteAllSessions({ userId: user.id });
    await recordAudit({
      userId: user.id,
      event: "SIGNED_OUT_EVERYWHERE",
      context: auditContextFrom(await headers()),
    });
    return { ok: true };
  });
}

/** Saves the signed-in person's settings (time zone). */
export async function updateSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"timeZone">> {
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["timeZone"],
    schema: settingsSchema,
    run: async ({ user, input, values }) => {
      await updateTimeZone({ userId: user.id, timeZone: input.timeZone });
      return { ok: true, message: "Settings saved.", values };
    },
  });
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
  return signedInFormAction(getCurrentUser, formData, {
    fields: ["confirmation"],
    schema: deleteAccountSchema,
    run: async ({ user, input }) => {
      const identity = await requestIdentity();
      await assertPasswordAgain({ userId: user.id, password: input.password, ...identity });
      await deleteAccount({ userId: user.id });
      return { ok: true, message: "Your account and everything in it are deleted." };
    },
  });
}
