import "server-only";
import type { Prisma } from "@/generated/prisma/client";
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
    data: RELIEF_LIBRARY.map((item) => ({ userId, builtinKey: item.key, name: item.name })),
    skipDuplicates: true,
  });
}
