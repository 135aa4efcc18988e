import { act, renderHook } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import type { CheckInDTO } from "@/lib/journal/types";
import { applyListChange, useCheckInDraft } from "./use-check-in-draft";

const saved: CheckInDTO = {
  id: "c1",
  date: "2026-11-20",
  parts: { EVENING: { intensity: 6, areas: ["LOWER_BACK"], qualities: [] } },
  stress: 3,
  sleepQuality: null,
  sleepHours: 7.5,
  sittingHours: null,
  note: "Long drive",
  redFlags: [],
  tags: [{ kind: "PERSON", name: "Alex", partOfDay: null }],
  relief: [],
  medications: [],
  version: 4,
  updatedAt: "2026-11-20T22:00:00.000Z",
};

function setUp(checkIn: CheckInDTO | null = null) {
  return renderHook(() => useCheckInDraft({ checkIn, date: "2026-11-29" }));
}

describe("useCheckInDraft", () => {
  test("a new check-in starts blank for the date, with a request id and no version", () => {
    const { result } = setUp();
    expect(result.current.draft.date).toBe("2026-11-29");
    expect(result.current.draft.note).toBe("");
    expect(result.current.draft.baseVersion).toBeNull();
    expect(result.current.draft.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.current.isEdited).toBe(false);
  });

  test("a saved check-in is restored with what was typed then, editing its version", () => {
    const { result } = setUp(saved);
    const { draft } = result.current;
    expect(draft.note).toBe("Long drive");
    expect(draft.sleepHours).toBe("7.5");
    expect(draft.parts.EVENING.intensity).toBe(6);
    expect(draft.tags).toEqual([{ kind: "PERSON", name: "Alex", partOfDay: null }]);
    expect(draft.baseVersion).toBe(4);
    expect(draft.replacesDate).toBe("2026-11-20");
  });

  test("what is typed stays after a send, and the first change after it is a new save", () => {
    const { result } = setUp();
    act(() => result.current.update((current) => ({ ...current, note: "Walked the dog" })));
    expect(result.current.isEdited).toBe(true);
    const sent = result.current.draft;
    act(() => result.current.markSent(sent));
    expect(result.current.isEdited).toBe(false);
    expect(result.current.draft.note).toBe("Walked the dog");
    // A retry of the same send keeps its request id (the server stores it once)...
    expect(result.current.draft.requestId).toBe(sent.requestId);
    // ...while a change made after it is a different save.
    act(() => result.current.update((current) => ({ ...current, stress: 2 })));
    expect(result.current.draft.requestId).not.toBe(sent.requestId);
    expect(result.current.draft).toMatchObject({ note: "Walked the dog", stress: 2 });
  });

  test("after a save the edited flag is cleared and the next save edits the stored version", () => {
    const { result } = setUp();
    act(() => result.current.update((current) => ({ ...current, note: "Tired" })));
    const sent = result.current.draft;
    act(() => result.current.markSent(sent));
    act(() => result.current.markStored({ savedDate: "2026-11-29", version: 1 }));
    expect(result.current.isEdited).toBe(false);
    expect(result.current.draft).toMatchObject({
      note: "Tired",
      baseVersion: 1,
      replacesDate: "2026-11-29",
    });
    expect(result.current.draft.requestId).not.toBe(sent.requestId);
  });

  test("a save delivered later from the phone keeps a request id the person already changed", () => {
    const { result } = setUp();
    const sent = result.current.draft;
    act(() => result.current.markSent(sent));
    act(() => result.current.update((current) => ({ ...current, note: "more" })));
    const typedSince = result.current.draft.requestId;
    act(() => result.current.markStored({ savedDate: "2026-11-29", version: 2 }));
    expect(result.current.draft.requestId).toBe(typedSince);
    expect(result.current.draft.baseVersion).toBe(2);
  });

  test("a draft kept on the phone is brought back as an edited, new save", () => {
    const { result } = setUp(saved);
    const kept = { ...result.current.draft, note: "Typed offline", requestId: "kept-id" };
    act(() => result.current.restore(kept));
    expect(result.current.draft.note).toBe("Typed offline");
    expect(result.current.draft.requestId).not.toBe("kept-id");
    expect(result.current.isEdited).toBe(true);
  });

  test("taking the stored version drops what was typed; keeping mine overwrites that version", () => {
    const { result } = setUp(saved);
    act(() => result.current.update((current) => ({ ...current, note: "Mine" })));
    const other = { ...saved, note: "Saved elsewhere", version: 5 };
    act(() => result.current.takeStored(other));
    expect(result.current.draft.note).toBe("Saved elsewhere");
    expect(result.current.isEdited).toBe(false);

    act(() => result.current.update((current) => ({ ...current, note: "Mine again" })));
    let next = result.current.draft;
    act(() => {
      next = result.current.overwriting({ ...saved, version: 9 });
    });
    expect(next).toMatchObject({ note: "Mine again", baseVersion: 9 });
    // Deleted elsewhere: saved afresh, as a new check-in.
    act(() => {
      next = result.current.overwriting(null);
    });
    expect(next).toMatchObject({ baseVersion: null, replacesDate: null });
  });

  test("a picker's changes add, change and remove one entry of its list", () => {
    const { result } = setUp();
    const onTags = () => result.current.changeList("tags");
    act(() => onTags()({ add: { kind: "CONTEXT", name: "Desk", partOfDay: null } }));
    act(() => onTags()({ add: { kind: "PERSON", name: "Sam", partOfDay: null } }));
    act(() => onTags()({ update: [0, { kind: "CONTEXT", name: "Desk", partOfDay: "MORNING" }] }));
    expect(result.current.draft.tags).toEqual([
      { kind: "CONTEXT", name: "Desk", partOfDay: "MORNING" },
      { kind: "PERSON", name: "Sam", partOfDay: null },
    ]);
    act(() => onTags()({ remove: 0 }));
    expect(result.current.draft.tags.map((tag) => tag.name)).toEqual(["Sam"]);
  });
});

describe("applyListChange", () => {
  test("an empty change leaves the list as it was", () => {
    const list = [1, 2];
    expect(applyListChange(list, {})).toBe(list);
  });
});
