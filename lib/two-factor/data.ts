import "server-only";
import { openOptional } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";

/** The person's two-step sign-in: in force, or a secret waiting to be confirmed, or neither. */
export async function getTotpState({ userId }: { userId: string }) {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  return {
    isEnabled: Boolean(user?.totpEnabledAt && user.totpSecret),
    // Encrypted at rest like health text: with it, anyone holding a dump could make codes.
    secret: openOptional({ field: "User.totpSecret", userId, value: user?.totpSecret ?? null }),
    lastStep: user?.totpLastStep ?? null,
  };
}
