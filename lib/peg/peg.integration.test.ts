import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import { getLastPegDate, listPegResponses } from "./data";
import { deletePegResponse, savePegResponse } from "./mutations";

const answers = (pain: number, enjoyment: number, activity: number) => ({
  pain,
  enjoyment,
  activity,
});

describe("weekly PEG", () => {
  test("saved per date (a second one that day replaces it), listed oldest first", async () => {
    const user = await createTestUser();
    expect(await getLastPegDate({ userId: user.id })).toBeNull();
    await savePegResponse({ userId: user.id, date: "2026-10-08", answers: answers(5, 4, 4) });
    const first = await savePegResponse({
      userId: user.id,
      date: "2026-10-01",
      answers: answers(6, 6, 6),
    });
    const again = await savePegResponse({
      userId: user.id,
      date: "2026-10-01",
      answers: answers(7, 6, 5),
    });
    expect(again.id).toBe(first.id);
    expect(await listPegResponses({ userId: user.id })).toEqual([
      { id: first.id, date: "2026-10-01", pain: 7, enjoyment: 6, activity: 5 },
      { id: expect.any(String), date: "2026-10-08", pain: 5, enjoyment: 4, activity: 4 },
    ]);
    expect(await getLastPegDate({ userId: user.id })).toBe("2026-10-08");
    expect(await deletePegResponse({ userId: user.id, id: first.id })).toBe(true);
    expect(await deletePegResponse({ userId: user.id, id: first.id })).toBe(false);
    expect((await listPegResponses({ userId: user.id })).map((peg) => peg.date)).toEqual([
      "2026-10-08",
    ]);
  });

  test("the database refuses answers outside 0–10", async () => {
    const user = await createTestUser();
    await expect(
      getPrisma().pegResponse.create({
        data: {
          userId: user.id,
          date: toDbDate("2026-10-01"),
          pain: 11,
          enjoyment: 0,
          activity: 0,
        },
      }),
    ).rejects.toThrow();
  });

  test("user B can neither read nor delete user A's PEG; the same date is theirs to use", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const { id } = await savePegResponse({
      userId: a.id,
      date: "2026-10-01",
      answers: answers(6, 6, 6),
    });
    expect(await listPegResponses({ userId: b.id })).toEqual([]);
    expect(await getLastPegDate({ userId: b.id })).toBeNull();
    expect(await deletePegResponse({ userId: b.id, id })).toBe(false);
    await savePegResponse({ userId: b.id, date: "2026-10-01", answers: answers(1, 1, 1) });
    expect(await listPegResponses({ userId: a.id })).toEqual([
      { id, date: "2026-10-01", pain: 6, enjoyment: 6, activity: 6 },
    ]);
  });
});
