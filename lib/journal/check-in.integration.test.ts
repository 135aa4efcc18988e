import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { listReliefItems } from "@/lib/relief/data";
import { checkIn, painful } from "@/test/check-ins";
import { createTestUser } from "@/test/factories";
import { saveCheckIn } from "./check-in/mutations";
import { getCheckIn, getPreviousCheckIn, listCheckInDates } from "./data";

async function rowCounts(userId: string) {
  const prisma = getPrisma();
  const [checkIns, painEntries, tagUses, reliefUses, tags] = await Promise.all([
    prisma.checkIn.count({ where: { userId } }),
    prisma.painEntry.count({ where: { userId } }),
    prisma.tagUse.count({ where: { userId } }),
    prisma.reliefUse.count({ where: { userId } }),
    prisma.tag.count({ where: { userId } }),
  ]);
  return { checkIns, painEntries, tagUses, reliefUses, tags };
}

describe("saveCheckIn and getCheckIn", () => {
  test("stores the check-in and reads it back as plain data", async () => {
    const user = await createTestUser();
    const saved = await saveCheckIn({ userId: user.id, data: checkIn("2026-10-20", painful) });
    expect(saved).toMatchObject({ status: "saved", date: "2026-10-20", version: 1 });
    const read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(read).toMatchObject({
      id: saved.id,
      date: "2026-10-20",
      parts: {
        MORNING: { intensity: 6, areas: ["LOWER_BACK", "HIPS"], qualities: ["STIFF"] },
        // "no pain" keeps its 0 but not where or how it hurt.
        EVENING: { intensity: 0, areas: [], qualities: [] },
      },
      stress: 7,
      sleepQuality: 4,
      sittingHours: 7.5,
      sleepHours: 6.5,
      note: "Long day.",
      redFlags: ["WORSE_AT_NIGHT"],
      relief: [],
    });
    expect(read?.parts.AFTERNOON).toBeUndefined();
    expect(read?.tags).toEqual(
      expect.arrayContaining([
        { kind: "PERSON", name: "Sam", partOfDay: "MORNING" },
        { kind: "CONTEXT", name: "At work", partOfDay: null },
      ]),
    );
  });

  test("saving the same date again replaces the day instead of adding a second check-in", async () => {
    const user = await createTestUser();
    await saveCheckIn({ userId: user.id, data: checkIn("2026-10-20", painful) });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-20", (draft) => {
        draft.parts.NIGHT = { intensity: 3, areas: [], qualities: [] };
        draft.tags = [{ kind: "PERSON", name: "sam", partOfDay: null }];
      }),
    });
    const read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(Object.keys(read?.parts ?? {})).toEqual(["NIGHT"]);
    expect(read?.stress).toBeNull();
    // "sam" is the same person as "Sam": the first spelling stays.
    expect(read?.tags).toEqual([{ kind: "PERSON", name: "Sam", partOfDay: null }]);
    expect(await rowCounts(user.id)).toEqual({
      checkIns: 1,
      painEntries: 1,
      tagUses: 1,
      reliefUses: 0,
      tags: 2,
    });
  });

  test("a double click, retries and two tabs at once leave one check-in per date", async () => {
    const user = await createTestUser();
    const data = checkIn("2026-10-21", painful);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => saveCheckIn({ userId: user.id, data })),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await rowCounts(user.id)).toEqual({
      checkIns: 1,
      painEntries: 2,
      tagUses: 2,
      reliefUses: 0,
      tags: 2,
    });
  });

  test("two tabs saving different answers for one date at once leave one of them, whole", async () => {
    const user = await createTestUser();
    const versions = Array.from({ length: 6 }, (_, i) =>
      checkIn("2026-10-24", (draft) => {
        draft.stress = i;
        // Version i rates i % 4 + 1 parts and names its own person, so a mix would show.
        for (const part of ["MORNING", "AFTERNOON", "EVENING", "NIGHT"] as const) {
          if (["MORNING", "AFTERNOON", "EVENING", "NIGHT"].indexOf(part) <= i % 4) {
            draft.parts[part] = { intensity: i, areas: [], qualities: [] };
          }
        }
        draft.tags = [{ kind: "PERSON", name: `Person ${i}`, partOfDay: null }];
      }),
    );
    await Promise.all(versions.map((data) => saveCheckIn({ userId: user.id, data })));
    const read = await getCheckIn({ userId: user.id, date: "2026-10-24" });
    const winner = read?.stress ?? -1;
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(Object.values(read?.parts ?? {}).map((part) => part.intensity)).toEqual(
      Array.from({ length: (winner % 4) + 1 }, () => winner),
    );
    expect(read?.tags).toEqual([{ kind: "PERSON", name: `Person ${winner}`, partOfDay: null }]);
    const counts = await rowCounts(user.id);
    expect(counts).toMatchObject({ checkIns: 1, painEntries: (winner % 4) + 1, tagUses: 1 });
  });

  test("a new person named at once on different dates, or twice in one day, is one tag", async () => {
    const user = await createTestUser();
    await Promise.all(
      ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"].map((date) =>
        saveCheckIn({
          userId: user.id,
          data: checkIn(date, (draft) => {
            draft.tags = [
              { kind: "PERSON", name: "Robin", partOfDay: "MORNING" },
              { kind: "PERSON", name: "robin", partOfDay: "EVENING" },
            ];
          }),
        }),
      ),
    );
    expect(await rowCounts(user.id)).toMatchObject({ checkIns: 4, tagUses: 8, tags: 1 });
    expect((await getCheckIn({ userId: user.id, date: "2026-10-01" }))?.tags).toEqual(
      expect.arrayContaining([
        { kind: "PERSON", name: "Robin", partOfDay: "MORNING" },
        { kind: "PERSON", name: "Robin", partOfDay: "EVENING" },
      ]),
    );
  });

  test("relief: library items by id, own items by name (reused in any case), others' ids ignored", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const mine = await listReliefItems({ userId: user.id });
    const theirs = await listReliefItems({ userId: other.id });
    const calf = mine.find((item) => item.builtinKey === "CALF_STRETCH");
    const theirHeat = theirs.find((item) => item.builtinKey === "HEAT");
    if (!calf || !theirHeat) throw new Error("built-in items were not created");
    const relief = (name: string, itemId: string | null = null) => ({
      itemId,
      name,
      minutes: "10",
      helped: "YES" as const,
      partOfDay: "EVENING" as const,
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-22", (draft) => {
        draft.relief = [
          relief("Calf stretch", calf.id),
          relief("Swimming"),
          relief("heat"),
          relief("Heat", theirHeat.id),
        ];
      }),
    });
    const read = await getCheckIn({ userId: user.id, date: "2026-10-22" });
    expect(read?.relief.map((use) => [use.builtinKey, use.name, use.minutes])).toEqual([
      ["CALF_STRETCH", "Calf stretch", 10],
      ["HEAT", "Heat", 10],
      [null, "Swimming", 10],
    ]);
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-23", (draft) => {
        draft.relief = [relief("  swimming ")];
      }),
    });
    const items = await listReliefItems({ userId: user.id });
    expect(items.filter((item) => item.name.toLowerCase() === "swimming")).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: "Swimming", uses: 2, lastUsed: "2026-10-23" });
    expect(await getPrisma().reliefUse.count({ where: { userId: other.id } })).toBe(0);
  });

  test("changing the date of an opened check-in moves it", async () => {
    const user = await createTestUser();
    await saveCheckIn({ userId: user.id, data: checkIn("2026-10-20", painful) });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-19", (draft) => {
        painful(draft);
        draft.replacesDate = "2026-10-20";
      }),
    });
    expect(await getCheckIn({ userId: user.id, date: "2026-10-20" })).toBeNull();
    expect((await getCheckIn({ userId: user.id, date: "2026-10-19" }))?.stress).toBe(7);
  });

  test("user B cannot read, overwrite or move user A's check-in", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const saved = await saveCheckIn({ userId: a.id, data: checkIn("2026-10-20", painful) });
    expect(await getCheckIn({ userId: b.id, date: "2026-10-20" })).toBeNull();
    expect(await getPreviousCheckIn({ userId: b.id, date: "2026-10-21" })).toBeNull();
    expect(await listCheckInDates({ userId: b.id, from: "2026-10-01", to: "2026-10-30" })).toEqual(
      [],
    );
    await saveCheckIn({
      userId: b.id,
      data: checkIn("2026-10-21", (draft) => {
        draft.replacesDate = "2026-10-20";
      }),
    });
    await saveCheckIn({ userId: b.id, data: checkIn("2026-10-20") });
    const stillA = await getCheckIn({ userId: a.id, date: "2026-10-20" });
    expect(stillA).toMatchObject({ id: saved.id, stress: 7 });
    expect(Object.keys(stillA?.parts ?? {})).toEqual(["MORNING", "EVENING"]);
    expect((await rowCounts(a.id)).checkIns).toBe(1);
    expect((await rowCounts(b.id)).checkIns).toBe(2);
  });
});
