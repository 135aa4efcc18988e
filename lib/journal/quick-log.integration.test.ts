import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { listTagSuggestions } from "./data";
import { getQuickLogFormData, listQuickLogs } from "./quick-log/data";
import { createQuickLog, deleteQuickLog } from "./quick-log/mutations";
import { quickLogSchema } from "./schema";

const quickLog = (change: Partial<ReturnType<typeof quickLogSchema.parse>> = {}) =>
  quickLogSchema.parse({
    requestId: randomUUID(),
    intensity: 7,
    areas: ["LOWER_BACK"],
    tags: [{ kind: "CONTEXT", name: "At work" }],
    ...change,
  });

describe("createQuickLog", () => {
  test("a log sent late keeps the moment it was made; a future or week-old moment is not trusted", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    const now = new Date("2026-11-24T20:00:00Z"); // 21:00 in Berlin: EVENING
    const late = await createQuickLog({
      userId: user.id,
      timeZone: user.timeZone,
      data: quickLog({ loggedAt: "2026-11-24T09:15:00Z" }), // 10:15 in Berlin: MORNING
      now,
    });
    expect(late).toMatchObject({ partOfDay: "MORNING", occurredAt: "2026-11-24T09:15:00.000Z" });
    for (const loggedAt of ["2026-11-24T20:05:00Z", "2026-11-16T20:00:00Z"]) {
      const refused = await createQuickLog({
        userId: user.id,
        timeZone: user.timeZone,
        data: quickLog({ loggedAt }),
        now,
      });
      expect(refused).toMatchObject({ partOfDay: "EVENING", occurredAt: now.toISOString() });
    }
  });

  test("files under the journal date and part of day of its instant in the person's zone", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    // 05:30 UTC on 21 Oct is 01:30 EDT: the NIGHT of 20 Oct.
    const saved = await createQuickLog({
      userId: user.id,
      timeZone: user.timeZone,
      data: quickLog(),
      now: new Date("2026-10-21T05:30:00Z"),
    });
    expect(saved).toMatchObject({
      localDate: "2026-10-20",
      partOfDay: "NIGHT",
      intensity: 7,
      occurredAt: "2026-10-21T05:30:00.000Z",
      isNew: true,
    });
    const [read] = await listQuickLogs({ userId: user.id, from: "2026-10-20", to: "2026-10-20" });
    expect(read).toEqual({
      id: saved.id,
      occurredAt: "2026-10-21T05:30:00.000Z",
      localDate: "2026-10-20",
      partOfDay: "NIGHT",
      intensity: 7,
      areas: ["LOWER_BACK"],
      tags: [{ kind: "CONTEXT", name: "At work" }],
      medications: [],
    });
    const row = await getPrisma().painEntry.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.checkInId).toBeNull();
    const tagUse = await getPrisma().tagUse.findFirstOrThrow({ where: { painEntryId: saved.id } });
    expect(tagUse).toMatchObject({ partOfDay: "NIGHT", checkInId: null });
  });

  test("a retried or doubled submit with the same request id stores one quick log", async () => {
    const user = await createTestUser();
    const data = quickLog();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        createQuickLog({
          userId: user.id,
          timeZone: user.timeZone,
          data,
          now: new Date(Date.UTC(2026, 9, 21, 12, index)),
        }),
      ),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => result.isNew)).toHaveLength(1);
    expect(await getPrisma().painEntry.count({ where: { userId: user.id } })).toBe(1);
    expect(await getPrisma().tagUse.count({ where: { userId: user.id } })).toBe(1);
  });

  test("the same request id from two people is two quick logs", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const data = quickLog();
    const first = await createQuickLog({ userId: a.id, timeZone: a.timeZone, data });
    const second = await createQuickLog({ userId: b.id, timeZone: b.timeZone, data });
    expect(second.id).not.toBe(first.id);
    expect(second.isNew).toBe(true);
  });

  test("its tags join the person's vocabulary, and no one else's", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await createQuickLog({
      userId: a.id,
      timeZone: a.timeZone,
      data: quickLog({ tags: [{ kind: "PERSON", name: "Jo" }] }),
    });
    expect((await listTagSuggestions({ userId: a.id })).map((tag) => tag.name)).toEqual(["Jo"]);
    expect(await listTagSuggestions({ userId: b.id })).toEqual([]);
  });
});

describe("reading and deleting quick logs", () => {
  test("listQuickLogs and getQuickLogFormData show only the person's logs, newest first", async () => {
    const a = await createTestUser({ timeZone: "UTC" });
    const b = await createTestUser({ timeZone: "UTC" });
    for (const hour of [9, 13, 18]) {
      await createQuickLog({
        userId: a.id,
        timeZone: a.timeZone,
        data: quickLog({ intensity: hour % 10 }),
        now: new Date(Date.UTC(2026, 9, 21, hour)),
      });
    }
    const logs = await listQuickLogs({ userId: a.id });
    expect(logs.map((log) => log.partOfDay)).toEqual(["EVENING", "AFTERNOON", "MORNING"]);
    const form = await getQuickLogFormData({ userId: a.id });
    expect(form.recent).toHaveLength(3);
    expect(form.tagSuggestions.map((tag) => tag.name)).toEqual(["At work"]);
    expect(await listQuickLogs({ userId: b.id })).toEqual([]);
    expect(await getQuickLogFormData({ userId: b.id })).toEqual({
      tagSuggestions: [],
      recent: [],
      medications: [],
    });
  });

  test("user B cannot delete user A's quick log", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const saved = await createQuickLog({ userId: a.id, timeZone: a.timeZone, data: quickLog() });
    expect(await deleteQuickLog({ userId: b.id, id: saved.id })).toBe(false);
    expect(await listQuickLogs({ userId: a.id })).toHaveLength(1);
    expect(await deleteQuickLog({ userId: a.id, id: saved.id })).toBe(true);
    expect(await listQuickLogs({ userId: a.id })).toEqual([]);
    expect(await deleteQuickLog({ userId: a.id, id: saved.id })).toBe(false);
  });
});
