import "server-only";
import type { $Enums, Prisma } from "@/generated/prisma/client";
import { blindIndexes, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import type { PartOfDay } from "@/lib/time";
import { toDbDate } from "@/lib/time";
import { tagKey } from "./schema";
import type { RedFlag } from "./vocabulary/red-flags";
import type { BodyArea, Helped, PainQuality, TagKind } from "./vocabulary/terms";

/**
 * Writes to the journal. Every function takes the person's id and touches only their rows:
 * another person's id or date changes nothing.
 */

// The vocabulary's lists and the database enums must stay the same sets.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<BodyArea, $Enums.BodyArea>,
  Same<PainQuality, $Enums.PainQuality>,
  Same<PartOfDay, $Enums.PartOfDay>,
  Same<RedFlag, $Enums.RedFlag>,
  Same<TagKind, $Enums.TagKind>,
  Same<Helped, $Enums.Helped>,
] = [true, true, true, true, true, true];
void enumsAgree;

type Db = Prisma.TransactionClient;

/**
 * The ids of the person's tags with these names, creating the missing ones. Names match
 * case-insensitively through their keyed hashes, so "Sam" and "sam" are one person; the first
 * spelling used is kept. Runs inside the caller's transaction `tx`.
 */
export async function resolveTagIds({
  tx,
  userId,
  tags,
}: {
  tx: Db;
  userId: string;
  tags: readonly { kind: TagKind; name: string }[];
}): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (tags.length === 0) return ids;
  const wanted = new Map<string, { kind: TagKind; name: string; indexes: string[] }>();
  for (const tag of tags) {
    const key = tagKey(tag);
    if (wanted.has(key)) continue;
    const indexes = blindIndexes({ field: "Tag.name", userId, text: tag.name });
    wanted.set(key, { kind: tag.kind, name: tag.name, indexes });
  }
  const find = async () => {
    const rows = await tx.tag.findMany({
      where: { userId, nameIndex: { in: [...wanted.values()].flatMap((tag) => tag.indexes) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, nameIndex: true },
    });
    for (const [key, tag] of wanted) {
      const row = rows.find((r) => r.kind === tag.kind && tag.indexes.includes(r.nameIndex ?? ""));
      if (row && !ids.has(key)) ids.set(key, row.id);
    }
  };
  await find();
  const missing = [...wanted].filter(([key]) => !ids.has(key));
  if (missing.length > 0) {
    // Sorted so that concurrent saves take the same locks in the same order (no deadlock).
    missing.sort(([a], [b]) => (a < b ? -1 : 1));
    await tx.tag.createMany({
      data: missing.map(([, tag]) => ({
        userId,
        kind: tag.kind,
        name: sealText({ field: "Tag.name", userId, text: tag.name }),
        nameIndex: tag.indexes[0],
      })),
      skipDuplicates: true,
    });
    await find();
  }
  return ids;
}

/**
 * Deletes the person's check-in and quick logs of one date, with their tags uses and relief.
 * Returns what was deleted (nothing for another person's date).
 */
export async function deleteDay({ userId, date }: { userId: string; date: string }) {
  const localDate = toDbDate(date);
  return getPrisma().$transaction(async (tx) => {
    const checkIns = await tx.checkIn.deleteMany({ where: { userId, date: localDate } });
    const quickLogs = await tx.painEntry.deleteMany({
      where: { userId, checkInId: null, localDate },
    });
    return { checkIns: checkIns.count, quickLogs: quickLogs.count };
  });
}

/**
 * Empties the person's journal: every check-in and quick log (with their tag uses and relief).
 * Their tags and relief items stay, so the vocabulary is there when they start again.
 */
export async function clearJournal({ userId }: { userId: string }) {
  return getPrisma().$transaction(async (tx) => {
    const checkIns = await tx.checkIn.deleteMany({ where: { userId } });
    const quickLogs = await tx.painEntry.deleteMany({ where: { userId } });
    return { checkIns: checkIns.count, quickLogs: quickLogs.count };
  });
}
