"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { assertPasswordAgain } from "@/lib/accounts/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { auditContextFrom } from "@/lib/audit/request/context";
import { requestIdentity, signedInFormAction } from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { createTotpSecret, groupSecret, totpUri, verifyTotp } from "./codes/totp";
import { getTotpState } from "./data";
import { disableTotp, enableTotp, startTotpSetup } from "./mutations";
import { confirmTotpSchema, passwordOnlySchema } from "./schema";

export type TwoFactorState = FormState<"password" | "code"> & {
  setup?: { secret: string; uri: string };
  isEnabled?: boolean;
};

/** Step 1 of turning two-step sign-in on (password again): a new secret for the app. */
export async function startTwoFactorSetupAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ password: form.get("password") }),
    schema: passwordOnlySchema,
    run: async ({ user, input }) => {
      const identity = await requestIdentity();
      await assertPasswordAgain({ userId: user.id, password: input.password, ...identity });
      const secret = createTotpSecret();
      await startTotpSetup({ userId: user.id, secret });
      return {
        ok: true,
        setup: { secret: groupSecret(secret), uri: totpUri({ secret, email: user.email }) },
      };
    },
  });
}

/** Step 2: a code from the app proves it holds the secret; two-step sign-in is then on. */
export async function confirmTwoFactorAction(
  previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ code: form.get("code") }),
    schema: confirmTotpSchema,
    invalid: ({ fieldErrors }) => ({ ok: false, setup: previous.setup, fieldErrors }),
    run: async ({ user, input }) => {
      const state = await getTotpState({ userId: user.id });
      if (state.isEnabled || !state.secret) {
        return { ok: false, message: "Start again: turn two-step sign-in on from the beginning." };
      }
      const step = await verifyTotp({ secret: state.secret, code: input.code, afterStep: null });
      if (step === null || !(await enableTotp({ userId: user.id, step }))) {
        return {
          ok: false,
          setup: previous.setup,
          fieldErrors: {
            code: ["That code didn't match. Check the app's clock and try the newest code."],
          },
        };
      }
      await recordAudit({
        userId: user.id,
        event: "TWO_FACTOR_ENABLED",
        context: auditContextFrom(await headers()),
      });
      revalidatePath("/settings");
      return { ok: true, isEnabled: true, message: "Two-step sign-in is on." };
    },
  });
}

/** Turns two-step sign-in off (password again). */
export async function disableTwoFactorAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  return signedInFormAction(getCurrentUser, formData, {
    read: (form) => ({ password: form.get("password") }),
    schema: passwordOnlySchema,
    invalid: ({ fieldErrors }) => ({ ok: false, isEnabled: true, fieldErrors }),
    run: async ({ user, input }) => {
      const identity = await requestIdentity();
      await assertPasswordAgain({ userId: user.id, password: input.password, ...identity });
      await disableTotp({ userId: user.id });
      await recordAudit({
        userId: user.id,
        event: "TWO_FACTOR_DISABLED",
        context: auditContextFrom(await headers()),
      });
      revalidatePath("/settings");
      return { ok: true, isEnabled: false, message: "Two-step sign-in is off." };
    },
  });
}
