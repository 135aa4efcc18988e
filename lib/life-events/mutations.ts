import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toDbDate } from "@/lib/time";
import type { LifeEventInput, OnsetInput } from "./schema";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function eventData(data: LifeEventInput) {
  return { date: toDbDate(data.date), title: data.title, category: data.category, note: data.note };
}

/**
 * Adds a life event for the person. Throws AppError("CONFLICT") when they already have an event
 * with the same title on the same date.
 */
export async function createLifeEvent({
  userId,
  data,
}: {
  userId: string;
  data: LifeEventInput;
}): Promise<{ id: string }> {
  try {
    return await getPrisma().lifeEvent.create({
      data: { userId, ...eventData(data) },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
}

/**
 * Changes one of the person's life events. Returns false when it does not exist or is someone
 * else's; throws AppError("CONFLICT") when the new date and title clash with another event.
 */
export async function updateLifeEvent({
  userId,
  id,
  data,
}: {
  userId: string;
  id: string;
  data: LifeEventInput;
}): Promise<boolean> {
  try {
    const { count } = await getPrisma().lifeEvent.updateMany({
      where: { id, userId },
      data: eventData(data),
    });
    return count === 1;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
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

/** Sets (or clears, with null) when the person's pain and its current flare began. */
export async function updateOnset({
  userId,
  data,
}: {
  userId: string;
  data: OnsetInput;
}): Promise<void> {
  await getPrisma().user.update({
    where: { id: userId },
    data: {
      painBeganOn: data.painBeganOn === null ? null : toDbDate(data.painBeganOn),
      flareBeganOn: data.flareBeganOn === null ? null : toDbDate(data.flareBeganOn),
    },
  });
}
