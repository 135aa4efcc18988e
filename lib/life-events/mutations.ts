import "server-only";
import {
  blindIndex,
  openOptional,
  openText,
  sealOptional,
  sealText,
} from "@/lib/crypto/sealing/fields";
import { getPrisma, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fromDbDate, toDbDate } from "@/lib/time";
import type { LifeEventInput, OnsetInput } from "./schema";

/** The row for an event: title and note encrypted, the title's keyed hash for uniqueness. */
function eventData(userId: string, data: LifeEventInput) {
  const { title, note } = data;
  return {
    date: toDbDate(data.date),
    title: sealText({ field: "LifeEvent.title", userId, text: title }),
    titleIndex: blindIndex({ field: "LifeEvent.title", userId, text: title }),
    category: data.category,
    note: sealOptional({ field: "LifeEvent.note", userId, text: note }),
  };
}

/**
 * Adds a life event for the person. A `requestId` they already created an event with returns
 * that event (a retried submit stores one). Throws AppError("CONFLICT") when they already have
 * another event with the same title on the same date.
 */
export async function createLifeEvent({
  userId,
  data,
  requestId = null,
}: {
  userId: string;
  data: LifeEventInput;
  requestId?: string | null;
}): Promise<{ id: string; isReplay: boolean }> {
  const prisma = getPrisma();
  const existing = () =>
    requestId
      ? prisma.lifeEvent.findFirst({ where: { userId, requestId }, select: { id: true } })
      : null;
  const earlier = await existing();
  if (earlier) return { id: earlier.id, isReplay: true };
  try {
    const created = await prisma.lifeEvent.create({
      data: { userId, requestId, ...eventData(userId, data) },
      select: { id: true },
    });
    return { id: created.id, isReplay: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request sent twice at once, or another event with this title and date.
    const other = await existing();
    if (other) return { id: other.id, isReplay: true };
    throw new AppError("CONFLICT");
  }
}

export type UpdateLifeEventResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; version: number; current: LifeEventInput }
  | { status: "gone" };

/**
 * Changes one of the person's life events if it is still at `version`; else returns what is
 * stored now (a conflict), or "gone" when it does not exist or is someone else's. Throws
 * AppError("CONFLICT") when the new date and title clash with another event.
 */
export async function updateLifeEvent({
  userId,
  id,
  version,
  data,
}: {
  userId: string;
  id: string;
  version: number;
  data: LifeEventInput;
}): Promise<UpdateLifeEventResult> {
  const prisma = getPrisma();
  let count: number;
  try {
    ({ count } = await prisma.lifeEvent.updateMany({
      where: { id, userId, version },
      data: { ...eventData(userId, data), version: { increment: 1 } },
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
  if (count === 1) return { status: "saved", version: version + 1 };
  const current = await prisma.lifeEvent.findFirst({
    where: { id, userId },
    select: { date: true, title: true, category: true, note: true, version: true },
  });
  if (!current) return { status: "gone" };
  return {
    status: "conflict",
    version: current.version,
    current: {
      date: fromDbDate(current.date),
      title: openText({ field: "LifeEvent.title", userId, value: current.title }),
      category: current.category,
      note: openOptional({ field: "LifeEvent.note", userId, value: current.note }),
    },
  };
}

/** Deletes one of the person's life events; false when there was none of theirs to delete. */
export async function deleteLifeEvent({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  const { count } = await getPrisma().lifeEvent.deleteMany({ where: { id, userId } });
  return count === 1;
}

export type UpdateOnsetResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; version: number; current: OnsetInput };

/**
 * Sets (or clears, with null) when the person's pain and its current flare began. With
 * `version`, only if the dates are still at that version (else a conflict with the dates stored
 * now); without it (sample data), whatever is there is replaced.
 */
export async function updateOnset({
  userId,
  data,
  version,
}: {
  userId: string;
  data: OnsetInput;
  version?: number;
}): Promise<UpdateOnsetResult> {
  const prisma = getPrisma();
  const [updated] = await prisma.user.updateManyAndReturn({
    where: { id: userId, ...(version === undefined ? {} : { onsetVersion: version }) },
    data: {
      painBeganOn: data.painBeganOn === null ? null : toDbDate(data.painBeganOn),
      flareBeganOn: data.flareBeganOn === null ? null : toDbDate(data.flareBeganOn),
      onsetVersion: { increment: 1 },
    },
    select: { onsetVersion: true },
  });
  if (updated) return { status: "saved", version: updated.onsetVersion };
  const current = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { painBeganOn: true, flareBeganOn: true, onsetVersion: true },
  });
  return {
    status: "conflict",
    version: current.onsetVersion,
    current: {
      painBeganOn: current.painBeganOn ? fromDbDate(current.painBeganOn) : null,
      flareBeganOn: current.flareBeganOn ? fromDbDate(current.flareBeganOn) : null,
    },
  };
}
