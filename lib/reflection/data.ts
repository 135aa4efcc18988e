import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { openJson, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { getOnset, listLifeEvents } from "@/lib/life-events/data";
import { analysePatterns } from "@/lib/patterns/analysis/analysis";
import { daysWithin, windowRange, withPreviousLook } from "@/lib/patterns/analysis/window";
import { getFirstEntryDate, listDayRecords, listPatternSubjects } from "@/lib/patterns/data";
import { mondayOf } from "@/lib/patterns/wording/review";
import { listReliefItemNames } from "@/lib/relief/data";
import { fromDbDate, toDbDate } from "@/lib/time";
import { journalDateFor } from "@/lib/time-zone";
import { buildPrompts } from "./prompts/rules";
import { evidenceSnapshotSchema } from "./schema";
import type { Prompt, PromptEvidence, ReflectionDTO } from "./types";

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

function evidenceFrom(userId: string, value: string | null): PromptEvidence[] {
  const json = openJson({ field: "Reflection.evidence", userId, value });
  const parsed = evidenceSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

function toDTO(userId: string, row: ReflectionRow): ReflectionDTO {
  return {
    id: row.id,
    promptKey: row.promptKey,
    promptText: openText({ field: "Reflection.promptText", userId, value: row.promptText }),
    evidence: evidenceFrom(userId, row.evidence),
    answer: openText({ field: "Reflection.answer", userId, value: row.answer }),
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
  return rows.map((row) => toDTO(userId, row));
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
  return row ? toDTO(userId, row) : null;
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

/** Prompts look at the same 12 weeks as the weekly review and the Patterns page's default. */
export const PROMPT_WINDOW = "12w";

/**
 * The person's prompts right now: the pattern analysis of the last 12 weeks (ending on their
 * journal date in their zone), their onset and life events, and what they answered this week.
 * For loaders and actions, which have already resolved the person from the session.
 */
export async function getPromptsFor({
  userId,
  timeZone,
  now = new Date(),
}: {
  userId: string;
  timeZone: string;
  now?: Date;
}): Promise<{ prompts: Prompt[]; today: string; weekStart: string; dayCount: number }> {
  const today = journalDateFor(now, timeZone);
  const weekStart = mondayOf(today);
  const range = windowRange({ window: PROMPT_WINDOW, today, firstEntryDate: null });
  const [bothLooks, subjects, reliefs, onset, lifeEvents, answeredThisWeek, journalStart] =
    await Promise.all([
      listDayRecords({ userId, ...withPreviousLook(range) }),
      listPatternSubjects({ userId }),
      listReliefItemNames({ userId }),
      getOnset({ userId }),
      listLifeEvents({ userId }),
      listPromptKeysAnsweredInWeek({ userId, weekStart }),
      // The journal's age sets the levels (lib/patterns/types.ts), as on the Patterns page.
      getFirstEntryDate({ userId }),
    ]);
  const analysis = analysePatterns({ days: bothLooks, range, journalStart, ...subjects });
  const prompts = buildPrompts({
    analysis,
    tags: subjects.tags,
    reliefs,
    onset,
    lifeEvents,
    answeredThisWeek,
  });
  return { prompts, today, weekStart, dayCount: daysWithin(bothLooks, range).length };
}
