import "server-only";
import { randomInt } from "node:crypto";
import { sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toDbDate } from "@/lib/time";
import { drawBlockOrder, lastNight } from "./design/schedule";
import type { CreateExperimentInput } from "./schema";

/** A fair coin from the operating system's CSPRNG: nobody can predict or steer the order. */
const secureFlip = () => randomInt(2) === 1;

/**
 * Creates an experiment for the person, drawing its block order now (crypto.randomInt, one flip
 * per pair) and storing it, so what is compared is fixed before the first night. A `requestId`
 * they already used returns that experiment (a retried submit creates one). Throws
 * AppError("NOT_FOUND") when the relief item is not theirs, and AppError("CONFLICT") when
 * another of their experiments has nights left after this one's first night (one at a time, so
 * Tonight says one thing).
 */
export async function createExperiment({
  userId,
  data,
  requestId = null,
  flip = secureFlip,
}: {
  userId: string;
  data: CreateExperimentInput;
  requestId?: string | null;
  flip?: () => boolean;
}): Promise<{ id: string; isReplay: boolean }> {
  const prisma = getPrisma();
  const replay = () =>
    requestId
      ? prisma.experiment.findFirst({ where: { userId, requestId }, select: { id: true } })
      : null;
  const earlier = await replay();
  if (earlier) return { id: earlier.id, isReplay: true };
  const blockOrder = drawBlockOrder({ pairs: data.pairs, flip });
  const { change } = data;
  try {
    return await prisma.$transaction(async (tx) => {
      // Serialises this person's creates, so two at once cannot both pass the overlap check.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
      if (change.kind === "relief") {
        const item = await tx.reliefItem.findFirst({
          where: { id: change.reliefItemId, userId },
          select: { id: true },
        });
        if (!item) throw new AppError("NOT_FOUND");
      }
      const others = await tx.experiment.findMany({
        where: { userId, stoppedOn: null },
        select: { startDate: true, blockDays: true, blockOrder: true },
      });
      const overlaps = others.some(
        (other) =>
          lastNight({
            startDate: other.startDate.toISOString().slice(0, 10),
            blockDays: other.blockDays,
            blockOrder: other.blockOrder,
          }) >= data.startDate,
      );
      if (overlaps) throw new AppError("CONFLICT");
      const created = await tx.experiment.create({
        data: {
          userId,
          requestId,
          reliefItemId: change.kind === "relief" ? change.reliefItemId : null,
          rule:
            change.kind === "rule"
              ? sealText({ field: "Experiment.rule", userId, text: change.rule })
              : null,
          outcome: data.outcome,
          startDate: toDbDate(data.startDate),
          blockDays: data.blockDays,
          blockOrder,
        },
        select: { id: true },
      });
      return { id: created.id, isReplay: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request sent twice at once: the other one stored it.
    const other = await replay();
    if (other) return { id: other.id, isReplay: true };
    throw error;
  }
}

/**
 * Records whether the change was done on one night of one of the person's experiments (a later
 * answer replaces an earlier one). False when the experiment is not theirs.
 */
export async function recordExperimentNight({
  userId,
  id,
  date,
  isDone,
}: {
  userId: string;
  id: string;
  date: string;
  isDone: boolean;
}): Promise<boolean> {
  const prisma = getPrisma();
  const experiment = await prisma.experiment.findFirst({
    where: { id, userId },
    select: { id: true },
  });
  if (!experiment) return false;
  await prisma.experimentNight.upsert({
    where: { experimentId_date: { experimentId: id, date: toDbDate(date) } },
    create: { experimentId: id, userId, date: toDbDate(date), isDone },
    update: { isDone, recordedAt: new Date() },
  });
  return true;
}

/**
 * Stops one of the person's experiments early: `stoppedOn` is the first night no longer part of
 * it. A second stop keeps the first date. False when it is not theirs.
 */
export async function stopExperiment({
  userId,
  id,
  stoppedOn,
}: {
  userId: string;
  id: string;
  stoppedOn: string;
}): Promise<boolean> {
  const prisma = getPrisma();
  const { count } = await prisma.experiment.updateMany({
    where: { id, userId, stoppedOn: null },
    data: { stoppedOn: toDbDate(stoppedOn) },
  });
  if (count === 1) return true;
  return (await prisma.experiment.count({ where: { id, userId } })) === 1;
}

/** Deletes one of the person's experiments and its nights; false when there was none of theirs. */
export async function deleteExperiment({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  const { count } = await getPrisma().experiment.deleteMany({ where: { id, userId } });
  return count === 1;
}
