import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { doseSelect, listMedications, toDoseDTOs } from "@/lib/medications/data";
import { fromDbDate, toDbDate } from "@/lib/time";
import { listTagSuggestions } from "../data";
import type { QuickLogDTO, QuickLogFormDataDTO } from "../types";

/** Reads of quick logs (pain ratings between check-ins). */

export const quickLogSelect = {
  id: true,
  occurredAt: true,
  createdAt: true,
  localDate: true,
  partOfDay: true,
  intensity: true,
  areas: true,
  tagUses: { select: { tag: { select: { kind: true, name: true } } } },
  medicationDoses: { select: doseSelect },
  user: { select: { timeZone: true } },
} satisfies Prisma.PainEntrySelect;

export function toQuickLogDTO(
  userId: string,
  row: Prisma.PainEntryGetPayload<{ select: typeof quickLogSelect }>,
) {
  return {
    id: row.id,
    occurredAt: (row.occurredAt ?? row.createdAt).toISOString(),
    localDate: fromDbDate(row.localDate),
    partOfDay: row.partOfDay,
    intensity: row.intensity,
    areas: row.areas,
    tags: row.tagUses.map(({ tag }) => ({
      kind: tag.kind,
      name: openText({ field: "Tag.name", userId, value: tag.name }),
    })),
    medications: toDoseDTOs({ userId, timeZone: row.user.timeZone, rows: row.medicationDoses }),
  } satisfies QuickLogDTO;
}

/** The person's quick logs, newest first; only those filed under `from`…`to` when given. */
export async function listQuickLogs({
  userId,
  from,
  to,
  limit = 200,
}: {
  userId: string;
  from?: string;
  to?: string;
  limit?: number;
}): Promise<QuickLogDTO[]> {
  const rows = await getPrisma().painEntry.findMany({
    where: {
      userId,
      checkInId: null,
      localDate: { gte: from ? toDbDate(from) : undefined, lte: to ? toDbDate(to) : undefined },
    },
    orderBy: { occurredAt: "desc" },
    take: limit,
    select: quickLogSelect,
  });
  return rows.map((row) => toQuickLogDTO(userId, row));
}

/** What the quick-log form offers: the person's tags and their latest quick logs. */
export async function getQuickLogFormData({
  userId,
}: {
  userId: string;
}): Promise<QuickLogFormDataDTO> {
  const [tagSuggestions, recent, medications] = await Promise.all([
    listTagSuggestions({ userId, limit: 30 }),
    listQuickLogs({ userId, limit: 5 }),
    listMedications({ userId }),
  ]);
  return { tagSuggestions, recent, medications };
}
