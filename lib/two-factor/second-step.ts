import "server-only";
import { getTotpState } from "./data";
import { claimTotpStep, spendRecoveryCode } from "./mutations";
import { TOTP_CODE, verifyTotp } from "./totp";

export type SecondStep = "NOT_NEEDED" | "MISSING" | "OK" | "RECOVERY_CODE_USED" | "WRONG";

/**
 * The second step of signing in, for someone whose password was right: a code from their
 * authenticator app (each accepted once), or one of their recovery codes (used up).
 */
export async function checkSecondStep({
  userId,
  code,
  now = new Date(),
}: {
  userId: string;
  code: string | undefined;
  now?: Date;
}): Promise<SecondStep> {
  const state = await getTotpState({ userId });
  if (!state.isEnabled || !state.secret) return "NOT_NEEDED";
  const typed = (code ?? "").trim();
  if (!typed) return "MISSING";
  if (TOTP_CODE.test(typed.replace(/\s/g, ""))) {
    const step = await verifyTotp({
      secret: state.secret,
      code: typed,
      afterStep: state.lastStep,
      now,
    });
    return step !== null && (await claimTotpStep({ userId, step })) ? "OK" : "WRONG";
  }
  if (typed.length <= 64 && (await spendRecoveryCode({ userId, code: typed, now }))) {
    return "RECOVERY_CODE_USED";
  }
  return "WRONG";
}
