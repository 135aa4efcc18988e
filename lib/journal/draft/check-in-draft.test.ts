import { describe, expect, test } from "vitest";
import { checkInSchema } from "../schema";
import type { CheckInDTO } from "../types";
import {
  doseDraftOf,
  draftFromCheckIn,
  emptyCheckInDraft,
  hasRelief,
  hasTagNamed,
  newRequestId,
  withPreviousTagsAndRelief,
} from "./check-in-draft";

const saved: CheckInDTO = {
  id: "3b0c7c1e-1b1a-4d55-9f43-7c1b1d1a0a01",
  date: "2026-10-20",
  parts: { MORNING: { intensity: 6, areas: ["LOWER_BACK"], qualities: ["STIFF"] } },
  stress: 5,
  sleepQuality: null,
  sittingHours: 7.5,
  sleepHours: 6.5,
  note: null,
  redFlags: ["FEVER"],
  version: 3,
  tags: [{ kind: "PERSON", name: "Sam", partOfDay: "MORNING" }],
  relief: [
    {
      itemId: "0e6f7c1e-1b1a-4d55-9f43-7c1b1d1a0a02",
      builtinKey: "HEAT",
      name: "Heat",
      minutes: 20,
      helped: "YES",
      partOfDay: "EVENING",
    },
  ],
  medications: [
    {
      medicationId: "5d1e2f3a-1b1a-4d55-9f43-7c1b1d1a0a03",
      name: "Ibuprofen",
      dose: 400,
      unit: "mg",
      asNeeded: true,
      takenAt: "2026-10-20T06:30:00.000Z",
      time: "08:30",
      partOfDay: "MORNING",
    },
  ],
  updatedAt: "2026-10-20T21:00:00.000Z",
};

describe("check-in drafts", () => {
  test("an empty draft is valid and stores nothing but the date", () => {
    const data = checkInSchema.parse(emptyCheckInDraft("2026-10-20"));
    expect(data).toMatchObject({ date: "2026-10-20", painEntries: [], tags: [], relief: [] });
  });

  test("a saved check-in round-trips through the form state", () => {
    const draft = draftFromCheckIn(saved);
    expect(draft.replacesDate).toBe("2026-10-20");
    // Saving from it edits the version it was opened at.
    expect(draft.baseVersion).toBe(3);
    expect(draft.sittingHours).toBe("7.5");
    expect(draft.sleepHours).toBe("6.5");
    expect(draft.parts.AFTERNOON.intensity).toBeNull();
    const data = checkInSchema.parse(draft);
    expect(data.painEntries).toEqual([
      { partOfDay: "MORNING", intensity: 6, areas: ["LOWER_BACK"], qualities: ["STIFF"] },
    ]);
    expect(data.relief).toEqual([
      {
        itemId: saved.relief[0]?.itemId,
        name: "Heat",
        minutes: 20,
        helped: "YES",
        partOfDay: "EVENING",
      },
    ]);
    expect(data.replacesDate).toBeNull();
    // The dose keeps its time on the person's clock, its amount and "as needed".
    expect(data.medications).toEqual([
      {
        medicationId: saved.medications[0]?.medicationId,
        name: "Ibuprofen",
        dose: 400,
        unit: "mg",
        time: "08:30",
        asNeeded: true,
      },
    ]);
  });

  test("'same as last night' adds tags, relief and doses without duplicates, and not whether it helped", () => {
    const draft = emptyCheckInDraft("2026-10-21");
    draft.tags = [{ kind: "PERSON", name: "sam", partOfDay: "MORNING" }];
    const [ibuprofen] = saved.medications;
    if (!ibuprofen) throw new Error("expected a dose");
    const evening = { ...ibuprofen, dose: 200, time: "20:00", asNeeded: false };
    // Tonight already has the evening dose, changed by hand: it stays as typed.
    draft.medications = [{ ...doseDraftOf(evening), dose: "300" }];
    const previous = {
      date: "2026-10-20",
      tags: [...saved.tags, { kind: "EMOTION" as const, name: "Calm", partOfDay: null }],
      relief: saved.relief,
      medications: [ibuprofen, evening],
    };
    const copied = withPreviousTagsAndRelief(draft, previous);
    expect(copied.tags).toEqual([
      { kind: "PERSON", name: "sam", partOfDay: "MORNING" },
      { kind: "EMOTION", name: "Calm", partOfDay: null },
    ]);
    expect(copied.relief).toEqual([
      {
        itemId: saved.relief[0]?.itemId,
        name: "Heat",
        minutes: "20",
        helped: null,
        partOfDay: "EVENING",
      },
    ]);
    // Last night's morning dose is added with its amount, unit, time and "as needed".
    expect(copied.medications).toEqual([
      { ...doseDraftOf(evening), dose: "300" },
      {
        medicationId: ibuprofen.medicationId,
        name: "Ibuprofen",
        dose: "400",
        unit: "mg",
        time: "08:30",
        asNeeded: true,
      },
    ]);
    // And it saves: the copied doses pass the check-in's schema for tonight.
    expect(checkInSchema.parse(copied).medications).toHaveLength(2);
    expect(hasTagNamed(copied.tags, { kind: "EMOTION", name: " calm " })).toBe(true);
    expect(hasTagNamed(copied.tags, { kind: "PERSON", name: "Calm" })).toBe(false);
    expect(hasRelief(copied.relief, { itemId: saved.relief[0]?.itemId ?? null, name: "" })).toBe(
      true,
    );
    expect(hasRelief(copied.relief, { itemId: null, name: "Heat" })).toBe(false);
    // Applying it twice changes nothing.
    expect(withPreviousTagsAndRelief(copied, previous)).toEqual(copied);
  });

  test("newRequestId makes distinct RFC 4122 version 4 UUIDs", () => {
    const ids = new Set(Array.from({ length: 200 }, newRequestId));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
