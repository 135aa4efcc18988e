import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

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

/** Replaces the password hash; every existing session stops working. */
export async function updatePassword({
  userId,
  passwordHash,
}: {
  userId: string;
  passwordHash: string;
}) {
  await getPrisma().user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
}

/** "Sign out everywhere": every existing session stops working. */
export async function revokeAllSessions({ userId }: { userId: string }) {
  await getPrisma().user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
  });
}
