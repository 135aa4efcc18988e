import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import type { PartOfDay } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { createTestReliefItem, createTestTag, createTestUser } from "@/test/factories";
import {
  getFirstEntryDate,
  getJournalVersion,
  getPartOfDayDistribution,
  getWeekdayPartHeatmap,
  listDayRecords,
  listPatternSubjects,
} from "./data";

type Person = { id: string };

async function checkIn(
  user: Person,
  date: string,
  ratings: Partial<Record<PartOfDay, number>>,
  factors: { stress?: number; sleepHours?: number; sittingHours?: number } = {},
) {
  return getPrisma().checkIn.create({
    data: {
      userId: user.id,
      date: toDbDate(date),
      ...factors,
      painEntries: {
        create: Object.entries(ratings).map(([partOfDay, intensity]) => ({
          userId: user.id,
          localDate: toDbDate(date),
          partOfDay: partOfDay as PartOfDay,
          intensity: intensity as number,
        })),
      },
    },
  });
}

async function quickLog(user: Person, date: string, partOfDay: PartOfDay, intensity: number) {
  await getPrisma().painEntry.create({
    data: {
      userId: user.id,
      localDate: toDbDate(date),
      partOfDay,
      intensity,
      occurredAt: new Date(`${date}T09:00:00Z`),
      requestId: randomUUID(),
    },
  });
}

let alice: Person;
let bob: Person;
let samId = "";
let stretchId = "";

beforeAll(async () => {
  alice = await createTestUser({ timeZone: "Europe/Berlin" });
  bob = await createTestUser({ timeZone: "Pacific/Kiritimati" });
  const sam = await createTestTag({ userId: alice.id, kind: "PERSON", name: "Sam" });
  const stretch = await createTestReliefItem({
    userId: alice.id,
    builtinKey: "calf-stretch",
    name: "Calf stretch",
  });
  samId = sam.id;
  stretchId = stretch.id;
  // Around Europe's spring DST change (2026-03-29): dates are local dates, so nothing shifts.
  const saturday = await checkIn(
    alice,
    "2026-03-28",
    { MORNING: 6, EVENING: 2 },
    { stress: 8, sleepHours: 5.5, sittingHours: 2 },
  );
  await checkIn(alice, "2026-03-29", { MORNING: 7, AFTERNOON: 5, EVENING: 3 }, { sleepHours: 8 });
  await checkIn(alice, "2026-03-30", { NIGHT: 4 });
  await quickLog(alice, "2026-03-29", "MORNING", 9);
  await getPrisma().tagUse.create({
    data: {
      userId: alice.id,
      tagId: sam.id,
      checkInId: saturday.id,
      localDate: toDbDate("2026-03-28"),
    },
  });
  await getPrisma().reliefUse.create({
    data: {
      userId: alice.id,
      checkInId: saturday.id,
      reliefItemId: stretch.id,
      localDate: toDbDate("2026-03-28"),
      minutes: 10,
      helped: "YES",
    },
  });
  // Bob's data on the same dates must never count for Alice.
  await checkIn(bob, "2026-03-28", { MORNING: 10, EVENING: 10 }, { stress: 1, sleepHours: 9 });
  await checkIn(bob, "2026-03-29", { MORNING: 10 });
});

describe("listDayRecords", () => {
  test("one record per local date: part medians (quick logs included), day mean, tags, relief, the check-in's day factors", async () => {
    const days = await listDayRecords({ userId: alice.id, from: "2026-03-01", to: "2026-03-31" });
    expect(days).toEqual([
      {
        date: "2026-03-28",
        weekday: 6,
        parts: { MORNING: 6, EVENING: 2 },
        dayPain: 4,
        tagIds: [samId],
        reliefIds: [stretchId],
        factors: { stress: 8, sleepHours: 5.5, sittingHours: 2 },
      },
      {
        date: "2026-03-29",
        weekday: 0,
        // The check-in's 7 and the quick log's 9: median 8.
        parts: { MORNING: 8, AFTERNOON: 5, EVENING: 3 },
        dayPain: 16 / 3,
        tagIds: [],
        reliefIds: [],
        factors: { stress: null, sleepHours: 8, sittingHours: null },
      },
      {
        date: "2026-03-30",
        weekday: 1,
        parts: { NIGHT: 4 },
        dayPain: 4,
        tagIds: [],
        reliefIds: [],
        factors: { stress: null, sleepHours: null, sittingHours: null },
      },
    ]);
  });

  test("the range is inclusive and cuts exactly", async () => {
    const days = await listDayRecords({ userId: alice.id, from: "2026-03-29", to: "2026-03-29" });
    expect(days.map((day) => day.date)).toEqual(["2026-03-29"]);
  });

  test("another person's entries never count", async () => {
    const days = await listDayRecords({ userId: bob.id, from: "2026-03-01", to: "2026-03-31" });
    expect(days.map((day) => [day.date, day.dayPain])).toEqual([
      ["2026-03-28", 10],
      ["2026-03-29", 10],
    ]);
    expect(days.flatMap((day) => day.tagIds)).toEqual([]);
  });
});

