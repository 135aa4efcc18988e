import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { type SaveCheckInResult, saveCheckIn } from "./check-in/mutations";
import { getCheckIn } from "./data";
import { emptyCheckInDraft } from "./draft/check-in-draft";
import { type CheckInDraft, checkInSchema } from "./schema";

/** A save as the form sends it: with a request id and the version it edits. */
function save(
  userId: string,
  {
    date,
    baseVersion,
    requestId = randomUUID(),
    note = "",
    replacesDate = null,
  }: {
    date: string;
    baseVersion: number | null;
    requestId?: string;
    note?: string;
    replacesDate?: string | null;
  },
) {
  const draft: CheckInDraft = {
    ...emptyCheckInDraft(date),
    replacesDate,
    baseVersion,
    requestId,
    note,
  };
  draft.parts.MORNING = { intensity: 5, areas: [], qualities: [] };
  return saveCheckIn({ userId, data: checkInSchema.parse(draft) });
}

function saved(result: SaveCheckInResult) {
  if (result.status !== "saved") throw new Error(`expected a save, got ${result.status}`);
  return result;
}

const checkInCount = (userId: string) => getPrisma().checkIn.count({ where: { userId } });

describe("check-in versions", () => {
  test("a new check-in where another was saved meanwhile is a conflict, and changes nothing", async () => {
    const user = await createTestUser();
    const first = saved(
      await save(user.id, { date: "2026-10-20", baseVersion: null, note: "tab A" }),
    );
    expect(first.version).toBe(1);
    const second = await save(user.id, { date: "2026-10-20", baseVersion: null, note: "tab B" });
    expect(second).toEqual({ status: "conflict", id: first.id, version: 1 });
    expect((await getCheckIn({ userId: user.id, date: "2026-10-20" }))?.note).toBe("tab A");
  });

  test("an edit of an older version is refused; an edit of the current one bumps it", async () => {
    const user = await createTestUser();
    saved(await save(user.id, { date: "2026-10-20", baseVersion: null, note: "first" }));
    const phone = saved(await save(user.id, { date: "2026-10-20", baseVersion: 1, note: "phone" }));
    expect(phone.version).toBe(2);
    const laptop = await save(user.id, { date: "2026-10-20", baseVersion: 1, note: "laptop" });
    expect(laptop).toMatchObject({ status: "conflict", version: 2 });
    const read = await getCheckIn({ userId: user.id, date: "2026-10-20" });
    expect(read).toMatchObject({ note: "phone", version: 2 });
    // Choosing "save mine over it" sends the version now stored.
    const over = saved(await save(user.id, { date: "2026-10-20", baseVersion: 2, note: "laptop" }));
    expect(over.version).toBe(3);
    expect((await getCheckIn({ userId: user.id, date: "2026-10-20" }))?.note).toBe("laptop");
  });

  test("of many edits of one version sent at once, exactly one is saved", async () => {
    const user = await createTestUser();
    saved(await save(user.id, { date: "2026-10-21", baseVersion: null }));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        save(user.id, { date: "2026-10-21", baseVersion: 1, note: `tab ${i}` }),
      ),
    );
    const wins = results.filter((result) => result.status === "saved");
    expect(wins).toHaveLength(1);
    expect(results.filter((result) => result.status === "conflict")).toHaveLength(7);
    const read = await getCheckIn({ userId: user.id, date: "2026-10-21" });
    expect(read?.version).toBe(2);
    expect(results.indexOf(wins[0] as SaveCheckInResult)).toBe(
      Number(read?.note?.replace("tab ", "")),
    );
  });

  test("an edit of a check-in deleted elsewhere is a conflict with nothing stored", async () => {
    const user = await createTestUser();
    saved(await save(user.id, { date: "2026-10-22", baseVersion: null }));
    await getPrisma().checkIn.deleteMany({ where: { userId: user.id } });
    const result = await save(user.id, { date: "2026-10-22", baseVersion: 1, note: "mine" });
    expect(result).toEqual({ status: "conflict", id: null, version: null });
    expect(await checkInCount(user.id)).toBe(0);
  });

  test("moving a check-in checks the version of the one moved", async () => {
    const user = await createTestUser();
    saved(await save(user.id, { date: "2026-10-10", baseVersion: null }));
    saved(await save(user.id, { date: "2026-10-10", baseVersion: 1, note: "changed" }));
    const stale = await save(user.id, {
      date: "2026-10-12",
      replacesDate: "2026-10-10",
      baseVersion: 1,
    });
    expect(stale).toMatchObject({ status: "conflict", version: 2 });
    const moved = saved(
      await save(user.id, { date: "2026-10-12", replacesDate: "2026-10-10", baseVersion: 2 }),
    );
    expect(moved).toMatchObject({ date: "2026-10-12", version: 3 });
    expect(await getCheckIn({ userId: user.id, date: "2026-10-10" })).toBeNull();
    expect(await checkInCount(user.id)).toBe(1);
  });
});

describe("check-in request ids", () => {
  test("a retried save is applied once and answers as the first did", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const first = saved(await save(user.id, { date: "2026-10-20", baseVersion: null, requestId }));
    const retry = saved(await save(user.id, { date: "2026-10-20", baseVersion: null, requestId }));
    expect(retry).toEqual({ ...first, isReplay: true });
    expect(first.isReplay).toBe(false);
    // A retry of an edit that was stored does not count as an edit of an older version.
    const edit = randomUUID();
    const edited = saved(
      await save(user.id, { date: "2026-10-20", baseVersion: 1, requestId: edit }),
    );
    const editRetry = saved(
      await save(user.id, { date: "2026-10-20", baseVersion: 1, requestId: edit }),
    );
    expect(editRetry).toEqual({ ...edited, isReplay: true });
    expect(edited.version).toBe(2);
  });

  test("the same save sent eight times at once stores one check-in, and none is a conflict", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        save(user.id, { date: "2026-10-23", baseVersion: null, requestId, note: "once" }),
      ),
    );
    expect(results.every((result) => result.status === "saved")).toBe(true);
    expect(results.filter((result) => saved(result).isReplay)).toHaveLength(7);
    expect(await checkInCount(user.id)).toBe(1);
    expect((await getCheckIn({ userId: user.id, date: "2026-10-23" }))?.version).toBe(1);
  });

  test("request ids are per person: another person's equal id stores their own check-in", async () => {
    const [a, b] = [await createTestUser(), await createTestUser()];
    const requestId = randomUUID();
    saved(await save(a.id, { date: "2026-10-20", baseVersion: null, requestId, note: "a" }));
    const forB = saved(await save(b.id, { date: "2026-10-20", baseVersion: null, requestId }));
    expect(forB.isReplay).toBe(false);
    expect(await checkInCount(b.id)).toBe(1);
    expect((await getCheckIn({ userId: a.id, date: "2026-10-20" }))?.note).toBe("a");
  });
});
