import "server-only";
import { getPrisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { isMailConfigured, sendMail } from "@/lib/mail";
import { mayEmailResetTo } from "@/lib/rate-limit";
import { hashRecoveryCode } from "./secrets/codes";
import {
  createResetToken,
  hashResetToken,
  RESET_LINK_MINUTES,
  resetLinkFor,
} from "./secrets/tokens";

/** Replaces the person's recovery codes with these (only their hashes are stored). */
export async function replaceRecoveryCodes({ userId, codes }: { userId: string; codes: string[] }) {
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    }),
  ]);
}

/**
 * Sets a new password with one of the person's unused recovery codes, uses the code up and ends
 * every session, all in one transaction. Returns the person's id, or null when the email and
 * code do not belong together (or the code was used): the caller cannot tell which.
 */
export async function resetPasswordWithRecoveryCode({
  email,
  code,
  passwordHash,
  now = new Date(),
}: {
  email: string;
  code: string;
  passwordHash: string;
  now?: Date;
}): Promise<string | null> {
  return getPrisma().$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({
      where: { codeHash: hashRecoveryCode(code), usedAt: null, user: { email } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const user = await tx.user.update({
      where: { email },
      data: { passwordHash },
      select: { id: true },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    return user.id;
  });
}

/**
 * A single-use password-reset link for the account with this email, valid for 30 minutes;
 * returns its token (shown once, only the hash is stored), or null when there is no such account.
 */
export async function createPasswordReset({
  email,
  now = new Date(),
}: {
  email: string;
  now?: Date;
}): Promise<{ userId: string; token: string } | null> {
  const user = await getPrisma().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const token = createResetToken();
  await getPrisma().passwordReset.create({
    data: {
      userId: user.id,
      tokenHash: hashResetToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
    },
  });
  return { userId: user.id, token };
}

/**
 * Sets a new password through a reset link: the link must be unused and unexpired, is used up,
 * and every session ends, in one transaction. Returns the person's id, or null.
 */
export async function resetPasswordWithToken({
  token,
  passwordHash,
  now = new Date(),
}: {
  token: string;
  passwordHash: string;
  now?: Date;
}): Promise<string | null> {
  return getPrisma().$transaction(async (tx) => {
    const tokenHash = hashResetToken(token);
    const used = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    // Other links sent before this reset are of no more use.
    await tx.passwordReset.updateMany({
      where: { userId: reset.userId, usedAt: null },
      data: { usedAt: now },
    });
    return reset.userId;
  });
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
