import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { sealOptional } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { ensureBuiltinReliefItems } from "@/lib/relief/mutations";
import { toDbDate } from "@/lib/time";
import { resolveTagIds } from "../mutations";
import { tagKey } from "../schema";
import type { TagKind } from "../vocabulary/terms";
import type { DemoJournal } from "./generator/demo-journal";

/** Writes the sample journal (docs/demo-data.md) for "try it with sample data" and scripts. */

/**
 * Fills the person's journal with a demo journal in one transaction. With `replaceExisting`, their
 * journal (check-ins, quick logs, tags, their own relief items) is emptied first; without it,
 * nothing happens unless the journal is empty. Returns whether it was inserted and how much.
 */
export async function insertDemoJournal({
  userId,
  journal,
  replaceExisting = false,
}: {
  userId: string;
  journal: DemoJournal;
  replaceExisting?: boolean;
}) {
  const inserted = {
    isInserted: true,
    checkIns: journal.checkIns.length,
    quickLogs: journal.quickLogs.length,
  };
  try {
    return await getPrisma().$transaction(
      async (tx) => {
        if (replaceExisting) {
          await tx.checkIn.deleteMany({ where: { userId } });
          await tx.painEntry.deleteMany({ where: { userId } });
          await tx.tag.deleteMany({ where: { userId } });
          await tx.reliefItem.deleteMany({ where: { userId, builtinKey: null } });
        } else {
          const [checkIn, entry] = await Promise.all([
            tx.checkIn.findFirst({ where: { userId }, select: { id: true } }),
            tx.painEntry.findFirst({ where: { userId }, select: { id: true } }),
          ]);
          if (checkIn || entry) return { ...inserted, isInserted: false };
        }
        await insertDemoRows(tx, userId, journal);
        return inserted;
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    // Two "try it with sample data" clicks at once: the other one inserted it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ...inserted, isInserted: false };
    }
    throw error;
  }
}

async function insertDemoRows(tx: Prisma.TransactionClient, userId: string, journal: DemoJournal) {
  await ensureBuiltinReliefItems({ userId, tx });
  const reliefItems = await tx.reliefItem.findMany({
    where: { userId, builtinKey: { not: null } },
    select: { id: true, builtinKey: true },
  });
  const reliefIdByKey = new Map(reliefItems.map((item) => [item.builtinKey, item.id]));
  const tagIds = await resolveTagIds({
    tx,
    userId,
    tags: [
      ...journal.checkIns.flatMap((checkIn) => checkIn.tags),
      ...journal.quickLogs.flatMap((log) => log.tags),
    ],
  });
  const tagId = (tag: { kind: TagKind; name: string }) => tagIds.get(tagKey(tag));

  const checkIns = journal.checkIns.map((checkIn) => ({
    ...checkIn,
    id: randomUUID(),
    dbDate: toDbDate(checkIn.date),
  }));
  // Check-ins first: a concurrent insert for the same person fails here, before anything else.
  await tx.checkIn.createMany({
    data: checkIns.map(
      ({ id, dbDate, stress, sleepQuality, sleepHours, sittingHours, note, redFlags }) => ({
        id,
        userId,
        date: dbDate,
        stress,
        sleepQuality,
        sleepHours,
        sittingHours,
        note: sealOptional({ field: "CheckIn.note", userId, text: note }),
        redFlags,
      }),
    ),
  });
  const quickLogs = journal.quickLogs.map((log) => ({
    ...log,
    id: randomUUID(),
    dbDate: toDbDate(log.localDate),
  }));
  await tx.painEntry.createMany({
    data: [
      ...checkIns.flatMap((checkIn) =>
        checkIn.painEntries.map((entry) => ({
          userId,
          checkInId: checkIn.id,
          localDate: checkIn.dbDate,
          ...entry,
        })),
      ),
      ...quickLogs.map((log) => ({
        id: log.id,
        userId,
        localDate: log.dbDate,
        partOfDay: log.partOfDay,
        intensity: log.intensity,
        areas: log.areas,
        occurredAt: new Date(log.occurredAt),
        requestId: randomUUID(),
      })),
    ],
  });
  await tx.tagUse.createMany({
    data: [
      ...checkIns.flatMap((checkIn) =>
        checkIn.tags.flatMap((tag) => {
          const id = tagId(tag);
          return id
            ? [
                {
                  userId,
                  tagId: id,
                  checkInId: checkIn.id,
                  localDate: checkIn.dbDate,
                  partOfDay: tag.partOfDay,
                },
              ]
            : [];
        }),
      ),
      ...quickLogs.flatMap((log) =>
        log.tags.flatMap((tag) => {
          const id = tagId(tag);
          return id
            ? [
                {
                  userId,
                  tagId: id,
                  painEntryId: log.id,
                  localDate: log.dbDate,
                  partOfDay: log.partOfDay,
                },
              ]
            : [];
        }),
      ),
    ],
  });
  await tx.reliefUse.createMany({
    data: checkIns.flatMap((checkIn) =>
      checkIn.relief.flatMap((use) => {
        const reliefItemId = reliefIdByKey.get(use.builtinKey);
        return reliefItemId
          ? [
              {
                userId,
                checkInId: checkIn.id,
                reliefItemId,
                localDate: checkIn.dbDate,
                partOfDay: use.partOfDay,
                minutes: use.minutes,
                helped: use.helped,
              },
            ]
          : [];
      }),
    ),
  });
}
