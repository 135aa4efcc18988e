import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { openOptional, openText } from "@/lib/crypto/fields";
import { getPrisma } from "@/lib/db";
import { doseSelect, listMedications, toDoseDTOs } from "@/lib/medications/data";
import { RELIEF_LIBRARY } from "@/lib/relief/library/relief-library";
import { addDays, fromDbDate, toDbDate } from "@/lib/time";
import { ensureBuiltinReliefItems } from "./mutations";
import type { JournalFilters } from "./schema";
import type {
  CheckInDTO,
  CheckInFormDataDTO,
  JournalPageDTO,
  PreviousCheckInDTO,
  QuickLogDTO,
  QuickLogFormDataDTO,
  ReliefItemDTO,
  TagDTO,
  TagSuggestionDTO,
} from "./types";

/**
 * Reads of the journal. Every function takes the person's id and scopes every query to it:
 * someone else's data and no data look the same (null or empty).
 */

const checkInSelect = {
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
      reliefItem: { select: { id: true, builtinKey: true, name: true } },
    },
    orderBy: { reliefItem: { name: "asc" } },
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

function toCheckInDTO(userId: string, row: CheckInRow): CheckInDTO {
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
    relief: row.reliefUses.map((use) => ({
      itemId: use.reliefItem.id,
      builtinKey: use.reliefItem.builtinKey,
      name: use.reliefItem.name,
      minutes: use.minutes,
      helped: use.helped,
      partOfDay: use.partOfDay,
    })),
    medications: toDoseDTOs({ userId, timeZone: row.user.timeZone, rows: row.medicationDoses }),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const quickLogSelect = {
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

function toQuickLogDTO(
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
    tags: row.tagUses.map(({ tag }) => ({ kind: tag.kind, name: tagNameOf(userId, tag.name) })),
    medications: toDoseDTOs({ userId, timeZone: row.user.timeZone, rows: row.medicationDoses }),
  } satisfies QuickLogDTO;
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

/** The tags and relief of the person's latest check-in before `date`, for "same as last night". */
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
  const { date: previousDate, tags, relief } = toCheckInDTO(userId, row);
  return { date: previousDate, tags, relief };
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

/**
 * The person's relief items (the built-in library, created for them on first listing, and their
 * own), most recently and most used first, the rest in library order.
 */
export async function listReliefItems({ userId }: { userId: string }): Promise<ReliefItemDTO[]> {
  await ensureBuiltinReliefItems({ userId });
  const items = await getPrisma().$queryRaw<ReliefItemDTO[]>`
    SELECT r.id, r."builtinKey", r.name,
           to_char(max(u."localDate"), 'YYYY-MM-DD') AS "lastUsed",
           count(u.id)::int AS uses
    FROM "ReliefItem" r
    LEFT JOIN "ReliefUse" u ON u."reliefItemId" = r.id AND u."userId" = r."userId"
    WHERE r."userId" = ${userId}::uuid
    GROUP BY r.id`;
  return items.sort(compareReliefItems);
}

const libraryOrder = new Map(RELIEF_LIBRARY.map((item, index) => [item.key, index]));

function compareReliefItems(a: ReliefItemDTO, b: ReliefItemDTO): number {
  if (a.lastUsed !== b.lastUsed) {
    if (a.lastUsed === null) return 1;
    if (b.lastUsed === null) return -1;
    return a.lastUsed < b.lastUsed ? 1 : -1;
  }
  if (a.uses !== b.uses) return b.uses - a.uses;
  const orderA = libraryOrder.get(a.builtinKey ?? "") ?? Number.MAX_SAFE_INTEGER;
  const orderB = libraryOrder.get(b.builtinKey ?? "") ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.name.localeCompare(b.name);
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
  ] = await Promise.all([
    getCheckIn({ userId, date }),
    getPreviousCheckIn({ userId, date }),
    listQuickLogs({ userId, from: date, to: date }),
    listTagSuggestions({ userId }),
    listReliefItems({ userId }),
    listMedications({ userId }),
    listCheckInDates({ userId, from: addDays(date, -90), to: addDays(date, 90) }),
    isJournalEmpty({ userId }),
  ]);
  return {
    date,
    checkIn,
    previous,
    quickLogs,
    tagSuggestions,
    reliefItems,
    medications,
    checkInDates,
    isJournalEmpty: isEmpty,
  };
}

/** Distinct dates with a check-in or a quick log that match the filters, newest first. */
async function listJournalDates({
  userId,
  filters,
  limit,
}: {
  userId: string;
  filters: JournalFilters;
  limit: number;
}): Promise<string[]> {
  const { from, to, tag, before } = filters;
  const conditions = [
    from ? Prisma.sql`d >= ${from}::date` : null,
    to ? Prisma.sql`d <= ${to}::date` : null,
    before ? Prisma.sql`d < ${before}::date` : null,
    tag
      ? Prisma.sql`EXISTS (SELECT 1 FROM "TagUse" tu WHERE tu."userId" = ${userId}::uuid
          AND tu."tagId" = ${tag}::uuid AND tu."localDate" = d)`
      : null,
  ].filter((condition) => condition !== null);
  const where = conditions.length
    ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`
    : Prisma.empty;
  const rows = await getPrisma().$queryRaw<{ date: string }[]>`
    SELECT to_char(d, 'YYYY-MM-DD') AS date FROM (
      SELECT "date" AS d FROM "CheckIn" WHERE "userId" = ${userId}::uuid
      UNION
      SELECT "localDate" AS d FROM "PainEntry" WHERE "userId" = ${userId}::uuid AND "checkInId" IS NULL
    ) days
    ${where}
    ORDER BY d DESC
    LIMIT ${limit}`;
  return rows.map((row) => row.date);
}

/** Days with a check-in or quick log, newest first, one page at a time, filtered. */
export async function listJournalDays({
  userId,
  filters,
  limit = 14,
}: {
  userId: string;
  filters: JournalFilters;
  limit?: number;
}): Promise<Pick<JournalPageDTO, "days" | "nextBefore">> {
  const found = await listJournalDates({ userId, filters, limit: limit + 1 });
  const dates = found.slice(0, limit);
  if (dates.length === 0) return { days: [], nextBefore: null };
  const dbDates = dates.map(toDbDate);
  const [checkIns, quickLogs] = await Promise.all([
    getPrisma().checkIn.findMany({
      where: { userId, date: { in: dbDates } },
      select: checkInSelect,
    }),
    getPrisma().painEntry.findMany({
      where: { userId, checkInId: null, localDate: { in: dbDates } },
      orderBy: { occurredAt: "asc" },
      select: quickLogSelect,
    }),
  ]);
  const checkInByDate = new Map(
    checkIns.map((row) => [fromDbDate(row.date), toCheckInDTO(userId, row)]),
  );
  const days = dates.map((date) => ({
    date,
    checkIn: checkInByDate.get(date) ?? null,
    quickLogs: quickLogs
      .filter((row) => fromDbDate(row.localDate) === date)
      .map((row) => toQuickLogDTO(userId, row)),
  }));
  return { days, nextBefore: found.length > limit ? (dates.at(-1) ?? null) : null };
}

/** The journal page: one page of days and the tags to filter by. */
export async function getJournalPage({
  userId,
  filters,
  limit,
}: {
  userId: string;
  filters: JournalFilters;
  limit?: number;
}): Promise<JournalPageDTO> {
  const [page, tags] = await Promise.all([
    listJournalDays({ userId, filters, limit }),
    listTags({ userId }),
  ]);
  return { ...page, tags };
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
