import "server-only";
import { getPrisma } from "@/lib/db";
import { hashResetToken } from "./secrets/tokens";

/** How many of the person's recovery codes are still unused. */
export async function countUnusedRecoveryCodes({ userId }: { userId: string }) {
  return getPrisma().recoveryCode.count({ where: { userId, usedAt: null } });
}

/** Whether a reset link still works (unused, not expired), so the page can say so up front. */
export async function isResetTokenUsable({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}) {
  const count = await getPrisma().passwordReset.count({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
  });
  return count === 1;
}
