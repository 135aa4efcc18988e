import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { saveCheckIn } from "../check-in/mutations";
import { getCheckIn, isJournalEmpty } from "../data";
import { emptyCheckInDraft } from "../draft/check-in-draft";
import { listQuickLogs } from "../quick-log/data";
import { createQuickLog } from "../quick-log/mutations";
import { checkInSchema, quickLogSchema } from "../schema";
import { generateDemoJournal } from "./generator/demo-journal";
import { insertDemoJournal } from "./mutations";

const journal = generateDemoJournal({ endDate: "2026-10-31", timeZone: "Europe/Berlin" });

async function counts(userId: string) {
  const prisma = getPrisma();
  return {
    checkIns: await prisma.checkIn.count({ where: { userId } }),
    quickLogs: await prisma.painEntry.count({ where: { userId, checkInId: null } }),
    ratings: await prisma.painEntry.count({ where: { userId, checkInId: { not: null } } }),
    tagUses: await prisma.tagUse.count({ where: { userId } }),
    reliefUses: await prisma.reliefUse.count({ where: { userId } }),
  };
}

const expected = {
  checkIns: journal.checkIns.length,
  quickLogs: journal.quickLogs.length,
  ratings: journal.checkIns.reduce((sum, day) => sum + day.painEntries.length, 0),
  tagUses:
    journal.checkIns.reduce((sum, day) => sum + day.tags.length, 0) +
    journal.quickLogs.reduce((sum, log) => sum + log.tags.length, 0),
  reliefUses: journal.checkIns.reduce((sum, day) => sum + day.relief.length, 0),
};

describe("insertDemoJournal", () => {
  test("fills an empty journal with every check-in, rating, tag, relief and quick log", async () => {
    const user = await createTestUser();
    const result = await insertDemoJournal({ userId: user.id, journal });
    expect(result).toEqual({
      isInserted: true,
      checkIns: expected.checkIns,
      quickLogs: expected.quickLogs,
    });
    expect(await counts(user.id)).toEqual(expected);
    const last = journal.checkIns.at(-1);
    const stored = await getCheckIn({ userId: user.id, date: last?.date ?? "" });
    expect(stored?.tags).toHaveLength(last?.tags.length ?? -1);
    expect(Object.keys(stored?.parts ?? {})).toHaveLength(last?.painEntries.length ?? -1);
  });

  test("leaves a journal with entries alone, unless asked to replace it", async () => {
    const user = await createTestUser();
    await saveCheckIn({
      userId: user.id,
      data: checkInSchema.parse(emptyCheckInDraft("2026-11-01")),
    });
    expect((await insertDemoJournal({ userId: user.id, journal })).isInserted).toBe(false);
    expect((await counts(user.id)).checkIns).toBe(1);

    const replaced = await insertDemoJournal({ userId: user.id, journal, replaceExisting: true });
    expect(replaced.isInserted).toBe(true);
    expect(await counts(user.id)).toEqual(expected);
    expect(await getCheckIn({ userId: user.id, date: "2026-11-01" })).toBeNull();
    // Refilling again gives the same journal, not twice as much.
    await insertDemoJournal({ userId: user.id, journal, replaceExisting: true });
    expect(await counts(user.id)).toEqual(expected);
  });

  test("two clicks at once insert the sample data once", async () => {
    const user = await createTestUser();
    const results = await Promise.all([
      insertDemoJournal({ userId: user.id, journal }),
      insertDemoJournal({ userId: user.id, journal }),
    ]);
    expect(results.filter((result) => result.isInserted)).toHaveLength(1);
    expect(await counts(user.id)).toEqual(expected);
  });

  test("replacing user A's journal never touches user B's", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await saveCheckIn({ userId: b.id, data: checkInSchema.parse(emptyCheckInDraft("2026-10-30")) });
    await createQuickLog({
      userId: b.id,
      timeZone: b.timeZone,
      data: quickLogSchema.parse({ requestId: randomUUID(), intensity: 3, areas: [], tags: [] }),
    });
    await insertDemoJournal({ userId: a.id, journal, replaceExisting: true });
    expect(await isJournalEmpty({ userId: b.id })).toBe(false);
    expect(await getCheckIn({ userId: b.id, date: "2026-10-30" })).not.toBeNull();
    expect(await listQuickLogs({ userId: b.id })).toHaveLength(1);
    expect((await counts(b.id)).checkIns).toBe(1);
  });
});
