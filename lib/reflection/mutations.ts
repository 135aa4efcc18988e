import "server-only";
import { openText, sealJson, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma, isUniqueViolation } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import type { PromptEvidence } from "./types";

/**
 * Saves an answer with the prompt and evidence that raised it, dated in the week starting
 * `weekStart` (the Monday of the person's local week). A `requestId` the person already created
 * a reflection with returns that one instead (a retried submit stores one).
 */
export async function createReflection({
  userId,
  requestId,
  promptKey,
  promptText,
  evidence,
  answer,
  weekStart,
}: {
  userId: string;
  requestId: string | null;
  promptKey: string;
  promptText: string;
  evidence: readonly PromptEvidence[];
  answer: string;
  weekStart: string;
}): Promise<{ id: string; isReplay: boolean }> {
  const prisma = getPrisma();
  const existing = () =>
    requestId
      ? prisma.reflection.findFirst({ where: { userId, requestId }, select: { id: true } })
      : null;
  const earlier = await existing();
  if (earlier) return { id: earlier.id, isReplay: true };
  try {
    const created = await prisma.reflection.create({
      data: {
        userId,
        requestId,
        promptKey,
        promptText: sealText({ field: "Reflection.promptText", userId, text: promptText }),
        evidence:
          evidence.length > 0
            ? sealJson({ field: "Reflection.evidence", userId, json: evidence })
            : null,
        answer: sealText({ field: "Reflection.answer", userId, text: answer }),
        weekStart: toDbDate(weekStart),
      },
      select: { id: true },
    });
    return { id: created.id, isReplay: false };
  } catch (error) {
    // The same request, sent twice at once: the other copy stored it.
    const other = isUniqueViolation(error) ? await existing() : null;
    if (other) return { id: other.id, isReplay: true };
    throw error;
  }
}

export type UpdateReflectionResult =
  | { status: "saved"; version: number }
  | { status: "conflict"; version: number; answer: string }
  | { status: "gone" };

/**
 * Changes the answer of one of the person's reflections, if it is still at `version`; else
 * returns what is stored now (a conflict), or "gone" when none of theirs matched.
 */
export async function updateReflection({
  userId,
  id,
  version,
  answer,
}: {
  userId: string;
  id: string;
  version: number;
  answer: string;
}): Promise<UpdateReflectionResult> {
  const prisma = getPrisma();
  const { count } = await prisma.reflection.updateMany({
    where: { id, userId, version },
    data: {
      answer: sealText({ field: "Reflection.answer", userId, text: answer }),
      version: { increment: 1 },
    },
  });
  if (count === 1) return { status: "saved", version: version + 1 };
  const current = await prisma.reflection.findFirst({
    where: { id, userId },
    select: { answer: true, version: true },
  });
  if (!current) return { status: "gone" };
  return {
    status: "conflict",
    version: current.version,
    answer: openText({ field: "Reflection.answer", userId, value: current.answer }),
  };
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
