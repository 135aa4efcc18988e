import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { listReliefItemsUnderTest } from "@/lib/experiments/data";
import { doseSelect, listMedications, toDoseDTOs } from "@/lib/medications/data";
import { listReliefItems } from "@/lib/relief/data";
import { addDays, fromDbDate, toDbDate } from "@/lib/time";
import { listQuickLogs } from "./quick-log/data";
import type {
  CheckInDTO,
  CheckInFormDataDTO,
  PreviousCheckInDTO,
  TagDTO,
  TagSuggestionDTO,
} from "./types";

/**
 * Reads of the journal. Every function takes the person's id and scopes every query to it:
 * someone else's data and no data look the same (null or empty).
 */

export const checkInSelect = {
  id: true,
  date: true,
  stress: true,
  sleepQuality: true,
  sleepHours: true,
  sittingHours: true,
  note: true,
  redFlags: true,
  version: true,
  updatedAt: true,
  painEntries: { select: { partOfDay: true, intensity: true, areas: true, qualities: true } },
  // Names are encrypted: they are put in order after decrypting (byKindThenName).
  tagUses: { select: { partOfDay: true, tag: { select: { kind: true, name: true } } } },
  reliefUses: {
    select: {
      minutes: true,
      helped: true,
      partOfDay: true,
      // Names are encrypted: put in order after decrypting.
      reliefItem: { select: { id: true, builtinKey: true, name: true } },
    },
  },
  medicationDoses: { select: doseSelect },
  // Dose times are shown on the person's clock.
  user: { select: { timeZone: true } },
} satisfies Prisma.CheckInSelect;

type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKindThenName = (a: { kind: string; name: string }, b: { kind: string; name: string }) =>
  byText(a.kind, b.kind) || byText(a.name, b.name);

const tagNameOf = (userId: string, value: string) => openText({ field: "Tag.name", userId, value });

