import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { blindIndexes, sealOptional, sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { doseMoment } from "@/lib/medications/doses/timing";
import { RELIEF_LIBRARY } from "@/lib/relief/library/relief-library";
import { type CheckInData, tagKey, uniqueBy } from "../schema";

/*
 * Saving a nightly check-in is the journal's hot write, so it is one call of the SQL function
 * "save_check_in" (migrations 20261122030000_save_check_in,
 * 20261129140000_versions_and_request_ids, 20261130030100_tag_blind_index and
 * 20261201020000_medications): one round trip
 * instead of a query per table, with every lock taken and released inside the database
 * (README "Benchmarks").
 */

// Deadlock and serialization failure: PostgreSQL asks for the statement to be run again.
const RETRIED_SQLSTATES = new Set(["40P01", "40001"]);

function sqlStateOf(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const adapterError = error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } };
  const code = adapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

type SaveCheckInRow =
  | { status: "saved"; id: string; date: string; version: number; replayed: boolean }
  | { status: "conflict"; id: string | null; version: number | null };

function resultOf(row: SaveCheckInRow): SaveCheckInResult {
  if (row.status === "conflict") return { status: "conflict", id: row.id, version: row.version };
  return {
    status: "saved",
    id: row.id,
    date: row.date,
    version: row.version,
    isReplay: row.replayed,
  };
}

/**
 * Tags as save_check_in takes them: no names in the clear, only their keyed hashes (`indexes`),
 * and for `newTags` the encrypted name too. Each tag name once in `newTags` (a day may name
 * someone in two parts, in two spellings; the first one is kept), in one order for everyone, so
 * concurrent saves lock new tags in the same order.
 */
function tagsInput(userId: string, tags: CheckInData["tags"]) {
  const indexesByKey = new Map<string, string[]>();
  const indexesOf = (tag: { kind: string; name: string }) => {
    const key = tagKey(tag);
    let indexes = indexesByKey.get(key);
    if (!indexes) {
      indexes = blindIndexes({ field: "Tag.name", userId, text: tag.name });
      indexesByKey.set(key, indexes);
    }
    return indexes;
  };
  return {
    tags: tags.map(({ kind, name, partOfDay }) => ({
      kind,
      partOfDay,
      indexes: indexesOf({ kind, name }),
    })),
    newTags: uniqueBy(tags, tagKey)
      .sort((a, b) => (tagKey(a) < tagKey(b) ? -1 : 1))
      .map(({ kind, name }) => ({
        kind,
        name: sealText({ field: "Tag.name", userId, text: name }),
        indexes: indexesOf({ kind, name }),
      })),
  };
}

/**
 * The day's doses as save_check_in takes them: the moment each was taken, from its time on the
 * person's clock on the check-in's day (a time before 4 a.m. is that night).
 */
async function dosesInput(userId: string, data: CheckInData, timeZone: string | undefined) {
  if (data.medications.length === 0) return [];
  const zone =
    timeZone ??
    (await getPrisma().user.findFirstOrThrow({ where: { id: userId }, select: { timeZone: true } }))
      .timeZone;
  return data.medications.map(({ medicationId, dose, unit, asNeeded, time }) => {
    const { takenAt, partOfDay } = doseMoment({ date: data.date, time, timeZone: zone });
    return { medicationId, dose, unit, asNeeded, takenAt: takenAt.toISOString(), partOfDay };
  });
}

export type SaveCheckInResult =
  | { status: "saved"; id: string; date: string; version: number; isReplay: boolean }
  /** Another version is stored where this save expected `baseVersion` (id null: none is). */
  | { status: "conflict"; id: string | null; version: number | null };

/**
 * Saves the person's check-in for `data.date`: creates it, or replaces everything in the one
 * that exists. With `data.replacesDate`, the check-in of that date is moved here (replacing any
 * on the new date). Tags and relief items are the person's own: names match in any case and
 * missing ones are created; an item id that is not theirs is ignored.
 *
 * With `data.baseVersion` given (null for "there was none"), a check-in whose version differs
 * is left untouched and the result is a conflict. A save whose `data.requestId` is already on a
 * check-in is not applied again: it answers as that save did (a double click or a retry after a
 * lost answer stores it once). Medications are the person's own (by id, archived ones too);
 * their times are read in `timeZone` (the person's, looked up when not given).
 */
export async function saveCheckIn({
  userId,
  data,
  timeZone,
}: {
  userId: string;
  data: CheckInData;
  timeZone?: string;
}): Promise<SaveCheckInResult> {
  const typedRelief = [...new Set(data.relief.filter((use) => !use.itemId).map((use) => use.name))];
  const reliefIndexes = (name: string) =>
    blindIndexes({ field: "ReliefItem.name", userId, text: name });
  const sealedRelief = (name: string) => ({
    name: sealText({ field: "ReliefItem.name", userId, text: name }),
    indexes: reliefIndexes(name),
  });
  const input = JSON.stringify({
    date: data.date,
    replacesDate: data.replacesDate,
    requestId: data.requestId,
    // JSON drops undefined: then the function does not compare versions.
    baseVersion: data.baseVersion,
    stress: data.stress,
    sleepQuality: data.sleepQuality,
    sleepHours: data.sleepHours,
    sittingHours: data.sittingHours,
    note: sealOptional({ field: "CheckIn.note", userId, text: data.note }),
    redFlags: data.redFlags,
    painEntries: data.painEntries,
    ...tagsInput(userId, data.tags),
    // Relief names only as keyed hashes (and encrypted for the items created here).
    relief: data.relief.map(({ name, ...use }) =>
      use.itemId ? use : { ...use, indexes: reliefIndexes(name) },
    ),
    typedRelief: typedRelief.sort().map(sealedRelief),
    // A typed name may be a built-in item the person has never listed yet.
    builtins:
      typedRelief.length > 0
        ? RELIEF_LIBRARY.map(({ key, name }) => ({ key, ...sealedRelief(name) }))
        : [],
    medications: await dosesInput(userId, data, timeZone),
  });
  for (let attempt = 1; ; attempt++) {
    try {
      const [row] = await getPrisma().$queryRaw<{ result: SaveCheckInRow }[]>`
        SELECT "save_check_in"(${userId}::uuid, ${input}::jsonb) AS result`;
      if (!row) throw new Error("save_check_in returned no row");
      return resultOf(row.result);
    } catch (error) {
      if (!RETRIED_SQLSTATES.has(sqlStateOf(error) ?? "") || attempt >= 3) throw error;
    }
  }
}
