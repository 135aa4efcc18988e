import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/time";
import { evidenceSnapshotSchema } from "./schema";
import type { PromptEvidence, ReflectionDTO, ReliefSubject } from "./types";

const REFLECTION_SELECT = {
  id: true,
  promptKey: true,
  promptText: true,
  evidence: true,
  answer: true,
  weekStart: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

type ReflectionRow = Prisma.ReflectionGetPayload<{ select: typeof REFLECTION_SELECT }>;

function evidenceFrom(value: Prisma.JsonValue): PromptEvidence[] {
  const parsed = evidenceSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

function toDTO(row: ReflectionRow): ReflectionDTO {
  return {
    id: row.id,
    promptKey: row.promptKey,
    promptText: row.promptText,
    evidence: evidenceFrom(row.evidence),
    answer: row.answer,
    weekStart: fromDbDate(row.weekStart),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The person's reflections, newest first (at most `limit`). */
export async function listReflections({
  userId,
  limit = 200,
}: {
  userId: string;
  limit?: number;
}): Promise<ReflectionDTO[]> {
  const rows = await getPrisma().reflection.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: REFLECTION_SELECT,
  });
  return rows.map(toDTO);
}

/** One of the person's reflections, or null when it does not exist or is someone else's. */
export async function getReflection({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<ReflectionDTO | null> {
  const row = await getPrisma().reflection.findFirst({
    where: { id, userId },
    select: REFLECTION_SELECT,
  });
  return row ? toDTO(row) : null;
}

/** The prompt keys the person answered in the week starting `weekStart` (a Monday). */
export async function listPromptKeysAnsweredInWeek({
  userId,
  weekStart,
}: {
  userId: string;
  weekStart: string;
}): Promise<string[]> {
  const rows = await getPrisma().reflection.findMany({
    where: { userId, weekStart: toDbDate(weekStart) },
    distinct: ["promptKey"],
    select: { promptKey: true },
  });
  return rows.map((row) => row.promptKey);
}

/** The person's relief items with their built-in keys (which find their cautions). */
export async function listReliefSubjects({ userId }: { userId: string }): Promise<ReliefSubject[]> {
  return getPrisma().reliefItem.findMany({
    where: { userId },
    select: { id: true, name: true, builtinKey: true },
  });
}
