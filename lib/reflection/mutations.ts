import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import type { PromptEvidence } from "./types";

/**
 * Saves an answer with the prompt and evidence that raised it, dated in the week starting
 * `weekStart` (the Monday of the person's local week).
 */
export async function createReflection({
  userId,
  promptKey,
  promptText,
  evidence,
  answer,
  weekStart,
}: {
  userId: string;
  promptKey: string;
  promptText: string;
  evidence: readonly PromptEvidence[];
  answer: string;
  weekStart: string;
}): Promise<{ id: string }> {
  return getPrisma().reflection.create({
    data: {
      userId,
      promptKey,
      promptText,
      evidence: evidence.length > 0 ? [...evidence] : Prisma.DbNull,
      answer,
      weekStart: toDbDate(weekStart),
    },
    select: { id: true },
  });
}

/** Changes the answer of one of the person's reflections; false when none of theirs matched. */
export async function updateReflection({
  userId,
  id,
  answer,
}: {
  userId: string;
  id: string;
  answer: string;
}): Promise<boolean> {
  const { count } = await getPrisma().reflection.updateMany({
    where: { id, userId },
    data: { answer },
  });
  return count === 1;
}

/** Deletes one of the person's reflections; false when there was none of theirs to delete. */
export async function deleteReflection({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  const { count } = await getPrisma().reflection.deleteMany({ where: { id, userId } });
  return count === 1;
}
