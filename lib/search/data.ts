import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import type { TagKind } from "@/lib/journal/vocabulary/terms";
import { reliefDisplayName } from "@/lib/relief/format/relief-format";
import { fromDbDate, toDbDate } from "@/lib/time";
import { foldQuery, matchExcerpt } from "./matching/text";
import type { SearchDayDTO, SearchMatchDTO, SearchResultDTO } from "./types";

/*
 * Search decrypts the person's own texts on the server and compares them there (README "Finding a
 * day", docs/search.md): nothing searchable is stored beside the ciphertext. The work is bounded:
 * one search reads at most TEXTS_PER_SEARCH notes, life events and reflections, newest first
 * (about ten years of nightly notes), and continues into older ones only when asked.
 */
export const TEXTS_PER_SEARCH = 4000;
/** Tag names are few (each is one person, place or feeling); this only bounds an odd account. */
const TAGS_PER_SEARCH = 2000;
/** Days shown at once; more continue with the "older" link. */
export const DAYS_PER_PAGE = 50;

type Window = { from: string | null; before: string | undefined };

/** The local date of a reflection: the calendar date it was written on in the person's zone. */
const reflectionDate = (timeZone: string) =>
  Prisma.sql`(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;

const inWindow = (column: Prisma.Sql, { from, before }: Window) =>
  Prisma.sql`${from ? Prisma.sql`AND ${column} >= ${from}::date` : Prisma.empty}
    ${before ? Prisma.sql`AND ${column} < ${before}::date` : Prisma.empty}`;

/**
 * Which dates this search covers: from `before` (or now) back to the date of the
 * TEXTS_PER_SEARCH-th newest text (all of that date's texts included), and whether older texts
 * remain. Reads dates only, no text.
 */
async function searchWindow({
  userId,
  timeZone,
  before,
  limit,
}: {
  userId: string;
  timeZone: string;
  before: string | undefined;
  limit: number;
}): Promise<{ from: string | null; hasOlder: boolean }> {
  const upTo = (column: Prisma.Sql) => inWindow(column, { from: null, before });
  const [row] = await getPrisma().$queryRaw<{ cut: string | null; oldest: string | null }[]>`
    WITH texts AS (
      SELECT "date" AS d FROM "CheckIn"
      WHERE "userId" = ${userId}::uuid AND "note" IS NOT NULL ${upTo(Prisma.sql`"date"`)}
      UNION ALL
      SELECT "date" FROM "LifeEvent" WHERE "userId" = ${userId}::uuid ${upTo(Prisma.sql`"date"`)}
      UNION ALL
      SELECT ${reflectionDate(timeZone)} FROM "Reflection"
      WHERE "userId" = ${userId}::uuid ${upTo(reflectionDate(timeZone))}
    )
    SELECT (SELECT to_char(d, 'YYYY-MM-DD') FROM texts ORDER BY d DESC OFFSET ${limit - 1} LIMIT 1) AS cut,
           (SELECT to_char(min(d), 'YYYY-MM-DD') FROM texts) AS oldest`;
  const cut = row?.cut ?? null;
  return { from: cut, hasOlder: cut !== null && (row?.oldest ?? cut) < cut };
}

type Found = { date: string; order: number; match: SearchMatchDTO };
/** What one source found, and how many of its texts were decrypted to find it. */
type SourceResult = { found: Found[]; read: number };

async function matchNotes(userId: string, query: string, window: Window): Promise<SourceResult> {
  const rows = await getPrisma().$queryRaw<{ date: string; note: string }[]>`
    SELECT to_char("date", 'YYYY-MM-DD') AS "date", "note" FROM "CheckIn"
    WHERE "userId" = ${userId}::uuid AND "note" IS NOT NULL ${inWindow(Prisma.sql`"date"`, window)}`;
  const found = rows.flatMap((row) => {
    const note = openText({ field: "CheckIn.note", userId, value: row.note });
    const excerpt = matchExcerpt(note, query);
    return excerpt
      ? [{ date: row.date, order: 0, match: { kind: "note", excerpt } } satisfies Found]
      : [];
  });
  return { found, read: rows.length };
}

async function matchLifeEvents(
  userId: string,
  query: string,
  window: Window,
): Promise<SourceResult> {
  const rows = await getPrisma().$queryRaw<{ date: string; title: string; note: string | null }[]>`
    SELECT to_char("date", 'YYYY-MM-DD') AS "date", "title", "note" FROM "LifeEvent"
    WHERE "userId" = ${userId}::uuid ${inWindow(Prisma.sql`"date"`, window)}`;
  const found = rows.flatMap((row) => {
    const title = openText({ field: "LifeEvent.title", userId, value: row.title });
    const note = openOptional({ field: "LifeEvent.note", userId, value: row.note });
    const excerpt =
      matchExcerpt(title, query) ??
      (note === null ? null : matchExcerpt(`${title}: ${note}`, query));
    return excerpt
      ? [
          {
            date: row.date,
            order: 2,
            match: { kind: "life-event", href: "/reflect/onset", excerpt },
          } satisfies Found,
        ]
      : [];
  });
  return { found, read: rows.length };
}

async function matchReflections(
  userId: string,
  timeZone: string,
  query: string,
  window: Window,
): Promise<SourceResult> {
  const rows = await getPrisma().$queryRaw<{ id: string; date: string; answer: string }[]>`
    SELECT "id", to_char(${reflectionDate(timeZone)}, 'YYYY-MM-DD') AS "date", "answer" FROM "Reflection"
    WHERE "userId" = ${userId}::uuid ${inWindow(reflectionDate(timeZone), window)}`;
  const found = rows.flatMap((row) => {
    const answer = openText({ field: "Reflection.answer", userId, value: row.answer });
    const excerpt = matchExcerpt(answer, query);
    return excerpt
      ? [
          {
            date: row.date,
            order: 3,
            match: { kind: "reflection", href: `/reflect/history#reflection-${row.id}`, excerpt },
          } satisfies Found,
        ]
      : [];
  });
  return { found, read: rows.length };
}

