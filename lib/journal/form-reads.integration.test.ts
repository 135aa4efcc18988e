import { describe, expect, test } from "vitest";
import { RELIEF_LIBRARY } from "@/lib/relief/library/relief-library";
import { checkIn, painful } from "@/test/check-ins";
import { createTestUser } from "@/test/factories";
import { saveCheckIn } from "./check-in/mutations";
import { getCheckInFormData, getPreviousCheckIn, isJournalEmpty, listTagSuggestions } from "./data";

describe("reads for the form", () => {
  test("getPreviousCheckIn returns the latest earlier check-in's tags, relief and doses", async () => {
    const user = await createTestUser();
    await saveCheckIn({ userId: user.id, data: checkIn("2026-10-10", painful) });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-12", (draft) => {
        draft.tags = [{ kind: "EMOTION", name: "Calm", partOfDay: null }];
      }),
    });
    await saveCheckIn({ userId: user.id, data: checkIn("2026-10-14") });
    const previous = await getPreviousCheckIn({ userId: user.id, date: "2026-10-14" });
    expect(previous).toEqual({
      date: "2026-10-12",
      tags: [{ kind: "EMOTION", name: "Calm", partOfDay: null }],
      relief: [],
      medications: [],
    });
    expect(await getPreviousCheckIn({ userId: user.id, date: "2026-10-10" })).toBeNull();
  });

  test("tag suggestions: most recently used first, then most used, then never used", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const tag = (name: string) => ({ kind: "CONTEXT" as const, name, partOfDay: null });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-01", (draft) => {
        draft.tags = [tag("Driving"), tag("Desk")];
      }),
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-02", (draft) => {
        draft.tags = [tag("Desk")];
      }),
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-03", (draft) => {
        draft.tags = [tag("Garden"), tag("Desk")];
      }),
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-10-03", (draft) => {
        draft.tags = [tag("Garden")];
      }),
    });
    await saveCheckIn({
      userId: other.id,
      data: checkIn("2026-10-05", (draft) => {
        draft.tags = [tag("Secret")];
      }),
    });
    const suggestions = await listTagSuggestions({ userId: user.id });
    expect(suggestions.map((s) => [s.name, s.lastUsed, s.uses])).toEqual([
      ["Garden", "2026-10-03", 1],
      ["Desk", "2026-10-02", 2],
      ["Driving", "2026-10-01", 1],
    ]);
    expect(suggestions.some((s) => s.name === "Secret")).toBe(false);
  });

  test("getCheckInFormData gathers one date's form, and only the person's data", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    expect(await isJournalEmpty({ userId: a.id })).toBe(true);
    await saveCheckIn({ userId: a.id, data: checkIn("2026-10-20", painful) });
    await saveCheckIn({ userId: a.id, data: checkIn("2026-08-01") });
    const form = await getCheckInFormData({ userId: a.id, date: "2026-10-21" });
    expect(form).toMatchObject({ date: "2026-10-21", checkIn: null, isJournalEmpty: false });
    expect(form.previous?.date).toBe("2026-10-20");
    expect(form.checkInDates).toEqual(["2026-08-01", "2026-10-20"]);
    expect(form.tagSuggestions.map((tag) => tag.name).sort()).toEqual(["At work", "Sam"]);
    expect(form.reliefItems).toHaveLength(RELIEF_LIBRARY.length);

    const formB = await getCheckInFormData({ userId: b.id, date: "2026-10-20" });
    expect(formB).toMatchObject({
      checkIn: null,
      previous: null,
      quickLogs: [],
      tagSuggestions: [],
      checkInDates: [],
      isJournalEmpty: true,
    });
    expect(await isJournalEmpty({ userId: a.id })).toBe(false);
  });
});
