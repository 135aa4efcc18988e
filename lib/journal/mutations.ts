import "server-only";
import { randomUUID } from "node:crypto";
import { type $Enums, Prisma } from "@/generated/prisma/client";
import { blindIndexes, sealOptional, sealText } from "@/lib/crypto/fields";
import { getPrisma } from "@/lib/db";
import { doseSelect, toDoseDTOs } from "@/lib/medications/data";
import { doseMoment } from "@/lib/medications/doses/timing";
import { RELIEF_LIBRARY } from "@/lib/relief/library/relief-library";
import { journalSlotFor, toDbDate } from "@/lib/time";
import type { DemoJournal } from "./demo/generator/demo-journal";
import { type QuickLogData, tagKey } from "./schema";
import type {
  BodyArea,
  Helped,
  PainQuality,
  PartOfDay,
  RedFlag,
  TagKind,
} from "./vocabulary/terms";

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

const RETRIED_CODES = new Set(["P2002", "P2034"]);

/**
 * Runs a transaction again (up to 3 times) when it lost a race: a unique violation from a
 * concurrent first save of the same day, or a write conflict / deadlock.
 */
async function transactionWithRetry<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getPrisma().$transaction(work);
    } catch (error) {
      const isRace =
        error instanceof Prisma.PrismaClientKnownRequestError && RETRIED_CODES.has(error.code);
      if (!isRace || attempt >= 3) throw error;
    }
  }
}

/** Creates the built-in relief items the person does not have yet (idempotent). */
export async function ensureBuiltinReliefItems({ userId }: { userId: string }) {
  await createBuiltinReliefItems(getPrisma(), userId);
}

async function createBuiltinReliefItems(db: Db, userId: string) {
  const existing = await db.reliefItem.count({ where: { userId, builtinKey: { not: null } } });
  if (existing >= RELIEF_LIBRARY.length) return;
  await db.reliefItem.createMany({
    data: RELIEF_LIBRARY.map((item) => ({ userId, builtinKey: item.key, name: item.name })),
    skipDuplicates: true,
  });
}

/**
 * The ids of the person's tags with these names, creating the missing ones. Names match
 * case-insensitively through their keyed hashes, so "Sam" and "sam" are one person; the first
 * spelling used is kept.
 */
async function resolveTagIds(
  db: Db,
  userId: string,
  tags: readonly { kind: TagKind; name: string }[],
): Promise<Map<string, string>> {
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
    const rows = await db.tag.findMany({
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
    await db.tag.createMany({
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

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A log sent late keeps the moment it was made, unless that is in the future or over a week old. */
function loggedAtOrNow(loggedAt: string | undefined, now: Date): Date {
  const at = loggedAt ? new Date(loggedAt) : now;
  return at.getTime() > now.getTime() || now.getTime() - at.getTime() > WEEK_MS ? now : at;
}

/**
 * Stores a quick log felt at `data.loggedAt` (a log kept offline and sent later; trusted up to a
 * week back) or else `now`, filed under the journal date and part of day of that moment in the
 * person's zone. Idempotent per `requestId`: a retried submit returns the first one stored.
 */
export async function createQuickLog({
  userId,
  timeZone,
  data,
  now = new Date(),
}: {
  userId: string;
  timeZone: string;
  data: QuickLogData;
  now?: Date;
}) {
  const occurredAt = loggedAtOrNow(data.loggedAt, now);
  const slot = journalSlotFor(occurredAt, timeZone);
  return transactionWithRetry(async (tx) => {
    const id = randomUUID();
    const localDate = toDbDate(slot.localDate);
    const { count } = await tx.painEntry.createMany({
      data: [
        {
          id,
          userId,
          requestId: data.requestId,
          localDate,
          partOfDay: slot.partOfDay,
          intensity: data.intensity,
          areas: data.areas,
          occurredAt,
        },
      ],
      skipDuplicates: true,
    });
    const isNew = count === 1;
    if (isNew && data.tags.length > 0) {
      const tagIds = await resolveTagIds(tx, userId, data.tags);
      await tx.tagUse.createMany({
        data: data.tags.flatMap((tag) => {
          const tagId = tagIds.get(tagKey(tag));
          return tagId
            ? [{ userId, painEntryId: id, tagId, localDate, partOfDay: slot.partOfDay }]
            : [];
        }),
      });
    }
    if (isNew && data.medications.length > 0) {
      await tx.medicationDose.createMany({
        data: await quickLogDoses(tx, { userId, timeZone, painEntryId: id, occurredAt, data }),
      });
    }
    const stored = await tx.painEntry.findFirstOrThrow({
      where: { userId, requestId: data.requestId },
      select: {
        id: true,
        occurredAt: true,
        localDate: true,
        partOfDay: true,
        intensity: true,
        medicationDoses: { select: doseSelect },
      },
    });
    return {
      medications: toDoseDTOs({ userId, timeZone, rows: stored.medicationDoses }),
      id: stored.id,
      occurredAt: (stored.occurredAt ?? now).toISOString(),
      localDate: stored.localDate.toISOString().slice(0, 10),
      partOfDay: stored.partOfDay,
      intensity: stored.intensity,
      isNew,
    };
  });
}

/**
 * A quick log's doses, of the person's own medications only (another id is ignored): taken when
 * the log was made, or at the time given on the log's journal day.
 */
async function quickLogDoses(
  db: Db,
  {
    userId,
    timeZone,
    painEntryId,
    occurredAt,
    data,
  }: {
    userId: string;
    timeZone: string;
    painEntryId: string;
    occurredAt: Date;
    data: QuickLogData;
  },
) {
  const slot = journalSlotFor(occurredAt, timeZone);
  const own = await db.medication.findMany({
    where: { userId, id: { in: data.medications.map((dose) => dose.medicationId) } },
    select: { id: true },
  });
  const ownIds = new Set(own.map((row) => row.id));
  return data.medications
    .filter((dose) => ownIds.has(dose.medicationId))
    .map(({ medicationId, dose, unit, asNeeded, time }) => {
      const moment =
        time === ""
          ? { takenAt: occurredAt, partOfDay: slot.partOfDay }
          : doseMoment({ date: slot.localDate, time, timeZone });
      return {
        userId,
        medicationId,
        painEntryId,
        localDate: toDbDate(slot.localDate),
        ...moment,
        asNeeded,
        dose,
        unit,
      };
    });
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

/** Deletes one of the person's quick logs; false when there is none with this id for them. */
export async function deleteQuickLog({ userId, id }: { userId: string; id: string }) {
  const { count } = await getPrisma().painEntry.deleteMany({
    where: { id, userId, checkInId: null },
  });
  return count === 1;
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

async function insertDemoRows(tx: Db, userId: string, journal: DemoJournal) {
  await createBuiltinReliefItems(tx, userId);
  const reliefItems = await tx.reliefItem.findMany({
    where: { userId, builtinKey: { not: null } },
    select: { id: true, builtinKey: true },
  });
  const reliefIdByKey = new Map(reliefItems.map((item) => [item.builtinKey, item.id]));
  const tagIds = await resolveTagIds(tx, userId, [
    ...journal.checkIns.flatMap((checkIn) => checkIn.tags),
    ...journal.quickLogs.flatMap((log) => log.tags),
  ]);
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