/** Days in the window on which a tag whose name matches was used (check-ins and quick logs). */
async function matchTags(userId: string, query: string, window: Window): Promise<SourceResult> {
  const tags = await getPrisma().tag.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: TAGS_PER_SEARCH,
    select: { id: true, kind: true, name: true },
  });
  const matching = new Map<string, SearchMatchDTO>();
  for (const tag of tags) {
    const name = openText({ field: "Tag.name", userId, value: tag.name });
    const excerpt = matchExcerpt(name, query);
    if (excerpt) matching.set(tag.id, { kind: "tag", tagKind: tag.kind as TagKind, excerpt });
  }
  if (matching.size === 0) return { found: [], read: tags.length };
  const uses = await getPrisma().tagUse.findMany({
    where: {
      userId,
      tagId: { in: [...matching.keys()] },
      localDate: {
        gte: window.from ? toDbDate(window.from) : undefined,
        lt: window.before ? toDbDate(window.before) : undefined,
      },
    },
    distinct: ["tagId", "localDate"],
    select: { tagId: true, localDate: true },
  });
  const found = uses.map((use) => ({
    date: fromDbDate(use.localDate),
    order: 1,
    match: matching.get(use.tagId) as SearchMatchDTO,
  }));
  return { found, read: tags.length };
}

/** Days in the window on which a medication whose name matches was taken (check-ins and quick logs). */
async function matchMedications(
  userId: string,
  query: string,
  window: Window,
): Promise<SourceResult> {
  const medications = await getPrisma().medication.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: TAGS_PER_SEARCH,
    select: { id: true, name: true },
  });
  const matching = new Map<string, SearchMatchDTO>();
  for (const medication of medications) {
    const name = openText({ field: "Medication.name", userId, value: medication.name });
    const excerpt = matchExcerpt(name, query);
    if (excerpt) matching.set(medication.id, { kind: "medication", excerpt });
  }
  if (matching.size === 0) return { found: [], read: medications.length };
  const doses = await getPrisma().medicationDose.findMany({
    where: {
      userId,
      medicationId: { in: [...matching.keys()] },
      localDate: {
        gte: window.from ? toDbDate(window.from) : undefined,
        lt: window.before ? toDbDate(window.before) : undefined,
      },
    },
    distinct: ["medicationId", "localDate"],
    select: { medicationId: true, localDate: true },
  });
  const found = doses.map((dose) => ({
    date: fromDbDate(dose.localDate),
    order: 1,
    match: matching.get(dose.medicationId) as SearchMatchDTO,
  }));
  return { found, read: medications.length };
}

