"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { assertPasswordAgain } from "@/lib/accounts/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { clientKeyFrom } from "@/lib/client-key";
import { verifiedDeviceId } from "@/lib/device-cookie";
import { getEnv } from "@/lib/env";
import {
  FORM_MESSAGES,
  publicFormAction,
  requestIdentity,
  signedInFormAction,
} from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { hashPassword, isCommonPassword } from "@/lib/passwords";
import {
  assertSignInAllowed,
  consumeResetEmailRequest,
  recordSignInFailure,
  recordSignInSuccess,
} from "@/lib/rate-limit";
import { getCurrentUser } from "@/lib/sessions/loaders";
import {
  emailResetLink,
  replaceRecoveryCodes,
  resetPasswordWithRecoveryCode,
  resetPasswordWithToken,
} from "./mutations";
import {
  emailResetSchema,
  recoverWithCodeSchema,
  regenerateCodesSchema,
  resetWithLinkSchema,
} from "./schema";
import { generateRecoveryCodes } from "./secrets/codes";

export type CodesState = FormState<"password"> & { codes?: string[] };

const LINK_UNUSABLE =
  "This reset link has expired or was already used. Ask for a new one, or use a recovery code.";

/**
 * Replaces the signed-in person's recovery codes after they type their password again (wrong
 * passwords count toward the sign-in limits). Returns the new codes once; the old ones stop
 * working.
 */
export async function regenerateRecoveryCodesAction(
  _previous: CodesState,
  formData: FormData,
): Promise<CodesState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ password: form.get("password") }),
    schema: regenerateCodesSchema,
    run: async ({ user, input }) => {
      const identity = await requestIdentity();
      await assertPasswordAgain({ userId: user.id, password: input.password, ...identity });
      const codes = generateRecoveryCodes();
      await replaceRecoveryCodes({ userId: user.id, codes });
      await recordAudit({
        userId: user.id,
        event: "RECOVERY_CODES_CREATED",
        context: auditContextFrom(await headers()),
      });
      revalidatePath("/settings");
      return { ok: true, codes };
    },
  });
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
  return publicFormAction(formData, {
    fields: ["email"],
    read: (form) => ({
      email: form.get("email"),
      code: form.get("code"),
      newPassword: form.get("newPassword"),
    }),
    schema: recoverWithCodeSchema,
    run: async ({ input, refuse }) => {
      const { email, code, newPassword } = input;
      if (isCommonPassword(newPassword)) {
        return refuse({ field: "newPassword", message: FORM_MESSAGES.commonPassword });
      }
      const { clientKey, deviceToken } = await requestIdentity();
      const deviceId = verifiedDeviceId({
        token: deviceToken,
        email,
        secret: getEnv().NEXTAUTH_SECRET,
      });
      const attempt = { email, clientKey, deviceId };
      await assertSignInAllowed(attempt);
      // Hashed before the lookup, so a known and an unknown email take the same time.
      const passwordHash = await hashPassword(newPassword);
      const userId = await resetPasswordWithRecoveryCode({ email, code, passwordHash });
      if (!userId) {
        await recordSignInFailure(attempt);
        return refuse({
          field: "code",
          message: "That email and recovery code don't go together, or the code was used.",
        });
      }
      await recordSignInSuccess(attempt);
      const context = auditContextFrom(await headers());
      await recordAudit({ userId, event: "RECOVERY_CODE_USED", context });
      await recordAudit({ userId, event: "PASSWORD_RESET", context, detail: "recovery code" });
      return { ok: true, message: FORM_MESSAGES.passwordChanged };
    },
  });
}

/**
 * "Email me a link" (anyone may call it): the same answer, at once, whether or not an account
 * has this email; the email itself is sent in the background (lib/recovery/mutations.ts).
 * Limited per client, and per account so that nobody can flood someone's inbox.
 */
export async function emailResetLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"email">> {
  return publicFormAction(formData, {
    fields: ["email"],
    read: (form) => ({ email: form.get("email") }),
    schema: emailResetSchema,
    run: async ({ input }) => {
      await consumeResetEmailRequest({ clientKey: clientKeyFrom(await headers()) });
      void emailResetLink(input.email);
      return {
        ok: true,
        message: `If an account uses ${input.email}, a link to choose a new password is on its way. It works once, for 30 minutes.`,
      };
    },
  });
}

/** A new password through a reset link (anyone holding the link may call it, once, in 30 minutes). */
export async function resetWithLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState<"newPassword">> {
  return publicFormAction(formData, {
    read: (form) => ({ token: form.get("token"), newPassword: form.get("newPassword") }),
    schema: resetWithLinkSchema,
    invalid: ({ fieldErrors }) =>
      "token" in fieldErrors ? { ok: false, message: LINK_UNUSABLE } : { ok: false, fieldErrors },
    run: async ({ input, refuse }) => {
      const { token, newPassword } = input;
      if (isCommonPassword(newPassword)) {
        return refuse({ field: "newPassword", message: FORM_MESSAGES.commonPassword });
      }
      const userId = await resetPasswordWithToken({
        token,
        passwordHash: await hashPassword(newPassword),
      });
      if (!userId) return refuse({ message: LINK_UNUSABLE });
      await recordAudit({
        userId,
        event: "PASSWORD_RESET",
        context: auditContextFrom(await headers()),
        detail: "reset link",
      });
      return { ok: true, message: FORM_MESSAGES.passwordChanged };
    },
  });
}
