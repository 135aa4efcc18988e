import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { blindIndex, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { RELIEF_LIBRARY } from "./library/relief-library";

/**
 * Creates the built-in relief items the person does not have yet (idempotent). Pass `tx` to do
 * it inside a caller's transaction.
 */
export async function ensureBuiltinReliefItems({
  userId,
  tx = getPrisma(),
}: {
  userId: string;
  tx?: Prisma.TransactionClient;
}) {
  const existing = await tx.reliefItem.count({ where: { userId, builtinKey: { not: null } } });
  if (existing >= RELIEF_LIBRARY.length) return;
  await tx.reliefItem.createMany({
    data: RELIEF_LIBRARY.map((item) => ({
      userId,
      builtinKey: item.key,
      name: sealReliefName({ userId, name: item.name }),
      nameIndex: blindIndex({ field: "ReliefItem.name", userId, text: item.name }),
    })),
    skipDuplicates: true,
  });
}

/** A relief item's name as stored: encrypted, bound to the person (the library's names too). */
export function sealReliefName({ userId, name }: { userId: string; name: string }) {
  return sealText({ field: "ReliefItem.name", userId, text: name });
}
