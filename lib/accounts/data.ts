import "server-only";
import { getPrisma } from "@/lib/db";

/** For the sign-in check only: the stored hash and session version of an email, or null. */
export async function getUserCredentials({ email }: { email: string }) {
  return getPrisma().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, sessionVersion: true },
  });
}

/** The signed-in person's account, or null when the session is stale (older session version). */
export async function getSessionUser({
  userId,
  sessionVersion,
}: {
  userId: string;
  sessionVersion: number;
}) {
  return getPrisma().user.findFirst({
    where: { id: userId, sessionVersion },
    select: { id: true, email: true, timeZone: true },
  });
}

/** The password hash of the person's own account, for checks that re-ask the password. */
export async function getPasswordHash({ userId }: { userId: string }) {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { passwordHash: true },
  });
  return user?.passwordHash ?? null;
}
