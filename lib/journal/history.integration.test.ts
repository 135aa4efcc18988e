import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { instantAt } from "@/lib/time-zone";
import { createTestUser } from "@/test/factories";
import { saveCheckIn } from "./check-in/mutations";
import { getCheckIn, listTags } from "./data";
import { emptyCheckInDraft } from "./draft/check-in-draft";
import { getJournalPage, listJournalDays } from "./history/data";
import { deleteDay } from "./mutations";
import { listQuickLogs } from "./quick-log/data";
import { createQuickLog } from "./quick-log/mutations";
import { type CheckInDraft, checkInSchema, quickLogSchema } from "./schema";

async function addCheckIn(
  userId: string,
  date: string,
  change: (d: CheckInDraft) => void = () => {},
) {
  const draft = emptyCheckInDraft(date);
  draft.parts.MORNING = { intensity: 5, areas: [], qualities: [] };
  change(draft);
  return saveCheckIn({ userId, data: checkInSchema.parse(draft) });
}

async function addQuickLog(userId: string, date: string, hour = 14) {
  return createQuickLog({
    userId,
    timeZone: "Europe/Berlin",
    data: quickLogSchema.parse({ requestId: randomUUID(), intensity: 8, areas: [], tags: [] }),
    now: instantAt({ date, hour, timeZone: "Europe/Berlin" }),
  });
}

const sam = { kind: "PERSON" as const, name: "Sam", partOfDay: null };

describe("listJournalDays", () => {
  test("days with a check-in or quick logs, newest first, each with its details", async () => {
    const user = await createTestUser();
    await addCheckIn(user.id, "2026-10-01");
    await addCheckIn(user.id, "2026-10-03", (draft) => {
      draft.tags = [sam];
      draft.redFlags = ["BLADDER_BOWEL"];
    });
    await addQuickLog(user.id, "2026-10-03", 9);
    await addQuickLog(user.id, "2026-10-03", 15);
    await addQuickLog(user.id, "2026-10-02");
    const { days, nextBefore } = await listJournalDays({ userId: user.id, filters: {} });
    expect(days.map((day) => day.date)).toEqual(["2026-10-03", "2026-10-02", "2026-10-01"]);
    expect(nextBefore).toBeNull();
    const [third, second] = days;
    expect(third?.checkIn).toMatchObject({ redFlags: ["BLADDER_BOWEL"], tags: [sam] });
    expect(third?.quickLogs.map((log) => log.partOfDay)).toEqual(["MORNING", "AFTERNOON"]);
    expect(second).toMatchObject({ checkIn: null, quickLogs: [{ intensity: 8 }] });
  });

  test("pages with `before`, and filters by date range and by tag", async () => {
    const user = await createTestUser();
    for (let day = 1; day <= 5; day++) {
      await addCheckIn(user.id, `2026-10-0${day}`, (draft) => {
        if (day % 2 === 1) draft.tags = [{ ...sam, partOfDay: "EVENING" }];
      });
    }
    const first = await listJournalDays({ userId: user.id, filters: {}, limit: 2 });
    expect(first.days.map((day) => day.date)).toEqual(["2026-10-05", "2026-10-04"]);
    expect(first.nextBefore).toBe("2026-10-04");
    const second = await listJournalDays({
      userId: user.id,
      filters: { before: "2026-10-04" },
      limit: 2,
    });
    expect(second.days.map((day) => day.date)).toEqual(["2026-10-03", "2026-10-02"]);
    const last = await listJournalDays({
      userId: user.id,
      filters: { before: "2026-10-02" },
      limit: 2,
    });
    expect(last).toMatchObject({ nextBefore: null, days: [{ date: "2026-10-01" }] });

    const range = await listJournalDays({
      userId: user.id,
      filters: { from: "2026-10-02", to: "2026-10-04" },
    });
    expect(range.days.map((day) => day.date)).toEqual(["2026-10-04", "2026-10-03", "2026-10-02"]);

    const [tag] = await listTags({ userId: user.id });
    const withSam = await listJournalDays({ userId: user.id, filters: { tag: tag?.id } });
    expect(withSam.days.map((day) => day.date)).toEqual(["2026-10-05", "2026-10-03", "2026-10-01"]);
  });

  test("user B sees none of user A's days, tags or quick logs, even with A's tag id", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await addCheckIn(a.id, "2026-10-03", (draft) => {
      draft.tags = [sam];
    });
    await addQuickLog(a.id, "2026-10-04");
    const [tag] = await listTags({ userId: a.id });
    expect(tag).toMatchObject({ kind: "PERSON", name: "Sam" });
    expect(await listTags({ userId: b.id })).toEqual([]);
    expect(await listJournalDays({ userId: b.id, filters: {} })).toEqual({
      days: [],
      nextBefore: null,
    });
    expect(await listJournalDays({ userId: b.id, filters: { tag: tag?.id } })).toEqual({
      days: [],
      nextBefore: null,
    });
    expect(await getJournalPage({ userId: b.id, filters: {} })).toEqual({
      days: [],
      nextBefore: null,
      tags: [],
    });
    const page = await getJournalPage({ userId: a.id, filters: {} });
    expect(page.days).toHaveLength(2);
    expect(page.tags).toEqual([tag]);
  });
});

describe("deleteDay", () => {
  test("deletes the check-in and quick logs of that date, with their tag uses and relief", async () => {
    const user = await createTestUser();
    await addCheckIn(user.id, "2026-10-03", (draft) => {
      draft.tags = [sam];
      draft.relief = [
        { itemId: null, name: "Swim", minutes: "30", helped: "YES", partOfDay: null },
      ];
    });
    await addQuickLog(user.id, "2026-10-03");
    await addCheckIn(user.id, "2026-10-04");
    expect(await deleteDay({ userId: user.id, date: "2026-10-03" })).toEqual({
      checkIns: 1,
      quickLogs: 1,
    });
    expect(await getCheckIn({ userId: user.id, date: "2026-10-03" })).toBeNull();
    expect(await getCheckIn({ userId: user.id, date: "2026-10-04" })).not.toBeNull();
    expect(await getPrisma().tagUse.count({ where: { userId: user.id } })).toBe(0);
    expect(await getPrisma().reliefUse.count({ where: { userId: user.id } })).toBe(0);
    // The vocabulary stays for next time.
    expect(await listTags({ userId: user.id })).toHaveLength(1);
  });

  test("user B deleting the same date leaves user A's day alone", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await addCheckIn(a.id, "2026-10-03");
    await addQuickLog(a.id, "2026-10-03");
    expect(await deleteDay({ userId: b.id, date: "2026-10-03" })).toEqual({
      checkIns: 0,
      quickLogs: 0,
    });
    expect(await getCheckIn({ userId: a.id, date: "2026-10-03" })).not.toBeNull();
    expect(await listQuickLogs({ userId: a.id })).toHaveLength(1);
  });
});
