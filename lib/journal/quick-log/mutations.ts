import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { doseSelect, toDoseDTOs } from "@/lib/medications/data";
import { doseMoment } from "@/lib/medications/doses/timing";
import { toDbDate } from "@/lib/time";
import { journalSlotFor } from "@/lib/time-zone";
import { resolveTagIds } from "../mutations";
import { type QuickLogData, tagKey } from "../schema";

/** Quick logs: a pain rating between check-ins. Every write is scoped to the person's id. */

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
      const tagIds = await resolveTagIds({ tx, userId, tags: data.tags });
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

/** Deletes one of the person's quick logs; false when there is none with this id for them. */
export async function deleteQuickLog({ userId, id }: { userId: string; id: string }) {
  const { count } = await getPrisma().painEntry.deleteMany({
    where: { id, userId, checkInId: null },
  });
  return count === 1;
}
