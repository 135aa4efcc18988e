"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { confirmPassword } from "@/lib/accounts/mutations";
import { auditContextFrom } from "@/lib/audit/context";
import { recordAudit } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { deviceCookieName } from "@/lib/device-cookie";
import { type FormState, fieldErrorsOf, NOT_A_FORM } from "@/lib/forms";
import { getCurrentUser } from "@/lib/sessions/loaders";
import { getTotpState } from "./data";
import { disableTotp, enableTotp, startTotpSetup } from "./mutations";
import { confirmTotpSchema, passwordOnlySchema } from "./schema";
import { createTotpSecret, groupSecret, totpUri, verifyTotp } from "./totp";

export type TwoFactorState = FormState<"password" | "code"> & {
  setup?: { secret: string; uri: string };
  isEnabled?: boolean;
};

const SESSION_ENDED = "Your session has ended. Sign in again.";
const RATE_LIMITED = "Too many attempts from here. Wait a while and try again.";

/** Checks the signed-in person's password again, under the sign-in limits. */
async function passwordAgain(userId: string, formData: FormData) {
  const parsed = passwordOnlySchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<"password">(parsed.error) };
  const check = await confirmPassword({
    userId,
    password: parsed.data.password,
    clientKey: clientKeyFrom(await headers()),
    deviceToken: (await cookies()).get(deviceCookieName())?.value ?? null,
  });
  if (check === "RATE_LIMITED") return { message: RATE_LIMITED };
  if (check === "WRONG_PASSWORD")
    return { fieldErrors: { password: ["That is not your password."] } };
  return null;
}

/** Step 1 of turning two-step sign-in on (password again): a new secret for the app. */
export async function startTwoFactorSetupAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const refused = await passwordAgain(user.id, formData);
  if (refused) return { ok: false, ...refused };
  const secret = createTotpSecret();
  await startTotpSetup({ userId: user.id, secret });
  return {
    ok: true,
    setup: { secret: groupSecret(secret), uri: totpUri({ secret, email: user.email }) },
  };
}

/** Step 2: a code from the app proves it holds the secret; two-step sign-in is then on. */
export async function confirmTwoFactorAction(
  previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = confirmTotpSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) {
    return { ok: false, setup: previous.setup, fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const state = await getTotpState({ userId: user.id });
  if (state.isEnabled || !state.secret) {
    return { ok: false, message: "Start again: turn two-step sign-in on from the beginning." };
  }
  const step = await verifyTotp({ secret: state.secret, code: parsed.data.code, afterStep: null });
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
}

/** Turns two-step sign-in off (password again). */
export async function disableTwoFactorAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_ENDED };
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const refused = await passwordAgain(user.id, formData);
  if (refused) return { ok: false, isEnabled: true, ...refused };
  await disableTotp({ userId: user.id });
  await recordAudit({
    userId: user.id,
    event: "TWO_FACTOR_DISABLED",
    context: auditContextFrom(await headers()),
  });
  revalidatePath("/settings");
  return { ok: true, isEnabled: false, message: "Two-step sign-in is off." };
}
