import "server-only";
import { openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { RELIEF_LIBRARY } from "./library/relief-library";
import { ensureBuiltinReliefItems } from "./mutations";
import type { ReliefItemDTO, ReliefItemName } from "./types";

/**
 * The person's relief items (the built-in library, created for them on first listing, and their
 * own), most recently and most used first, the rest in library order.
 */
export async function listReliefItems({ userId }: { userId: string }): Promise<ReliefItemDTO[]> {
  await ensureBuiltinReliefItems({ userId });
  const items = await getPrisma().$queryRaw<ReliefItemDTO[]>`
    SELECT r.id, r."builtinKey", r.name,
           to_char(max(u."localDate"), 'YYYY-MM-DD') AS "lastUsed",
           count(u.id)::int AS uses
    FROM "ReliefItem" r
    LEFT JOIN "ReliefUse" u ON u."reliefItemId" = r.id AND u."userId" = r."userId"
    WHERE r."userId" = ${userId}::uuid
    GROUP BY r.id`;
  return items
    .map((item) => ({ ...item, name: openReliefName(userId, item.name) }))
    .sort(compareReliefItems);
}

/** A stored relief item name, decrypted. */
export function openReliefName(userId: string, value: string): string {
  return openText({ field: "ReliefItem.name", userId, value });
}

/**
 * The person's relief items by id with their names and built-in keys (no usage, no ordering, the
 * built-in ones only once they exist): what patterns and prompts label and look up.
 */
export async function listReliefItemNames({
  userId,
}: {
  userId: string;
}): Promise<ReliefItemName[]> {
  const items = await getPrisma().reliefItem.findMany({
    where: { userId },
    select: { id: true, name: true, builtinKey: true },
  });
  return items.map((item) => ({ ...item, name: openReliefName(userId, item.name) }));
}

const libraryOrder = new Map(RELIEF_LIBRARY.map((item, index) => [item.key, index]));

function compareReliefItems(a: ReliefItemDTO, b: ReliefItemDTO): number {
  if (a.lastUsed !== b.lastUsed) {
    if (a.lastUsed === null) return 1;
    if (b.lastUsed === null) return -1;
    return a.lastUsed < b.lastUsed ? 1 : -1;
  }
  if (a.uses !== b.uses) return b.uses - a.uses;
  const orderA = libraryOrder.get(a.builtinKey ?? "") ?? Number.MAX_SAFE_INTEGER;
  const orderB = libraryOrder.get(b.builtinKey ?? "") ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.name.localeCompare(b.name);
}
