import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestUser } from "@/test/factories";
import { getLifeEvent, getOnset, listLifeEventMarkers, listLifeEvents } from "./data";
import { createLifeEvent, deleteLifeEvent, updateLifeEvent, updateOnset } from "./mutations";
import { lifeEventSchema } from "./schema";

const event = (date: string, title: string, note = "") =>
  lifeEventSchema.parse({ date, title, category: "WORK", note });

describe("life events", () => {
  test("created, listed newest first with notes, changed and deleted", async () => {
    const user = await createTestUser();
    const { id } = await createLifeEvent({
      userId: user.id,
      data: event("2026-03-01", "New job", "A long commute"),
    });
    await createLifeEvent({ userId: user.id, data: event("2026-05-10", "Moved") });
    expect(await listLifeEvents({ userId: user.id })).toEqual([
      {
        id: expect.any(String),
        date: "2026-05-10",
        title: "Moved",
        category: "WORK",
        note: null,
        version: 1,
      },
      {
        id,
        date: "2026-03-01",
        title: "New job",
        category: "WORK",
        note: "A long commute",
        version: 1,
      },
    ]);

    const changed = lifeEventSchema.parse({
      date: "2026-03-02",
      title: "New job",
      category: "WORK",
      note: "",
    });
    expect(await updateLifeEvent({ userId: user.id, id, version: 1, data: changed })).toEqual({
      status: "saved",
      version: 2,
    });
    expect(await getLifeEvent({ userId: user.id, id })).toMatchObject({
      date: "2026-03-02",
      note: null,
      version: 2,
    });
    // A change from the page as it was before is refused, with what is stored now.
    const stale = lifeEventSchema.parse({ ...changed, title: "Old job", note: "typed elsewhere" });
    expect(await updateLifeEvent({ userId: user.id, id, version: 1, data: stale })).toEqual({
      status: "conflict",
      version: 2,
      current: { date: "2026-03-02", title: "New job", category: "WORK", note: null },
    });
    expect((await getLifeEvent({ userId: user.id, id }))?.title).toBe("New job");

    expect(await deleteLifeEvent({ userId: user.id, id })).toBe(true);
    expect(await deleteLifeEvent({ userId: user.id, id })).toBe(false);
    expect(await getLifeEvent({ userId: user.id, id })).toBeNull();
  });

  test("the same title on the same date is a conflict, on create and on update", async () => {
    const user = await createTestUser();
    await createLifeEvent({ userId: user.id, data: event("2026-03-01", "New job") });
    await expect(
      createLifeEvent({ userId: user.id, data: event("2026-03-01", "New job") }),
    ).rejects.toEqual(new AppError("CONFLICT"));
    const { id } = await createLifeEvent({ userId: user.id, data: event("2026-03-02", "New job") });
    await expect(
      updateLifeEvent({ userId: user.id, id, version: 1, data: event("2026-03-01", "New job") }),
    ).rejects.toEqual(new AppError("CONFLICT"));
    // Someone else may have the same event.
    const other = await createTestUser();
    await createLifeEvent({ userId: other.id, data: event("2026-03-01", "New job") });
  });

  test("one request id creates one event, also when sent twice at once", async () => {
    const user = await createTestUser();
    const requestId = randomUUID();
    const data = event("2026-03-01", "New job");
    const results = await Promise.all([
      createLifeEvent({ userId: user.id, data, requestId }),
      createLifeEvent({ userId: user.id, data, requestId }),
      createLifeEvent({ userId: user.id, data, requestId }),
    ]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => !result.isReplay)).toHaveLength(1);
    expect(await listLifeEvents({ userId: user.id })).toHaveLength(1);
    // A new request with the same title and date is still the duplicate it always was.
    await expect(
      createLifeEvent({ userId: user.id, data, requestId: randomUUID() }),
    ).rejects.toEqual(new AppError("CONFLICT"));
  });

  test("markers for a chart: only the range, oldest first, never the note", async () => {
    const user = await createTestUser();
    for (const [date, title] of [
      ["2026-01-31", "Before"],
      ["2026-02-01", "First day"],
      ["2026-02-28", "Last day"],
      ["2026-03-01", "After"],
    ] as const) {
      await createLifeEvent({ userId: user.id, data: event(date, title, "private") });
    }
    expect(
      await listLifeEventMarkers({ userId: user.id, from: "2026-02-01", to: "2026-02-28" }),
    ).toEqual([
      { date: "2026-02-01", title: "First day", category: "WORK" },
      { date: "2026-02-28", title: "Last day", category: "WORK" },
    ]);
  });

  test("user B can neither read, change nor delete user A's events", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const { id } = await createLifeEvent({ userId: a.id, data: event("2026-03-01", "A's", "x") });
    expect(await listLifeEvents({ userId: b.id })).toEqual([]);
    expect(await getLifeEvent({ userId: b.id, id })).toBeNull();
    expect(
      await listLifeEventMarkers({ userId: b.id, from: "2026-01-01", to: "2026-12-31" }),
    ).toEqual([]);
    expect(
      await updateLifeEvent({
        userId: b.id,
        id,
        version: 1,
        data: event("2026-04-01", "Taken over"),
      }),
    ).toEqual({ status: "gone" });
    expect(await deleteLifeEvent({ userId: b.id, id })).toBe(false);
    expect(await getLifeEvent({ userId: a.id, id })).toMatchObject({ title: "A's", note: "x" });
  });
});

describe("onset", () => {
  test("empty at first, set, changed and cleared; only for that person", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const blank = { painBeganOn: null, flareBeganOn: null, version: 1 };
    expect(await getOnset({ userId: a.id })).toEqual(blank);
    await updateOnset({
      userId: a.id,
      data: { painBeganOn: "2019-05-01", flareBeganOn: "2026-09-15" },
      version: 1,
    });
    expect(await getOnset({ userId: a.id })).toEqual({
      painBeganOn: "2019-05-01",
      flareBeganOn: "2026-09-15",
      version: 2,
    });
    expect(await getOnset({ userId: b.id })).toEqual(blank);

    await updateOnset({ userId: b.id, data: { painBeganOn: "2020-01-01", flareBeganOn: null } });
    await updateOnset({ userId: a.id, data: { painBeganOn: "2019-05-01", flareBeganOn: null } });
    expect(await getOnset({ userId: a.id })).toEqual({
      painBeganOn: "2019-05-01",
      flareBeganOn: null,
      version: 3,
    });
    expect((await getOnset({ userId: b.id })).painBeganOn).toBe("2020-01-01");
  });

  test("a save from an older version is refused with the dates stored now", async () => {
    const user = await createTestUser();
    const dates = { painBeganOn: "2019-05-01", flareBeganOn: null };
    expect(await updateOnset({ userId: user.id, data: dates, version: 1 })).toEqual({
      status: "saved",
      version: 2,
    });
    const stale = { painBeganOn: "2018-01-01", flareBeganOn: "2026-01-01" };
    expect(await updateOnset({ userId: user.id, data: stale, version: 1 })).toEqual({
      status: "conflict",
      version: 2,
      current: dates,
    });
    expect(await getOnset({ userId: user.id })).toEqual({ ...dates, version: 2 });
  });
});