export function toCheckInDTO(userId: string, row: CheckInRow): CheckInDTO {
  return {
    id: row.id,
    date: fromDbDate(row.date),
    parts: Object.fromEntries(
      row.painEntries.map((entry) => [
        entry.partOfDay,
        { intensity: entry.intensity, areas: entry.areas, qualities: entry.qualities },
      ]),
    ),
    stress: row.stress,
    sleepQuality: row.sleepQuality,
    sleepHours: row.sleepHours,
    sittingHours: row.sittingHours,
    note: openOptional({ field: "CheckIn.note", userId, value: row.note }),
    redFlags: row.redFlags,
    tags: row.tagUses
      .map((use) => ({
        kind: use.tag.kind,
        name: tagNameOf(userId, use.tag.name),
        partOfDay: use.partOfDay,
      }))
      .sort(byKindThenName),
    relief: row.reliefUses
      .map((use) => ({
        itemId: use.reliefItem.id,
        builtinKey: use.reliefItem.builtinKey,
        name: openText({ field: "ReliefItem.name", userId, value: use.reliefItem.name }),
        minutes: use.minutes,
        helped: use.helped,
        partOfDay: use.partOfDay,
      }))
      .sort((a, b) => byText(a.name, b.name)),
    medications: toDoseDTOs({ userId, timeZone: row.user.timeZone, rows: row.medicationDoses }),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The person's check-in for a date, or null (none, or not theirs). */
export async function getCheckIn({
  userId,
  date,
}: {
  userId: string;
  date: string;
}): Promise<CheckInDTO | null> {
  const row = await getPrisma().checkIn.findFirst({
    where: { userId, date: toDbDate(date) },
    select: checkInSelect,
  });
  return row ? toCheckInDTO(userId, row) : null;
}

/** The tags, relief and doses of the person's latest check-in before `date`, for "same as last night". */
export async function getPreviousCheckIn({
  userId,
  date,
}: {
  userId: string;
  date: string;
}): Promise<PreviousCheckInDTO | null> {
  const row = await getPrisma().checkIn.findFirst({
    where: { userId, date: { lt: toDbDate(date) } },
    orderBy: { date: "desc" },
    select: checkInSelect,
  });
  if (!row) return null;
  const { date: previousDate, tags, relief, medications } = toCheckInDTO(userId, row);
  return { date: previousDate, tags, relief, medications };
}

/**
 * The person's tags, most recently used first, then most used, then by name (one SQL aggregate;
 * the names are encrypted, so ties are put in name order here).
 */
export async function listTagSuggestions({
  userId,
  limit = 60,
}: {
  userId: string;
  limit?: number;
}): Promise<TagSuggestionDTO[]> {
  const rows = await getPrisma().$queryRaw<TagSuggestionDTO[]>`
    SELECT t.id, t.kind::text AS kind, t.name,
           to_char(max(u."localDate"), 'YYYY-MM-DD') AS "lastUsed",
           count(u.id)::int AS uses
    FROM "Tag" t
    LEFT JOIN "TagUse" u ON u."tagId" = t.id AND u."userId" = t."userId"
    WHERE t."userId" = ${userId}::uuid
    GROUP BY t.id`;
  const lastUsed = (row: TagSuggestionDTO) => row.lastUsed ?? "";
  return rows
    .map((row) => ({ ...row, name: tagNameOf(userId, row.name) }))
    .sort(
      (a, b) =>
        byText(lastUsed(b), lastUsed(a)) ||
        b.uses - a.uses ||
        byText(a.name.toLowerCase(), b.name.toLowerCase()) ||
        byText(a.id, b.id),
    )
    .slice(0, limit);
}

/** Every tag of the person, by kind and name (for filters). */
export async function listTags({ userId }: { userId: string }): Promise<TagDTO[]> {
  const rows = await getPrisma().tag.findMany({
    where: { userId },
    select: { id: true, kind: true, name: true },
  });
  return rows.map((row) => ({ ...row, name: tagNameOf(userId, row.name) })).sort(byKindThenName);
}

/** Dates (YYYY-MM-DD) from `from` to `to` on which the person has a check-in, ascending. */
export async function listCheckInDates({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<string[]> {
  const rows = await getPrisma().checkIn.findMany({
    where: { userId, date: { gte: toDbDate(from), lte: toDbDate(to) } },
    orderBy: { date: "asc" },
    select: { date: true },
  });
  return rows.map((row) => fromDbDate(row.date));
}

/** True when the person has no check-in and no quick log at all. */
export async function isJournalEmpty({ userId }: { userId: string }): Promise<boolean> {
  const [checkIn, entry] = await Promise.all([
    getPrisma().checkIn.findFirst({ where: { userId }, select: { id: true } }),
    getPrisma().painEntry.findFirst({ where: { userId }, select: { id: true } }),
  ]);
  return !checkIn && !entry;
}

/** Everything the nightly check-in form needs to open the person's check-in for `date`. */
export async function getCheckInFormData({
  userId,
  date,
}: {
  userId: string;
  date: string;
}): Promise<CheckInFormDataDTO> {
  const [
    checkIn,
    previous,
    quickLogs,
    tagSuggestions,
    reliefItems,
    medications,
    checkInDates,
    isEmpty,
    underTest,
  ] = await Promise.all([
    getCheckIn({ userId, date }),
    getPreviousCheckIn({ userId, date }),
    listQuickLogs({ userId, from: date, to: date }),
    listTagSuggestions({ userId }),
    listReliefItems({ userId }),
    listMedications({ userId }),
    listCheckInDates({ userId, from: addDays(date, -90), to: addDays(date, 90) }),
    isJournalEmpty({ userId }),
    listReliefItemsUnderTest({ userId, date }),
  ]);
  // A medication archived since is no longer taken: its doses are not offered again. A relief
  // item under test in an experiment is done or not as tonight's plan says, never copied.
  const inUse = new Set(medications.map((medication) => medication.id));
  return {
    date,
    checkIn,
    previous: previous && {
      ...previous,
      relief: previous.relief.filter((use) => !underTest.includes(use.itemId)),
      medications: previous.medications.filter((dose) => inUse.has(dose.medicationId)),
    },
    quickLogs,
    tagSuggestions,
    reliefItems,
    medications,
    checkInDates,
    isJournalEmpty: isEmpty,
  };
}
