import "server-only";
import { openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { listReliefItemNames } from "@/lib/relief/data";
import type { PartOfDay } from "@/lib/time";
import type { DayRecord, HeatmapCell, PartDistribution, ReliefInfo, TagInfo } from "./types";

/** A span of local dates, both ends included ("YYYY-MM-DD"). */
export type DateRange = { from: string; to: string };

type DayRow = {
  date: string;
  weekday: number;
  parts: Partial<Record<PartOfDay, number>>;
  day_pain: number;
  tag_ids: string[];
  relief_ids: string[];
  stress: number | null;
  sleep_hours: number | null;
  sitting_hours: number | null;
};

/**
 * One record per local date in the range that has a pain rating: each part of day's median
 * (check-in ratings and quick logs alike), the day's mean over its rated parts, and the tags and
 * relief of that day, and the check-in's day factors (stress, hours slept the night before, hours
 * sitting). Medications taken count as relief ("something done on a day", compared on the next
 * morning like relief: docs/statistics.md), by their own ids. Uses the (userId, localDate) and
 * (userId, date) indexes, so the cost follows the range.
 */
export async function listDayRecords({
  userId,
  from,
  to,
}: { userId: string } & DateRange): Promise<DayRecord[]> {
  const rows = await getPrisma().$queryRaw<DayRow[]>`
    WITH part_pain AS (
      SELECT "localDate" AS day, "partOfDay" AS part,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "intensity") AS pain
      FROM "PainEntry"
      WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2
    ), day_pain AS (
      SELECT day, jsonb_object_agg(part, pain) AS parts, avg(pain) AS day_pain
      FROM part_pain GROUP BY day
    ), day_tags AS (
      SELECT "localDate" AS day, array_agg(DISTINCT "tagId"::text) AS tag_ids
      FROM "TagUse"
      WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    ), day_relief AS (
      SELECT day, array_agg(DISTINCT item_id) AS relief_ids FROM (
        SELECT "localDate" AS day, "reliefItemId"::text AS item_id
        FROM "ReliefUse"
        WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
        UNION ALL
        SELECT "localDate", "medicationId"::text
        FROM "MedicationDose"
        WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
      ) done
      GROUP BY 1
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
           extract(dow FROM d.day)::int AS weekday,
           d.parts,
           d.day_pain::float8 AS day_pain,
           coalesce(t.tag_ids, '{}') AS tag_ids,
           coalesce(r.relief_ids, '{}') AS relief_ids,
           c."stress",
           c."sleepHours" AS sleep_hours,
           c."sittingHours" AS sitting_hours
    FROM day_pain d
    LEFT JOIN day_tags t USING (day)
    LEFT JOIN day_relief r USING (day)
    LEFT JOIN "CheckIn" c ON c."userId" = ${userId}::uuid AND c."date" = d.day
    ORDER BY d.day`;
  return rows.map((row) => ({
    date: row.date,
    weekday: row.weekday,
    parts: row.parts,
    dayPain: row.day_pain,
    tagIds: row.tag_ids,
    reliefIds: row.relief_ids,
    factors: {
      stress: row.stress,
      sleepHours: row.sleep_hours,
      sittingHours: row.sitting_hours,
    },
  }));
}

/** The spread of ratings in each part of day over the range (quartiles of every rating). */
export async function getPartOfDayDistribution({
  userId,
  from,
  to,
}: { userId: string } & DateRange): Promise<PartDistribution[]> {
  return getPrisma().$queryRaw<PartDistribution[]>`
    SELECT "partOfDay"::text AS "partOfDay",
           count(*)::int AS entries,
           count(DISTINCT "localDate")::int AS days,
           min("intensity")::float8 AS min,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY "intensity")::float8 AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "intensity")::float8 AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY "intensity")::float8 AS q3,
           max("intensity")::float8 AS max
    FROM "PainEntry"
    WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
    GROUP BY "partOfDay"
    ORDER BY "partOfDay"`;
}

/** Mean rating for each weekday × part of day over the range. */
export async function getWeekdayPartHeatmap({
  userId,
  from,
  to,
}: { userId: string } & DateRange): Promise<HeatmapCell[]> {
  return getPrisma().$queryRaw<HeatmapCell[]>`
    SELECT extract(dow FROM "localDate")::int AS weekday,
           "partOfDay"::text AS "partOfDay",
           avg("intensity")::float8 AS "meanPain",
           count(*)::int AS entries
    FROM "PainEntry"
    WHERE "userId" = ${userId}::uuid AND "localDate" BETWEEN ${from}::date AND ${to}::date
    GROUP BY 1, 2`;
}

/**
 * The person's tags and relief items, by id, for labelling comparisons; their medications (all,
 * archived ones too) are among the relief items.
 */
export async function listPatternSubjects({
  userId,
}: {
  userId: string;
}): Promise<{ tags: TagInfo[]; reliefs: ReliefInfo[] }> {
  const [tags, reliefs, medications] = await Promise.all([
    getPrisma().tag.findMany({
      where: { userId },
      select: { id: true, kind: true, name: true },
    }),
    listReliefItemNames({ userId }),
    getPrisma().medication.findMany({ where: { userId }, select: { id: true, name: true } }),
  ]);
  // Tag and medication names are stored encrypted (lib/crypto/sealing/fields.ts).
  const named = tags.map((tag) => ({
    ...tag,
    name: openText({ field: "Tag.name", userId, value: tag.name }),
  }));
  const taken = medications.map((medication) => ({
    id: medication.id,
    name: openText({ field: "Medication.name", userId, value: medication.name }),
  }));
  const labelled = reliefs.map(({ id, name }) => ({ id, name }));
  return { tags: named, reliefs: [...labelled, ...taken] };
}

/** The first local date with a pain rating, or null for an empty journal. */
export async function getFirstEntryDate({ userId }: { userId: string }): Promise<string | null> {
  const first = await getPrisma().painEntry.findFirst({
    where: { userId },
    orderBy: { localDate: "asc" },
    select: { localDate: true },
  });
  return first ? first.localDate.toISOString().slice(0, 10) : null;
}

/**
 * The person's journal version: database triggers bump it whenever their ratings, tags or relief
 * change, so a result computed at one version stays right until it moves.
 */
export async function getJournalVersion({ userId }: { userId: string }): Promise<number | null> {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { journalVersion: true },
  });
  return user?.journalVersion ?? null;
}