test("the part-of-day distribution gives quartiles of every rating in the range", async () => {
  const rows = await getPartOfDayDistribution({
    userId: alice.id,
    from: "2026-03-01",
    to: "2026-03-31",
  });
  const morning = rows.find((row) => row.partOfDay === "MORNING");
  // Morning ratings 6, 7, 9: quartiles by linear interpolation 6.5 / 7 / 8.
  expect(morning).toEqual({
    partOfDay: "MORNING",
    entries: 3,
    days: 2,
    min: 6,
    q1: 6.5,
    median: 7,
    q3: 8,
    max: 9,
  });
  expect(rows.map((row) => row.partOfDay).sort()).toEqual([
    "AFTERNOON",
    "EVENING",
    "MORNING",
    "NIGHT",
  ]);
});

test("the heatmap averages by weekday and part of day", async () => {
  const cells = await getWeekdayPartHeatmap({
    userId: alice.id,
    from: "2026-03-01",
    to: "2026-03-31",
  });
  expect(cells).toContainEqual({ weekday: 0, partOfDay: "MORNING", meanPain: 8, entries: 2 });
  expect(cells).toContainEqual({ weekday: 6, partOfDay: "EVENING", meanPain: 2, entries: 1 });
  expect(cells).toHaveLength(6);
});

test("subjects and the first entry belong to the person only", async () => {
  expect(await listPatternSubjects({ userId: alice.id })).toEqual({
    tags: [{ id: samId, kind: "PERSON", name: "Sam" }],
    reliefs: [{ id: stretchId, name: "Calf stretch" }],
  });
  expect(await listPatternSubjects({ userId: bob.id })).toEqual({ tags: [], reliefs: [] });
  expect(await getFirstEntryDate({ userId: alice.id })).toBe("2026-03-28");
  expect(await getFirstEntryDate({ userId: (await createTestUser()).id })).toBeNull();
});

test("the journal version moves with every change to ratings, tags or relief, for that person only", async () => {
  const carol = await createTestUser();
  const dave = await createTestUser();
  const versions = async () => [
    await getJournalVersion({ userId: carol.id }),
    await getJournalVersion({ userId: dave.id }),
  ];
  const [start, daveStart] = await versions();
  const day = await checkIn(carol, "2026-04-01", { MORNING: 5 });
  const [afterInsert, daveAfterInsert] = await versions();
  expect(afterInsert).toBeGreaterThan(start ?? 0);
  expect(daveAfterInsert).toBe(daveStart);

  await getPrisma().painEntry.updateMany({ where: { checkInId: day.id }, data: { intensity: 7 } });
  const [afterUpdate] = await versions();
  expect(afterUpdate).toBeGreaterThan(afterInsert ?? 0);

  const tag = await getPrisma().tag.create({
    data: { userId: carol.id, kind: "EMOTION", name: "calm" },
  });
  await getPrisma().tag.update({ where: { id: tag.id }, data: { name: "content" } });
  const [afterRename] = await versions();
  expect(afterRename).toBeGreaterThan(afterUpdate ?? 0);

  await getPrisma().checkIn.delete({ where: { id: day.id } });
  const [afterDelete, daveAfterAll] = await versions();
  expect(afterDelete).toBeGreaterThan(afterRename ?? 0);
  expect(daveAfterAll).toBe(daveStart);
  expect(await getJournalVersion({ userId: randomUUID() })).toBeNull();
});
