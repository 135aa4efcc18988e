import "server-only";
import { sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { hashRecoveryCode } from "@/lib/recovery/secrets/codes";
import { TOTP_CODE, verifyTotp } from "./codes/totp";
import { getTotpState } from "./data";

/** Starts setting up two-step sign-in: keeps a new secret, not yet in force. */
export async function startTotpSetup({ userId, secret }: { userId: string; secret: string }) {
  await getPrisma().user.update({
    where: { id: userId },
    data: {
      totpSecret: sealText({ field: "User.totpSecret", userId, text: secret }),
      totpEnabledAt: null,
      totpLastStep: null,
    },
  });
}

/** Puts the pending secret in force once the person proved their app has it. */
export async function enableTotp({
  userId,
  step,
  now = new Date(),
}: {
  userId: string;
  step: number;
  now?: Date;
}): Promise<boolean> {
  const { count } = await getPrisma().user.updateMany({
    where: { id: userId, totpSecret: { not: null }, totpEnabledAt: null },
    data: { totpEnabledAt: now, totpLastStep: step },
  });
  return count === 1;
}

/** Turns two-step sign-in off and forgets the secret. */
export async function disableTotp({ userId }: { userId: string }) {
  await getPrisma().user.update({
    where: { id: userId },
    data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
}

/**
 * Records the time step of an accepted code, only if it is newer than the last one: of two
 * sign-ins racing with the same code, one wins. False when the step was already used.
 */
export async function claimTotpStep({ userId, step }: { userId: string; step: number }) {
  const { count } = await getPrisma().user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Uses up one of the person's unused recovery codes (the second step's fallback). */
export async function spendRecoveryCode({
  userId,
  code,
  now = new Date(),
}: {
  userId: string;
  code: string;
  now?: Date;
}): Promise<boolean> {
  const { count } = await getPrisma().recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}

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
