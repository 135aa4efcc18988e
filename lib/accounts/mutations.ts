import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { getPrisma } from "@/lib/db";
import { verifiedDeviceId } from "@/lib/device-cookie";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/passwords";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/rate-limit";

/** Creates an account. Throws AppError("EMAIL_TAKEN") when the email already has one. */
export async function createUser({
  email,
  passwordHash,
  timeZone,
}: {
  email: string;
  passwordHash: string;
  timeZone: string;
}) {
  try {
    return await getPrisma().user.create({
      data: { email, passwordHash, timeZone },
      select: { id: true, email: true, timeZone: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("EMAIL_TAKEN");
    }
    throw error;
  }
}

/** Sets the person's time zone. */
export async function updateTimeZone({ userId, timeZone }: { userId: string; timeZone: string }) {
  await getPrisma().user.update({ where: { id: userId }, data: { timeZone } });
}

/** Replaces the password hash and ends every session of the person, in one transaction. */
export async function updatePassword({
  userId,
  passwordHash,
}: {
  userId: string;
  passwordHash: string;
}) {
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
    prisma.session.deleteMany({ where: { userId } }),
  ]);
}

/**
 * Asks for the signed-in person's password again (before export, import, deleting the account,
 * or as the current password when changing it), under the sign-in limits keyed by their email: a wrong password counts as a failed
 * sign-in, a right one ends the back-off. The caller passes the session's userId.
 */
export async function confirmPassword({
  userId,
  password,
  clientKey,
  deviceToken,
}: {
  userId: string;
  password: string;
  clientKey: string;
  /** The request's device cookie (lib/device-cookie.ts), if any. */
  deviceToken?: string | null;
}): Promise<"OK" | "WRONG_PASSWORD" | "RATE_LIMITED"> {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (!user) return "WRONG_PASSWORD";
  const { email } = user;
  const deviceId = verifiedDeviceId({
    token: deviceToken,
    email,
    secret: getEnv().NEXTAUTH_SECRET,
  });
  const attempt = { email, clientKey, deviceId };
  try {
    await assertSignInAllowed(attempt);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return "RATE_LIMITED";
    throw error;
  }
  if (!(await verifyPassword({ passwordHash: user.passwordHash, password }))) {
    await recordSignInFailure(attempt);
    await recordAudit({ userId, event: "PASSWORD_CHECK_FAILED", context: { clientKey } });
    return "WRONG_PASSWORD";
  }
  await recordSignInSuccess(attempt);
  return "OK";
}

/**
 * confirmPassword for actions that ask for the password again: returns when it is right, throws
 * AppError("WRONG_PASSWORD") or AppError("RATE_LIMITED") otherwise (lib/form-action.ts words
 * both).
 */
export async function assertPasswordAgain(
  attempt: Parameters<typeof confirmPassword>[0],
): Promise<void> {
  const check = await confirmPassword(attempt);
  if (check !== "OK") throw new AppError(check);
}

/**
 * Deletes the account and every row of the person's data in one transaction: the User row
 * (everything else cascades from it, share links and their access log included) and the
 * sign-in rate-limit counters kept under their email. Its Session rows cascade too, so every
 * session ends at once (lib/sessions/loaders.ts). Returns false when there was no account.
 */
export async function deleteAccount({ userId }: { userId: string }): Promise<boolean> {
  return getPrisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    // rate-limiter-flexible stores "<prefix>:<key>"; lib/rate-limit.ts keys by "<email>" and
    // "<email>|<client>".
    await tx.$executeRaw`
      DELETE FROM "RateLimit"
      WHERE substr("key", strpos("key", ':') + 1) = ${user.email}
         OR starts_with(substr("key", strpos("key", ':') + 1), ${`${user.email}|`})`;
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
