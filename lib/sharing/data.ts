import "server-only";
import { openJson, openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { formatDose } from "@/lib/medications/doses/format";
import type { MedicationUnit } from "@/lib/medications/types";
import { fromDbDate, toDbDate } from "@/lib/time";
import { calendarDateFor } from "@/lib/time-zone";
import type { MedicationTaken, ReliefOutcome, ShareLinkDTO } from "./types";

type Period = { userId: string; from: string; to: string };

/** How often each relief item was done in the period and how the person rated it. */
export async function listReliefOutcomes({ userId, from, to }: Period): Promise<ReliefOutcome[]> {
  const rows = await getPrisma().$queryRaw<ReliefOutcome[]>`
    SELECT r.name,
           count(*)::int AS days,
           coalesce(sum(u.minutes), 0)::int AS minutes,
           count(*) FILTER (WHERE u.helped = 'YES')::int AS helped,
           count(*) FILTER (WHERE u.helped = 'A_LITTLE')::int AS "helpedALittle",
           count(*) FILTER (WHERE u.helped = 'NO')::int AS "didNotHelp"
    FROM "ReliefUse" u JOIN "ReliefItem" r ON r.id = u."reliefItemId" AND r."userId" = u."userId"
    WHERE u."userId" = ${userId}::uuid AND u."localDate" BETWEEN ${from}::date AND ${to}::date
    GROUP BY r.id, r.name
    ORDER BY count(*) FILTER (WHERE u.helped IN ('YES', 'A_LITTLE')) DESC, count(*) DESC`;
  // Names are encrypted: decrypted here, ties put in order by name after.
  const opened = rows.map((row) => ({
    ...row,
    name: openText({ field: "ReliefItem.name", userId, value: row.name }),
  }));
  const helpedOf = (row: ReliefOutcome) => row.helped + row.helpedALittle;
  return opened.sort(
    (a, b) =>
      helpedOf(b) - helpedOf(a) ||
      b.days - a.days ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/**
 * The medications the person took in the period (check-ins and quick logs), most taken first:
 * days, doses, how many "as needed", and the amounts taken. Names decrypted here.
 */
export async function listMedicationsTaken({
  userId,
  from,
  to,
}: Period): Promise<MedicationTaken[]> {
  const rows = await getPrisma().$queryRaw<
    { name: string; days: number; doses: number; as_needed: number; amounts: [number, string][] }[]
  >`
    SELECT m.name,
           count(DISTINCT d."localDate")::int AS days,
           count(*)::int AS doses,
           count(*) FILTER (WHERE d."asNeeded")::int AS as_needed,
           jsonb_agg(jsonb_build_array(d.dose, d.unit)) AS amounts
    FROM "MedicationDose" d
    JOIN "Medication" m ON m.id = d."medicationId" AND m."userId" = d."userId"
    WHERE d."userId" = ${userId}::uuid AND d."localDate" BETWEEN ${from}::date AND ${to}::date
    GROUP BY m.id`;
  return rows
    .map((row) => {
      const counts = new Map<string, number>();
      for (const [dose, unit] of row.amounts) {
        const amount = formatDose(dose, unit as MedicationUnit);
        counts.set(amount, (counts.get(amount) ?? 0) + 1);
      }
      return {
        name: openText({ field: "Medication.name", userId, value: row.name }),
        days: row.days,
        doses: row.doses,
        asNeeded: row.as_needed,
        amounts: [...counts].sort((a, b) => b[1] - a[1]).map(([amount]) => amount),
      };
    })
    .sort((a, b) => b.doses - a.doses || a.name.localeCompare(b.name));
}

/** The private check-in notes of the period, oldest first. */
export async function listNotesInPeriod({ userId, from, to }: Period) {
  const rows = await getPrisma().checkIn.findMany({
    where: { userId, date: { gte: toDbDate(from), lte: toDbDate(to) }, note: { not: null } },
    orderBy: { date: "asc" },
    select: { date: true, note: true },
  });
  return rows.map((row) => ({
    date: fromDbDate(row.date),
    note: row.note === null ? "" : openText({ field: "CheckIn.note", userId, value: row.note }),
  }));
}

/**
 * Reflections written in the period (by the week they were written in), oldest first, each dated
 * by the calendar day it was written on in the person's time zone.
 */
export async function listReflectionsInPeriod({ userId, from, to }: Period) {
  const rows = await getPrisma().reflection.findMany({
    where: { userId, weekStart: { gte: toDbDate(from), lte: toDbDate(to) } },
    orderBy: { createdAt: "asc" },
    select: {
      createdAt: true,
      promptText: true,
      answer: true,
      user: { select: { timeZone: true } },
    },
  });
  return rows.map((row) => ({
    date: calendarDateFor(row.createdAt, row.user.timeZone),
    prompt: openText({ field: "Reflection.promptText", userId, value: row.promptText }),
    answer: openText({ field: "Reflection.answer", userId, value: row.answer }),
  }));
}

const linkSelect = {
  id: true,
  label: true,
  mode: true,
  periodStart: true,
  periodEnd: true,
  options: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  _count: { select: { accesses: true } },
  accesses: { orderBy: { openedAt: "desc" as const }, take: 1, select: { openedAt: true } },
} as const;

type LinkRow = {
  id: string;
  label: string | null;
  mode: "SNAPSHOT" | "LIVE";
  periodStart: Date;
  periodEnd: Date;
  options: unknown;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  _count: { accesses: number };
  accesses: { openedAt: Date }[];
};

export type StoredOptions = {
  includeNotes: boolean;
  includeReflections: boolean;
  includeExperiments: boolean;
  showNames: boolean;
  includeMedications: boolean;
};

export function readStoredOptions(options: unknown): StoredOptions {
  const value = (options ?? {}) as Partial<StoredOptions>;
  return {
    includeNotes: value.includeNotes === true,
    includeReflections: value.includeReflections === true,
    includeExperiments: value.includeExperiments === true,
    showNames: value.showNames === true,
    // Links made before medications existed never include them.
    includeMedications: value.includeMedications === true,
  };
}

function toLinkDTO(userId: string, row: LinkRow): ShareLinkDTO {
  return {
    id: row.id,
    label: openOptional({ field: "ShareLink.label", userId, value: row.label }),
    mode: row.mode,
    periodStart: fromDbDate(row.periodStart),
    periodEnd: fromDbDate(row.periodEnd),
    ...readStoredOptions(row.options),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    openings: row._count.accesses,
    lastOpenedAt: row.accesses[0]?.openedAt.toISOString() ?? null,
  };
}

/** The person's share links, newest first, with how often each was opened. */
export async function listShareLinks({ userId }: { userId: string }): Promise<ShareLinkDTO[]> {
  const rows = await getPrisma().shareLink.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: linkSelect,
  });
  return rows.map((row) => toLinkDTO(userId, row));
}

/** Every opening of one of the person's links, newest first; null when not theirs. */
export async function getShareAccessLog({ userId, id }: { userId: string; id: string }) {
  const link = await getPrisma().shareLink.findFirst({
    where: { id, userId },
    select: linkSelect,
  });
  if (!link) return null;
  const accesses = await getPrisma().shareAccess.findMany({
    where: { shareLinkId: link.id, shareLink: { userId } },
    orderBy: { openedAt: "desc" },
    take: 500,
    select: { openedAt: true, kind: true },
  });
  return {
    link: toLinkDTO(userId, link),
    accesses: accesses.map((access) => ({
      openedAt: access.openedAt.toISOString(),
      kind: access.kind,
    })),
  };
}

/**
 * The link a token opens, when it is neither revoked nor expired; null otherwise. Public by
 * design: the token itself is the permission, so this is looked up by its hash alone.
 */
export async function findOpenShareLink({ tokenHash, now }: { tokenHash: string; now: Date }) {
  const link = await getPrisma().shareLink.findFirst({
    where: { tokenHash, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      userId: true,
      mode: true,
      periodStart: true,
      periodEnd: true,
      options: true,
      snapshot: true,
    },
  });
  if (!link) return null;
  return {
    id: link.id,
    userId: link.userId,
    mode: link.mode,
    from: fromDbDate(link.periodStart),
    to: fromDbDate(link.periodEnd),
    options: readStoredOptions(link.options),
    snapshot: openJson({ field: "ShareLink.snapshot", userId: link.userId, value: link.snapshot }),
  };
}
