import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { RELIEF_LIBRARY } from "./relief-library";
import { type CheckInData, tagKey, uniqueBy } from "./schema";

/*
 * Saving a nightly check-in is the journal's hot write, so it is one call of the SQL function
 * "save_check_in" (migration 20261122030000_save_check_in): one round trip instead of a query per
 * table, with every lock taken and released inside the database (README "Benchmarks").
 */

// Deadlock and serialization failure: PostgreSQL asks for the statement to be run again.
const RETRIED_SQLSTATES = new Set(["40P01", "40001"]);

function sqlStateOf(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const adapterError = error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } };
  const code = adapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

/**
 * Each tag name once (a day may name someone in two parts, in two spellings; the first one is
 * kept), in one order for everyone, so concurrent saves lock new tags in the same order.
 */
function newTagsOf(tags: CheckInData["tags"]) {
  return uniqueBy(tags, tagKey)
    .map(({ kind, name }) => ({ kind, name }))
    .sort((a, b) => (tagKey(a) < tagKey(b) ? -1 : 1));
}

/**
 * Saves the person's check-in for `data.date`: creates it, or replaces everything in the one
 * that exists (idempotent: a double click, a retry or two tabs leave one check-in per date).
 * With `data.replacesDate`, the check-in of that date is moved here. Tags and relief items are
 * the person's own: names match in any case and missing ones are created; an item id that is
 * not theirs is ignored. Returns the check-in's id and date.
 */
export async function saveCheckIn({ userId, data }: { userId: string; data: CheckInData }) {
  const typedRelief = [...new Set(data.relief.filter((use) => !use.itemId).map((use) => use.name))];
  const input = JSON.stringify({
    date: data.date,
    replacesDate: data.replacesDate,
    stress: data.stress,
    sleepQuality: data.sleepQuality,
    sittingHours: data.sittingHours,
    note: data.note,
    redFlags: data.redFlags,
    painEntries: data.painEntries,
    tags: data.tags,
    newTags: newTagsOf(data.tags),
    relief: data.relief,
    typedRelief: typedRelief.sort(),
    // A typed name may be a built-in item the person has never listed yet.
    builtins: typedRelief.length > 0 ? RELIEF_LIBRARY.map(({ key, name }) => ({ key, name })) : [],
  });
  for (let attempt = 1; ; attempt++) {
    try {
      const [saved] = await getPrisma().$queryRaw<{ id: string }[]>`
        SELECT "save_check_in"(${userId}::uuid, ${input}::jsonb) AS id`;
      if (!saved) throw new Error("save_check_in returned no row");
      return { id: saved.id, date: data.date };
    } catch (error) {
      if (!RETRIED_SQLSTATES.has(sqlStateOf(error) ?? "") || attempt >= 3) throw error;
    }
  }
}