/** Days on which a relief item whose name matches was used ("heat", "child's pose"). */
async function matchRelief(userId: string, query: string, window: Window): Promise<SourceResult> {
  const items = await getPrisma().reliefItem.findMany({
    where: { userId },
    take: TAGS_PER_SEARCH,
    select: { id: true, builtinKey: true, name: true },
  });
  const matching = new Map<string, SearchMatchDTO>();
  for (const item of items) {
    const name = openText({ field: "ReliefItem.name", userId, value: item.name });
    const excerpt = matchExcerpt(reliefDisplayName({ ...item, name }), query);
    if (excerpt) matching.set(item.id, { kind: "relief", excerpt });
  }
  if (matching.size === 0) return { found: [], read: items.length };
  const uses = await getPrisma().reliefUse.findMany({
    where: {
      userId,
      reliefItemId: { in: [...matching.keys()] },
      localDate: {
        gte: window.from ? toDbDate(window.from) : undefined,
        lt: window.before ? toDbDate(window.before) : undefined,
      },
    },
    distinct: ["reliefItemId", "localDate"],
    select: { reliefItemId: true, localDate: true },
  });
  const found = uses.map((use) => ({
    date: fromDbDate(use.localDate),
    order: 1,
    match: matching.get(use.reliefItemId) as SearchMatchDTO,
  }));
  return { found, read: items.length };
}

/** Experiments whose own rule matches, on the date of their first night. */
async function matchExperimentRules(
  userId: string,
  query: string,
  window: Window,
): Promise<SourceResult> {
  const experiments = await getPrisma().experiment.findMany({
    where: {
      userId,
      rule: { not: null },
      startDate: {
        gte: window.from ? toDbDate(window.from) : undefined,
        lt: window.before ? toDbDate(window.before) : undefined,
      },
    },
    orderBy: { startDate: "desc" },
    take: TAGS_PER_SEARCH,
    select: { id: true, rule: true, startDate: true },
  });
  const found = experiments.flatMap((experiment) => {
    const rule = openOptional({ field: "Experiment.rule", userId, value: experiment.rule });
    const excerpt = rule === null ? null : matchExcerpt(rule, query);
    return excerpt
      ? [
          {
            date: fromDbDate(experiment.startDate),
            order: 4,
            match: { kind: "experiment", href: `/experiments/${experiment.id}`, excerpt },
          } satisfies Found,
        ]
      : [];
  });
  return { found, read: experiments.length };
}

/**
 * Searches the person's notes, tag names, relief and medication names, experiment rules, life
 * events and reflection answers for `query`
 * (capitals and accents ignored), newest first, starting before `before` when given. Every read
 * is scoped to the person; nothing is logged. Returns the matching days (at most DAYS_PER_PAGE),
 * each with what matched, and where to continue.
 */
export async function searchJournal({
  userId,
  timeZone,
  query,
  before,
  limit = TEXTS_PER_SEARCH,
}: {
  userId: string;
  timeZone: string;
  query: string;
  before?: string;
  limit?: number;
}): Promise<SearchResultDTO> {
  const folded = foldQuery(query);
  const { from, hasOlder } = await searchWindow({ userId, timeZone, before, limit });
  const window = { from, before };
  const [notes, events, reflections, tags, relief, medications, experiments] = await Promise.all([
    matchNotes(userId, folded, window),
    matchLifeEvents(userId, folded, window),
    matchReflections(userId, timeZone, folded, window),
    matchTags(userId, folded, window),
    matchRelief(userId, folded, window),
    matchMedications(userId, folded, window),
    matchExperimentRules(userId, folded, window),
  ]);
  const sources = [notes, tags, relief, medications, events, reflections, experiments];
  const all = sources.flatMap((source) => source.found);
  const byDate = new Map<string, Found[]>();
  for (const item of all) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
  const dates = [...byDate.keys()].sort().reverse();
  const days: SearchDayDTO[] = dates.slice(0, DAYS_PER_PAGE).map((date) => ({
    date,
    matches: (byDate.get(date) ?? []).sort((a, b) => a.order - b.order).map((item) => item.match),
  }));
  const isCut = dates.length > DAYS_PER_PAGE;
  return {
    days,
    searchedFrom: isCut ? (days.at(-1)?.date ?? null) : from,
    nextBefore: isCut ? (days.at(-1)?.date ?? null) : hasOlder ? from : null,
    textsRead: sources.reduce((sum, source) => sum + source.read, 0),
  };
}
