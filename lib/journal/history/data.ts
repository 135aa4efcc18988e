import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { fromDbDate, toDbDate } from "@/lib/time";
import { checkInSelect, listTags, toCheckInDTO } from "../data";
import { quickLogSelect, toQuickLogDTO } from "../quick-log/data";
import type { JournalFilters } from "../schema";
import type { JournalPageDTO } from "../types";

/** The Journal page's reads: the person's days, newest first, a page at a time. */

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
